package nl.jeugdregie.inkoop;

/** A location where an aanbieder delivers care. */
public record Locatie(long id, String naam, String adres, String postcode, String plaats) {}
