package nl.jeugdregie.ijw;

/**
 * One finding of the validator: the official rule code (e.g. {@code CS002}, {@code RS033}, or
 * {@code XSD} for a structure error the XSD reports without a rule of its own), the official
 * retourcode ({@code null} on level 1: a message that fails the XSD gets no retourbericht), the path of
 * the element ({@code /Bericht/Client/Bsn}, repeated elements with a 1-based index) and a plain Dutch
 * message in the aanbieder's language: the berichtklasse as the message names it ("Prestatie R12 van jeugdige met BSN
 * 123456782: "), then what is wrong with the values it found, amounts in euros ("€ 580,00"), and what was expected
 * ("verwacht een BSN van 9 cijfers"). The path is for machines; the message never carries a parser's English.
 *
 * @param niveau the controleniveau: 1 XSD, 2 berichtinhoud, 3 berichtoverstijgend, 4 externe bron
 */
public record Bevinding(String regel, String retourcode, String pad, String melding, int niveau) {

    public static Bevinding xsd(String regel, String pad, String melding) {
        return new Bevinding(regel, null, pad, melding, 1);
    }
}
