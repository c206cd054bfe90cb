package nl.jeugdregie.inkoop;

import java.time.OffsetDateTime;

/** One entry of a product's change history: who changed what, when (today: its jeugdzorgvorm). */
public record Productwijziging(OffsetDateTime tijdstip, String gebruiker, String soort, String omschrijving) {}
