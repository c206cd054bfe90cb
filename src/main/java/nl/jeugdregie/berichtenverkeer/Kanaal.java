package nl.jeugdregie.berichtenverkeer;

/** How a message reached the platform, or that the platform made it itself. */
public enum Kanaal {
    /** Uploaded on the page {@code /berichten} by a signed-in aanbieder. */
    UPLOAD,
    /** Sent to {@code POST /api/v1/berichten} by a signed-in aanbieder. */
    API,
    /** Taken from the watched directory: the gemeente's own transport channel, without a user. */
    MAP,
    /** Made by the aanbiedersportaal from a form or a JSON request of a signed-in aanbieder. */
    PORTAAL,
    /** Made by the platform itself. */
    SYSTEEM;

    /** Whether a user submits the message through this channel, and so must be the aanbieder that sends it. */
    public boolean doorGebruiker() {
        return this == UPLOAD || this == API || this == PORTAAL;
    }
}
