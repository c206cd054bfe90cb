package nl.jeugdregie.toewijzing;

/** Where a toewijzing stands on a given day, for searching: its period around that day, or vervallen. */
public enum Toewijzingsstatus {
    /** The day lies in the period. */
    ACTUEEL,
    /** The period begins after the day. */
    TOEKOMSTIG,
    /** The period ended before the day. */
    BEEINDIGD,
    /** Withdrawn before it began (reden wijziging 13): it never counted. */
    VERVALLEN
}
