package nl.jeugdregie.portaal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A concept declaratie (JW323) of the aanbieder for one gemeente and month as the portal keeps it: its prestaties in the
 * order of the message, each with the jeugdige's name, what the concept proposed and why, and what the gemeente's checks
 * say of it. Before sending those are the expected findings (the same checks, run without effect); after sending they
 * are the answer of the gemeente in the JW325, line by line.
 *
 * @param bevindingen the findings on the declaratie as a whole (not on one of its prestaties)
 * @param verzending the message the concept became, once sent
 */
public record Conceptdeclaratie(
        long id,
        AgbCode aanbieder,
        GemeenteCode gemeente,
        YearMonth maand,
        String declaratienummer,
        Stand stand,
        List<Regel> regels,
        List<String> opmerkingen,
        List<Bevindingregel> bevindingen,
        Instant gemaaktOp,
        Verzending verzending) {

    public Conceptdeclaratie {
        Objects.requireNonNull(stand, "stand");
        regels = List.copyOf(regels);
        opmerkingen = List.copyOf(opmerkingen);
        bevindingen = List.copyOf(bevindingen);
    }

    /** Where the concept stands. */
    public enum Stand {
        CONCEPT("Concept, nog niet verstuurd"),
        VERSTUURD("Verstuurd, wacht op het antwoord van de gemeente (JW325)"),
        BEANTWOORD("Beantwoord door de gemeente (JW325)"),
        AFGEKEURD("Afgekeurd: het bericht is niet verwerkt");

        private final String omschrijving;

        Stand(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** What the gemeente's checks say of one prestatie: expected before sending, its answer after. */
    public enum Regelstand {
        VERWACHT_GOEDGEKEURD("Wordt naar verwachting goedgekeurd"),
        VERWACHT_AFGEKEURD("Wordt afgekeurd"),
        IN_BEHANDELING("Wacht op het antwoord van de gemeente"),
        GOEDGEKEURD("Goedgekeurd"),
        AFGEKEURD("Afgekeurd");

        private final String omschrijving;

        Regelstand(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }

        public boolean isAfgekeurd() {
            return this == VERWACHT_AFGEKEURD || this == AFGEKEURD;
        }
    }

    /**
     * One prestatie of the concept.
     *
     * @param volgnummer its place in the concept, from 1
     * @param jeugdige the name as the gemeente sent it, or a placeholder when unknown
     * @param voorgesteldVolume the volume the concept proposed, so a correction shows next to it
     */
    public record Regel(
            int volgnummer,
            Prestatie prestatie,
            String jeugdige,
            long voorgesteldVolume,
            String toelichting,
            Regelstand stand,
            List<Bevindingregel> bevindingen) {

        public Regel {
            Objects.requireNonNull(prestatie, "prestatie");
            Objects.requireNonNull(stand, "stand");
            bevindingen = List.copyOf(bevindingen);
        }

        public boolean isGecorrigeerd() {
            return prestatie.geleverdVolume() != voorgesteldVolume;
        }
    }

    /**
     * The JW323 the concept became and where it stands.
     *
     * @param retour the Identificatie of the gemeente's JW325, once it answered
     */
    public record Verzending(
            UUID bericht, String identificatie, String door, Instant op, Berichtstatus status, String retour) {}

    /** TotaalIngediendBedrag with its sign: the sum of the prestaties, credits negative. */
    public Bedrag totaal() {
        return Bedrag.som(regels.stream().map(r -> r.prestatie().saldo()).toList());
    }

    public boolean isVerstuurd() {
        return verzending != null;
    }

    /** Whether the aanbieder can send it now: not yet sent, at least one prestatie, and nothing the gemeente rejects. */
    public boolean kanVerstuurdWorden() {
        return stand == Stand.CONCEPT
                && !regels.isEmpty()
                && bevindingen.isEmpty()
                && regels.stream().noneMatch(r -> r.stand().isAfgekeurd());
    }

    public long aantalAfgekeurd() {
        return regels.stream().filter(r -> r.stand().isAfgekeurd()).count();
    }
}
