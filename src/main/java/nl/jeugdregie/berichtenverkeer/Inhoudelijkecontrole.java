package nl.jeugdregie.berichtenverkeer;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;

/**
 * The checks of a message against earlier messages and the gemeente's own data (controleniveau 3
 * and 4), and its effects when it passes. Runs inside the transaction that processes the message.
 */
interface Inhoudelijkecontrole {

    Set<BerichtType> berichttypen();

    /** The retourcodes of what failed; empty when everything passed (and the effects are applied). */
    List<Retourcodes> verwerk(Bericht bericht, Berichtgegevens gegevens);
}
