package nl.jeugdregie.berichtenverkeer;

/**
 * A file that cannot be taken in as an iJw message at all: empty, not XML, an unknown namespace, too
 * large, or addressed outside the region. Nothing of it is stored but a short error record.
 */
public class OngeldigBerichtbestand extends RuntimeException {

    private final String foutcode;

    public OngeldigBerichtbestand(String foutcode, String melding) {
        super(melding);
        this.foutcode = foutcode;
    }

    /** A Fo01-like code: the VECOZO/GGk code where one fits, else our own. */
    public String foutcode() {
        return foutcode;
    }
}
