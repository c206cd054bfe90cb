package nl.jeugdregie.inkoop;

/**
 * One line of an import report: the line number in the file (1 is the first data line), what the
 * line was about and why it was not (fully) used.
 */
public record Importmelding(int regel, String omschrijving, String reden) {}
