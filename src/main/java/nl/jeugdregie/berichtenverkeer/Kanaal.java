package nl.jeugdregie.berichtenverkeer;

/** How a message reached the platform, or that the platform made it itself. */
public enum Kanaal {
    UPLOAD,
    API,
    MAP,
    SYSTEEM
}
