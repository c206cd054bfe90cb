package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * The typed model of an iJw 3.2 message: one record per message, with records per berichtklasse.
 * {@link Berichtmodel} converts between these records and the element tree that the reader and writer
 * use. A retourbericht holds the berichtklassen of its heenbericht plus the RetourCodes of each class,
 * by the path of the class ({@code /Bericht/Header}, {@code /Bericht/Client/StartProducten/StartProduct[2]}).
 */
public sealed interface IjwBericht
        permits Jw301, Jw302, Jw305, Jw306, Jw307, Jw308, Jw315, Jw316, Jw317, Jw318, Jw319, Jw320, Jw323, Jw325 {

    /** The message type, named after the record (Jw301 is JW301). */
    default BerichtType type() {
        return BerichtType.valueOf(getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT));
    }

    /** A retourbericht: its RetourCodes per berichtklasse path. */
    interface Retour {
        Map<String, List<String>> retourCodes();
    }
}
