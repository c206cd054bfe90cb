package nl.jeugdregie.inkoop;

/** A contact person at an aanbieder. */
public record Contactpersoon(long id, String naam, String functie, String email, String telefoon) {}
