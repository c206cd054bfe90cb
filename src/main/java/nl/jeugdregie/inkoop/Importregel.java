package nl.jeugdregie.inkoop;

/**
 * One line of an imported file and its outcome.
 *
 * @param regel the line number in the file; 1 is the first data line
 * @param onderwerp what the line is about: the aanbieder (AGB code and name) or the product code
 * @param omschrijving the rest of what identifies it: the offer and location, or the product's description
 * @param toelichting why the line was not (fully) used, or a remark on how it was read; may be null
 */
public record Importregel(
        int regel, String onderwerp, String omschrijving, Importuitkomst uitkomst, String toelichting) {}
