package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;

/**
 * The levering on one toewijzing as start- and stopberichten told it: every start that was not deleted, with its
 * stops that were not deleted, oldest first.
 */
public record Zorgtraject(Toewijzingnummer nummer, Status status, List<Periode> perioden) {

    public enum Status {
        NIET_GESTART("Niet gestart"),
        GESTART("Gestart"),
        TIJDELIJK_GESTOPT("Tijdelijk gestopt"),
        GESTOPT("Gestopt");

        private final String omschrijving;

        Status(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** One start with the stop that currently ends it, if any (the last of a tijdelijke and a definitieve stop). */
    public record Periode(LocalDate begindatum, LocalDate einddatum, RedenBeeindiging reden) {}

    public Zorgtraject {
        perioden = List.copyOf(perioden);
    }
}
