package nl.jeugdregie.regio;

/** A jeugdregio: gemeenten that buy and steer jeugdhulp together, with its CBS code (JZ01..JZ43). */
public record Jeugdregio(String code, String naam) {}
