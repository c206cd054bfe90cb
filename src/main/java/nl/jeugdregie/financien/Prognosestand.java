package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The prognose of a gemeente for a year as it stood in a month: per CBS jeugdzorgvorm its parts, and per jeugdzorgvorm,
 * product and eenheid the known part (realisatie + verplichtingen) with the units of care it pays for. Kept once per
 * month in {@code financien.prognosestand}, so the next month can tell how the prognose moved.
 *
 * @param maand the month the stand belongs to
 * @param peildatum the day the prognose was computed on
 */
public record Prognosestand(
        GemeenteCode gemeente,
        int jaar,
        YearMonth maand,
        LocalDate peildatum,
        Instant berekendOp,
        List<Hulpvorm> hulpvormen,
        List<Eenheid> eenheden) {

    /** The parts of the prognose of one jeugdzorgvorm. */
    public record Hulpvorm(
            String jeugdzorgvorm,
            Bedrag realisatie,
            Bedrag verplichtingen,
            Bedrag instroom,
            Bedrag instroomLaag,
            Bedrag instroomHoog) {

        public Bedrag prognose() {
            return realisatie.plus(verplichtingen).plus(instroom);
        }

        /** The known part: what is declared and what the toewijzingen still commit. */
        public Bedrag bekend() {
            return realisatie.plus(verplichtingen);
        }
    }

    /**
     * The known part of a jeugdzorgvorm for one product in one eenheid.
     *
     * @param productcode empty for an aspecifieke toewijzing
     * @param eenheid the iJw eenheid, {@code budget} for a budget toewijzing, empty when unknown
     * @param eenheden the units of care the amount pays for
     */
    public record Eenheid(
            String jeugdzorgvorm,
            String productcategorie,
            String productcode,
            String eenheid,
            Bedrag bedrag,
            BigDecimal eenheden) {

        /** Both amounts and units together; {@code ander} has the same jeugdzorgvorm, product and eenheid. */
        Eenheid plus(Eenheid ander) {
            return new Eenheid(
                    jeugdzorgvorm,
                    productcategorie,
                    productcode,
                    eenheid,
                    bedrag.plus(ander.bedrag()),
                    eenheden.add(ander.eenheden()));
        }

        /** What identifies the units of care across months: jeugdzorgvorm, product and eenheid. */
        String sleutel() {
            return jeugdzorgvorm + "|" + productcategorie + "|" + productcode + "|" + eenheid;
        }
    }

    public Prognosestand {
        hulpvormen = List.copyOf(hulpvormen);
        eenheden = List.copyOf(eenheden);
    }

    /** The stand of {@code beeld} for the month of its peildatum. */
    static Prognosestand van(Financieelbeeld beeld, Instant berekendOp) {
        List<Hulpvorm> hulpvormen = beeld.hulpvormen().stream()
                .filter(r -> !r.realisatie().isNul()
                        || !r.verplichtingen().isNul()
                        || !r.instroom().isNul()
                        || !r.instroomLaag().isNul()
                        || !r.instroomHoog().isNul())
                .map(r -> new Hulpvorm(
                        r.jeugdzorgvorm(),
                        r.realisatie(),
                        r.verplichtingen(),
                        r.instroom(),
                        r.instroomLaag(),
                        r.instroomHoog()))
                .toList();
        Map<String, Eenheid> perSleutel = new TreeMap<>();
        for (Realisatie r : beeld.realisatie()) {
            tel(
                    perSleutel,
                    r.jeugdzorgvorm(),
                    r.productcategorie(),
                    r.productcode(),
                    r.eenheid(),
                    r.goedgekeurd(),
                    r.goedgekeurdeEenheden());
        }
        for (Verplichting v : beeld.verplichtingen()) {
            tel(
                    perSleutel,
                    v.jeugdzorgvorm(),
                    v.productcategorie(),
                    v.productcode(),
                    v.eenheid(),
                    v.bedrag(),
                    v.eenheden());
        }
        List<Eenheid> eenheden = new ArrayList<>();
        for (Eenheid e : perSleutel.values()) {
            if (!e.bedrag().isNul() || e.eenheden().signum() != 0) {
                eenheden.add(e);
            }
        }
        return new Prognosestand(
                beeld.gemeente(),
                beeld.jaar(),
                YearMonth.from(beeld.peildatum()),
                beeld.peildatum(),
                berekendOp,
                hulpvormen,
                eenheden);
    }

    private static void tel(
            Map<String, Eenheid> perSleutel,
            String jeugdzorgvorm,
            String productcategorie,
            String productcode,
            String eenheid,
            Bedrag bedrag,
            BigDecimal eenheden) {
        Eenheid nieuw = new Eenheid(
                jeugdzorgvorm,
                productcategorie == null ? "" : productcategorie,
                productcode == null ? "" : productcode,
                eenheid == null ? "" : eenheid,
                bedrag,
                eenheden == null ? BigDecimal.ZERO : eenheden);
        perSleutel.merge(nieuw.sleutel(), nieuw, Eenheid::plus);
    }
}
