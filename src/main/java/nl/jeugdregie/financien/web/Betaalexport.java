package nl.jeugdregie.financien.web;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.financien.Betaaldeclaratie;
import nl.jeugdregie.financien.Betaalprestatie;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.Tabel;

/**
 * The export of declaraties to pay for the gemeente's financial administration: one row per approved prestatie, with
 * the amount in euros signed (a credit line negative) and the payment reference proposed per declaratie, so the rows
 * of one declaratie add up to the amount to pay. No BSN, name or pseudonym of the jeugdige: the administration pays an
 * aanbieder per declaratie and matches it by declaratienummer and referentienummer, which the aanbieder knows.
 */
final class Betaalexport {

    private Betaalexport() {}

    static Tabel tabel(List<Betaaldeclaratie> declaraties, Namen namen) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Betaaldeclaratie d : declaraties) {
            for (Betaalprestatie p : d.prestaties()) {
                if (!p.goedgekeurd()) {
                    continue;
                }
                List<Object> rij = new ArrayList<>();
                rij.add(d.gemeente().value());
                rij.add(namen.naam(Codesoort.GEMEENTE, d.gemeente().value()).orElse(""));
                rij.add(d.aanbieder().value());
                rij.add(namen.naam(Codesoort.AANBIEDER, d.aanbieder().value()).orElse(""));
                rij.add(d.declaratienummer());
                rij.add(d.periodeBegin());
                rij.add(d.periodeEind());
                rij.add(p.referentienummer());
                rij.add(p.vorigReferentienummer());
                rij.add(p.toewijzingnummer());
                rij.add(p.productcategorie());
                rij.add(p.productcode());
                rij.add(namen.product(p.productcategorie(), p.productcode()));
                rij.add(p.begindatum());
                rij.add(p.einddatum());
                rij.add(p.volume());
                rij.add(p.eenheidnaam());
                rij.add(p.credit() ? "C" : "D");
                rij.add(p.bedrag().inEuro());
                rij.add(d.voorgesteldBetaalkenmerk());
                rijen.add(rij);
            }
        }
        return new Tabel(
                "Te betalen",
                List.of(
                        "Gemeente",
                        "Gemeentenaam",
                        "Aanbieder (AGB)",
                        "Aanbiedernaam",
                        "Declaratienummer",
                        "Declaratieperiode van",
                        "Declaratieperiode tot en met",
                        "Referentienummer",
                        "Vorig referentienummer",
                        "Toewijzingnummer",
                        "Productcategorie",
                        "Productcode",
                        "Product",
                        "Begindatum",
                        "Einddatum",
                        "Volume",
                        "Eenheid",
                        "Debet/credit",
                        "Bedrag (euro, credit negatief)",
                        "Betaalkenmerk"),
                rijen);
    }
}
