package nl.jeugdregie.declaratie;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The proposed monthly declaratie (JW323) of an aanbieder for one gemeente: the plain {@link Declaratie}, ready to be
 * checked with {@link DeclaratieService#proefbeoordeling} and written as a message, each of its prestaties with its
 * explanation in {@code regels} (same order), and {@code opmerkingen}: toewijzingen of the month for which nothing is
 * proposed, and why. The declaratie is absent when there is nothing to declare: a declaratie has at least one
 * prestatie.
 */
public record Declaratieconcept(
        AgbCode aanbieder,
        GemeenteCode gemeente,
        YearMonth maand,
        Declaratie declaratie,
        List<Conceptregel> regels,
        List<String> opmerkingen) {

    public Declaratieconcept {
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(maand, "maand");
        regels = List.copyOf(regels);
        opmerkingen = List.copyOf(opmerkingen);
    }

    public Optional<Declaratie> declaratieIndienGevuld() {
        return Optional.ofNullable(declaratie);
    }

    public boolean isLeeg() {
        return regels.isEmpty();
    }

    /** The explanation of the prestatie with this ReferentieNummer, if the concept proposes it. */
    public Optional<String> toelichting(String referentienummer) {
        return regels.stream()
                .filter(r -> r.prestatie().referentienummer().equals(referentienummer))
                .map(Conceptregel::toelichting)
                .findFirst();
    }
}
