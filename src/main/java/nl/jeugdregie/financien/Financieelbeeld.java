package nl.jeugdregie.financien;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The financial picture of a gemeente in a year on the peildatum: per CBS jeugdzorgvorm and in total the begroting,
 * realisatie, verplichtingen and prognose, with the details behind them.
 *
 * @param verplichtingen per aanbieder and product
 * @param realisatie per aanbieder, product and month of care
 * @param realisatiePerMaand the approved amount of each month January to December
 * @param begrotingsversie the current version of the begroting, 0 when none was entered
 */
public record Financieelbeeld(
        GemeenteCode gemeente,
        int jaar,
        LocalDate peildatum,
        int begrotingsversie,
        List<Hulpvormregel> hulpvormen,
        Hulpvormregel totaal,
        List<Verplichting> verplichtingen,
        List<Realisatie> realisatie,
        List<Bedrag> realisatiePerMaand) {

    public Financieelbeeld {
        hulpvormen = List.copyOf(hulpvormen);
        verplichtingen = List.copyOf(verplichtingen);
        realisatie = List.copyOf(realisatie);
        realisatiePerMaand = List.copyOf(realisatiePerMaand);
    }
}
