package nl.jeugdregie.toewijzing;

import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Retourcode;

/**
 * A rule of the iJw standard that a command breaks: the official rule code (TR374, OP259, CD041 …), the retourcode
 * for the retourbericht when the rule has one, and a plain Dutch explanation that names the numbers involved.
 */
public record Regelschending(String regel, Retourcode retourcode, String uitleg) {

    public Regelschending {
        if (regel == null || regel.isBlank() || uitleg == null || uitleg.isBlank()) {
            throw new IllegalArgumentException("Een regelschending heeft een regelcode en een uitleg");
        }
    }

    /** The retourcode for a retourbericht; empty for rules on the gemeente's own input. */
    public Optional<Retourcode> retour() {
        return Optional.ofNullable(retourcode);
    }

    @Override
    public String toString() {
        return regel + (retourcode == null ? "" : " (" + retourcode.code() + ")") + ": " + uitleg;
    }
}
