package nl.jeugdregie.jeugdige;

import java.time.Instant;
import nl.jeugdregie.kern.AgbCode;

/**
 * A jeugdige's person data in the register, with where they came from and who last changed them when.
 *
 * @param aanbieder for gegevens taken over from a verzoek om toewijzing: the aanbieder that sent it ({@code null} when
 *     the gemeente recorded them, or for gegevens taken over before the aanbieder was kept)
 */
public record Persoonsregistratie(
        Persoonsgegevens gegevens, Bron bron, AgbCode aanbieder, Instant gewijzigdOp, String gewijzigdDoor) {

    public enum Bron {
        GEMEENTE("vastgelegd door de gemeente"),
        BRP("uit de Basisregistratie Personen (BRP)"),
        VERZOEK("overgenomen uit het verzoek om toewijzing (JW315) van de aanbieder");

        private final String omschrijving;

        Bron(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** Where the gegevens came from, in words, naming the aanbieder of the verzoek when known. */
    public String herkomst() {
        return bron == Bron.VERZOEK && aanbieder != null
                ? "overgenomen uit het verzoek om toewijzing (JW315) van aanbieder " + aanbieder.value()
                : bron.omschrijving();
    }

    /**
     * Whether a verzoek om toewijzing of {@code afzender} may update these gegevens: only gegevens that came from an
     * earlier verzoek of that same aanbieder. The gemeente's own gegevens, and those another aanbieder sent, stay.
     */
    boolean bijTeWerkenDoorVerzoekVan(AgbCode afzender) {
        return bron == Bron.VERZOEK && afzender.equals(aanbieder);
    }
}
