package nl.jeugdregie.ijw;

/**
 * One finding of the validator: the official rule code (e.g. {@code CS002}, {@code RS033}, or
 * {@code XSD} for a structure error the XSD reports without a rule of its own), the official
 * retourcode ({@code null} on level 1: a message that fails the XSD gets no retourbericht), the path of
 * the element ({@code /Bericht/Client/Bsn}, repeated elements with a 1-based index) and a plain Dutch
 * message.
 *
 * @param niveau the controleniveau: 1 XSD, 2 berichtinhoud, 3 berichtoverstijgend, 4 externe bron
 */
public record Bevinding(String regel, String retourcode, String pad, String melding, int niveau) {

    public static Bevinding xsd(String regel, String pad, String melding) {
        return new Bevinding(regel, null, pad, melding, 1);
    }
}
