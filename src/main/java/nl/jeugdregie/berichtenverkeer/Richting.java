package nl.jeugdregie.berichtenverkeer;

/** Received by the gemeente (IN) or sent by it (UIT). */
public enum Richting {
    IN,
    UIT
}
