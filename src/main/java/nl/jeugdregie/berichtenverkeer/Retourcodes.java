package nl.jeugdregie.berichtenverkeer;

/**
 * A retourcode for the berichtklasse at {@code pad}, from a check against earlier messages or the
 * platform's own data, with the official rule code and a Dutch explanation that names the numbers.
 */
public record Retourcodes(String pad, String retourcode, String regel, String melding) {}
