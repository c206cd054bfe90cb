package nl.jeugdregie.portaal;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * One measurement of the outcome of a levering at its end, per the landelijke set outcomecriteria of the
 * Beleidsinformatie Jeugd (bijlage 2, chapter 4): who answered, whether the jeugdige can go on without help (3.1), how
 * useful the help was as a mark from 1 to 10 (2), and whether the goals of the help were reached. Every answer but the
 * informant may be left open when it was not asked.
 */
public record Uitkomstmeting(
        Informant informant, VerderZonderHulp verderZonderHulp, Integer tevredenheid, Doelbereik doelen) {

    public Uitkomstmeting {
        Objects.requireNonNull(informant, "informant");
        if (tevredenheid != null && (tevredenheid < 1 || tevredenheid > 10)) {
            throw new OngeldigeWaarde("Een rapportcijfer voor het nut van de hulp ligt tussen 1 en 10.");
        }
    }

    /** Whether anything was answered besides who answered. */
    public boolean isIngevuld() {
        return verderZonderHulp != null || tevredenheid != null || doelen != null;
    }

    /** Who filled in the measurement (4.5 Type informant). */
    public enum Informant {
        JEUGDIGE("De jeugdige"),
        OUDER("De ouder/opvoeder van de jeugdige");

        private final String omschrijving;

        Informant(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** 4.4: the degree to which the client can go on without help, in the words of the protocol. */
    public enum VerderZonderHulp {
        ZELFDE_OF_ZWAARDER("01", "Ik heb eenzelfde soort of zwaardere hulp nodig"),
        LICHTER("02", "Met een lichtere vorm van hulp red ik het goed"),
        VOOR_NU_NIET(
                "03",
                "Voor nu heb ik geen verdere hulp nodig, maar ik verwacht dat ik later nog wel eens om"
                        + " hulp zal aankloppen"),
        GEEN("04", "Ik heb geen verdere hulp meer nodig");

        private final String code;
        private final String omschrijving;

        VerderZonderHulp(String code, String omschrijving) {
            this.code = code;
            this.omschrijving = omschrijving;
        }

        public String code() {
            return code;
        }

        public String omschrijving() {
            return omschrijving;
        }

        public static Optional<VerderZonderHulp> vanCode(String code) {
            return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
        }
    }

    /** Whether the goals agreed for the help were reached, as the aanbieder and the client see it at the end. */
    public enum Doelbereik {
        BEREIKT("De doelen zijn bereikt"),
        DEELS("De doelen zijn deels bereikt"),
        NIET("De doelen zijn niet bereikt");

        private final String omschrijving;

        Doelbereik(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }
}
