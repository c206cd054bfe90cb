package nl.jeugdregie.toewijzing;

import java.time.Instant;

/** A client's gegevens in the register, with where they came from and who last changed them when. */
public record Clientregistratie(Clientgegevens gegevens, Bron bron, Instant gewijzigdOp, String gewijzigdDoor) {

    public enum Bron {
        GEMEENTE("vastgelegd door de gemeente"),
        VERZOEK("overgenomen uit het verzoek om toewijzing (JW315) van de aanbieder");

        private final String omschrijving;

        Bron(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }
}
