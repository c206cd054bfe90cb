package nl.jeugdregie.inkoop;

import java.time.OffsetDateTime;

/** One entry of a contract's change history: who changed what, when. */
public record Contractwijziging(OffsetDateTime tijdstip, String gebruiker, String soort, String omschrijving) {}
