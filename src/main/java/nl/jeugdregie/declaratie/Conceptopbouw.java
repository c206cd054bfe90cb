package nl.jeugdregie.declaratie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;

/**
 * Builds the prestaties of a concept declaratie for one month, pure: all stored state comes in through the
 * constructor. It proposes only what {@link Declaratiecontroles} accepts: the ProductPeriode as TR387/TR388 want it
 * (the month within the toewijzing, IV089, whatever the days of care), the volume of the days of care within it, the
 * eenheid of the toewijzing (of the contract without an omvang, TR341), the contract tariff (TR418, TR346), and never
 * more than the toewijzing leaves after what is approved (TR321, TR322, TR369). Credits come first, as the checks
 * handle them (OP366).
 *
 * <p>How the volume follows from the omvang: per dag the days of care; per week the ISO weeks whose first day of care
 * lies in the month (so each week is declared once, in one month, as {@code financien} counts the verplichtingen); per
 * maand one month; totaal binnen geldigheidsduur and a budget pro rata over the toewijzing's days, counted cumulatively
 * so the months add up to the whole.
 */
final class Conceptopbouw {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final BigDecimal ZESTIG = BigDecimal.valueOf(60);

    private final YearMonth maand;
    private final LocalDate vandaag;
    private final Map<Long, Toewijzingstand> toewijzingen;
    private final Map<Long, List<Periode>> zorg;
    private final Map<String, List<Contracttarief>> tarieven;
    private final Supplier<String> referenties;
    private final Map<Long, Long> volumeInKleinsteEenheid = new HashMap<>();
    private final Map<Long, Bedrag> bedrag = new HashMap<>();
    private final List<Conceptregel> regels = new ArrayList<>();
    private final List<String> opmerkingen = new ArrayList<>();

    /**
     * @param toewijzingen every toewijzing involved (of the month and of the open debets), by toewijzingnummer
     * @param zorg the periods of care per toewijzingnummer (start to stop, open when not stopped)
     * @param gedeclareerdVolume the approved net volume per toewijzingnummer and eenheid
     * @param gedeclareerdBedrag the approved net amount per toewijzingnummer
     * @param referenties new, unused ReferentieNummers
     * @param vandaag the last day that counts as a day of care: care not yet given is not declared
     */
    Conceptopbouw(
            YearMonth maand,
            Map<Long, Toewijzingstand> toewijzingen,
            Map<Long, List<Periode>> zorg,
            Map<String, List<Contracttarief>> tarieven,
            Map<Long, Map<Eenheid, Long>> gedeclareerdVolume,
            Map<Long, Bedrag> gedeclareerdBedrag,
            Supplier<String> referenties,
            LocalDate vandaag) {
        this.maand = maand;
        this.vandaag = vandaag;
        this.toewijzingen = toewijzingen;
        this.zorg = zorg;
        this.tarieven = tarieven;
        this.referenties = referenties;
        toewijzingen
                .values()
                .forEach(t -> volumeInKleinsteEenheid.put(
                        t.nummer().value(),
                        t.heeftOmvang()
                                ? Declaratiecontroles.inKleinsteEenheid(
                                        gedeclareerdVolume.get(t.nummer().value()), t)
                                : 0L));
        bedrag.putAll(gedeclareerdBedrag);
    }

    List<Conceptregel> regels() {
        return List.copyOf(regels);
    }

    List<String> opmerkingen() {
        return List.copyOf(opmerkingen);
    }

    /**
     * Credits every open debet that no longer fits its toewijzing (removed, shortened or ended before its period, or
     * its volume above what the toewijzing now allows) and, for an earlier month, proposes a new debet for the part that
     * still fits. Answers the debets that still fit, which the month must not declare again (TR389).
     */
    Set<String> crediteer(List<Prestatie> openDebets) {
        Set<String> gedekt = new HashSet<>();
        for (Prestatie d : openDebets) {
            Toewijzingstand t = toewijzingen.get(d.toewijzingnummer().value());
            String reden = waaromNietPassend(d, t);
            if (reden == null) {
                gedekt.add(sleutel(d.toewijzingnummer().value(), d.productperiode()));
                continue;
            }
            Prestatie credit = new Prestatie(
                    referenties.get(),
                    d.referentienummer(),
                    d.client(),
                    d.toewijzingnummer(),
                    d.productcategorie(),
                    d.productcode(),
                    d.productperiode(),
                    d.geleverdVolume(),
                    d.eenheid(),
                    d.productTarief(),
                    d.ingediendBedrag(),
                    DebetCredit.CREDIT);
            boek(credit, t);
            regels.add(new Conceptregel(credit, "creditering van referentie " + d.referentienummer() + ": " + reden));
            YearMonth vanDebet = YearMonth.from(d.productperiode().begin());
            if (t != null && !t.verwijderd() && vanDebet.isBefore(maand)) {
                Periode.maand(vanDebet)
                        .doorsnede(t.periode())
                        .ifPresent(deel -> debet(t, d.client(), vanDebet, d.geleverdVolume())
                                .ifPresent(r -> regels.add(new Conceptregel(
                                        r.prestatie(),
                                        "nieuwe declaratie na creditering van " + d.referentienummer() + ": "
                                                + r.toelichting()))));
            }
        }
        return gedekt;
    }

    /** Proposes the debet of the month on this toewijzing, unless {@code gedekt} already holds it. */
    void declareer(Toewijzingstand t, Bsn client, Set<String> gedekt) {
        Periode productperiode = Periode.maand(maand).doorsnede(t.periode()).orElse(null);
        if (productperiode == null || t.verwijderd()) {
            return;
        }
        if (gedekt.contains(sleutel(t.nummer().value(), productperiode))) {
            opmerkingen.add(naam(t) + ": " + maandnaam(maand) + " is al gedeclareerd en goedgekeurd.");
            return;
        }
        debet(t, client, maand, null).ifPresent(regels::add);
    }

    private String waaromNietPassend(Prestatie d, Toewijzingstand t) {
        if (t == null || t.verwijderd()) {
            return "toewijzing " + d.toewijzingnummer() + " is verwijderd";
        }
        Periode pp = d.productperiode();
        if (t.periode().eind() != null && pp.eind().isAfter(t.periode().eind())) {
            return "toewijzing beëindigd per " + Notatie.datum(t.periode().eind());
        }
        if (pp.begin().isBefore(t.periode().begin())) {
            return "toewijzing gaat pas in op " + Notatie.datum(t.periode().begin());
        }
        if (t.heeftOmvang()
                && t.eenheid() == d.eenheid()
                && d.geleverdVolume() > Declaratiecontroles.toegestaan(t, pp)) {
            return "toegewezen omvang is nu " + omvang(t) + ", dus hoogstens "
                    + Notatie.getal(Declaratiecontroles.toegestaan(t, pp)) + " "
                    + Declaratiecontroles.eenheid(t.eenheid())
                    + " in " + Notatie.periode(pp);
        }
        return null;
    }

    /** The debet of one month on a toewijzing, at most {@code hoogstens} (when given), or an opmerking why none. */
    private java.util.Optional<Conceptregel> debet(Toewijzingstand t, Bsn client, YearMonth m, Long hoogstens) {
        Periode pp = Periode.maand(m).doorsnede(t.periode()).orElseThrow();
        long zorgdagen = zorgdagen(t, pp.begin(), pp.eind());
        if (zorgdagen == 0) {
            return geen(t, "geen zorg in " + maandnaam(m) + " volgens de start- en stopberichten");
        }
        if (t.categorie() == null) {
            return geen(t, "een generieke toewijzing noemt geen product; kies zelf het product van het contract");
        }
        String code = t.code() != null ? t.code() : enigProduct(t, pp.begin());
        if (code == null) {
            return geen(
                    t,
                    "een aspecifieke toewijzing en niet precies één gecontracteerd product in productcategorie "
                            + t.categorie().code() + "; kies zelf de productcode");
        }
        Contracttarief contract = contract(tarieven, t.categorie().code(), code, pp.begin());
        Eenheid eenheid = t.heeftOmvang() ? t.eenheid() : contract == null ? null : contract.eenheid();
        if (eenheid != Eenheid.EUROS && contract == null) {
            return geen(t, "er is geen contracttarief voor product " + code + " op " + Notatie.datum(pp.begin()));
        }
        long volume;
        String uitleg;
        if (t.heeftOmvang()) {
            if (t.frequentie() == Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR
                    && t.periode().isOpen()) {
                return geen(t, "een totaal zonder einddatum van de toewijzing is niet over de maanden te verdelen");
            }
            volume = switch (t.frequentie()) {
                case PER_DAG -> t.volume() * zorgdagen;
                case PER_WEEK -> t.volume() * weken(t, pp);
                case PER_MAAND -> t.volume();
                case TOTAAL_BINNEN_GELDIGHEIDSDUUR -> naarRato(t.volume(), t, pp);
            };
            uitleg = switch (t.frequentie()) {
                case PER_DAG ->
                    omvang(t) + " × " + zorgdagen + (zorgdagen == 1 ? " dag" : " dagen") + " zorg in " + maandnaam(m);
                case PER_WEEK ->
                    omvang(t) + " × " + weken(t, pp) + (weken(t, pp) == 1 ? " week" : " weken") + " in " + maandnaam(m);
                case PER_MAAND -> omvang(t) + " in " + maandnaam(m);
                case TOTAAL_BINNEN_GELDIGHEIDSDUUR ->
                    "deel van " + omvang(t) + " over " + Notatie.periode(t.periode()) + ": " + zorgdagen + " van "
                            + t.periode().dagen() + " dagen in " + maandnaam(m);
            };
            volume = Math.min(volume, resterendVolume(t));
        } else if (t.budget() != null) {
            if (t.periode().isOpen()) {
                return geen(t, "een budget zonder einddatum van de toewijzing is niet over de maanden te verdelen");
            }
            long deel = Math.min(
                    naarRato(t.budget().eurocent(), t, pp), resterendBedrag(t).eurocent());
            volume = eenheid == Eenheid.EUROS ? deel : deel / contract.bedrag().eurocent();
            uitleg = "deel van het budget van " + Notatie.bedrag(t.budget()) + " over " + Notatie.periode(t.periode())
                    + ": " + zorgdagen + " van " + t.periode().dagen() + " dagen in " + maandnaam(m);
        } else {
            return geen(t, "de toewijzing heeft geen omvang en geen budget");
        }
        if (t.code() == null) {
            uitleg = "product " + code + ", het enige gecontracteerde product in productcategorie "
                    + t.categorie().code() + "; " + uitleg;
        }
        if (hoogstens != null) {
            volume = Math.min(volume, hoogstens);
        }
        Bedrag tarief = eenheid == Eenheid.EUROS ? null : Declaratiecontroles.tariefIn(contract, eenheid);
        if (t.budget() != null && volume > 0) {
            Bedrag over = resterendBedrag(t);
            while (volume > 0 && bedrag(contract, eenheid, tarief, volume).isGroterDan(over)) {
                volume = eenheid == Eenheid.EUROS
                        ? over.eurocent()
                        : Math.min(volume - 1, over.eurocent() / Math.max(1, tarief.eurocent()));
            }
        }
        if (volume <= 0) {
            return geen(t, "de toegewezen omvang of het budget is al helemaal gedeclareerd");
        }
        Prestatie p = new Prestatie(
                referenties.get(),
                null,
                client,
                t.nummer(),
                t.categorie(),
                code,
                pp,
                volume,
                eenheid,
                tarief,
                bedrag(contract, eenheid, tarief, volume),
                DebetCredit.DEBET);
        boek(p, t);
        return java.util.Optional.of(new Conceptregel(
                p,
                uitleg + ": " + Notatie.getal(volume) + " " + Declaratiecontroles.eenheid(eenheid)
                        + (tarief == null ? "" : " × " + Notatie.bedrag(tarief)) + " = "
                        + Notatie.bedrag(p.ingediendBedrag())));
    }

    /** The one product the aanbieder has a tariff for in the categorie of an aspecifieke toewijzing, or null. */
    private String enigProduct(Toewijzingstand t, LocalDate dag) {
        List<String> codes = tarieven.values().stream()
                .flatMap(List::stream)
                .filter(c -> t.categorie().code().equals(c.productcategorie())
                        && c.geldig().bevat(dag))
                .map(Contracttarief::productcode)
                .distinct()
                .toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /**
     * The contract tariff of a product on a day: the one of the toewijzing's productcategorie first, else any with that
     * code; null when there is none.
     */
    static Contracttarief contract(
            Map<String, List<Contracttarief>> tarieven, String categorie, String code, LocalDate dag) {
        List<Contracttarief> geldig =
                tarieven.getOrDefault(Declaratiecontroles.sleutelVanCode(code), List.of()).stream()
                        .filter(c -> c.geldig().bevat(dag))
                        .toList();
        return geldig.stream()
                .filter(c -> categorie.equals(c.productcategorie()))
                .findFirst()
                .orElse(geldig.isEmpty() ? null : geldig.get(0));
    }

    /** IngediendBedrag: volume × tarief; minutes on an hourly tariff as (uurtarief × minuten) / 60 (IV081). */
    static Bedrag bedrag(Contracttarief contract, Eenheid eenheid, Bedrag tarief, long volume) {
        if (eenheid == Eenheid.EUROS) {
            return new Bedrag(volume);
        }
        if (contract.eenheid() == Eenheid.UUR && eenheid == Eenheid.MINUUT) {
            return new Bedrag(BigDecimal.valueOf(contract.bedrag().eurocent())
                    .multiply(BigDecimal.valueOf(volume))
                    .divide(ZESTIG, 0, RoundingMode.HALF_UP)
                    .longValueExact());
        }
        return tarief.maal(volume);
    }

    private java.util.Optional<Conceptregel> geen(Toewijzingstand t, String reden) {
        opmerkingen.add(naam(t) + ": " + reden + ".");
        return java.util.Optional.empty();
    }

    /** What this concept adds to (a debet) or takes from (a credit) the approved totals of the toewijzing. */
    private void boek(Prestatie p, Toewijzingstand t) {
        long nummer = p.toewijzingnummer().value();
        bedrag.merge(nummer, p.saldo(), Bedrag::plus);
        if (t != null && t.heeftOmvang()) {
            long deel = Declaratiecontroles.inKleinsteEenheid(Map.of(p.eenheid(), p.volumeSaldo()), t);
            volumeInKleinsteEenheid.merge(nummer, deel, Long::sum);
        }
    }

    /** TR322: what the omvang leaves over the toewijzing's whole period, in its own eenheid. */
    private long resterendVolume(Toewijzingstand t) {
        Long maximum = t.frequentie() == Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR
                ? t.volume()
                : t.periode().isOpen() ? null : Declaratiecontroles.toegestaan(t, t.periode());
        if (maximum == null) {
            return Long.MAX_VALUE;
        }
        long factor = t.eenheid() == Eenheid.UUR ? 60 : 1;
        long over = maximum * factor
                - volumeInKleinsteEenheid.getOrDefault(t.nummer().value(), 0L);
        return Math.max(0, Math.floorDiv(over, factor));
    }

    /** TR369: what the budget leaves. */
    private Bedrag resterendBedrag(Toewijzingstand t) {
        if (t.budget() == null) {
            return new Bedrag(Long.MAX_VALUE / 2);
        }
        Bedrag over = t.budget().min(bedrag.getOrDefault(t.nummer().value(), Bedrag.NUL));
        return over.isNegatief() ? Bedrag.NUL : over;
    }

    /**
     * The share of {@code totaal} for the days of care within {@code pp}, counted cumulatively over the toewijzing's
     * days: floor(totaal × days up to the end of pp / all days) minus the same up to the day before pp.
     */
    private long naarRato(long totaal, Toewijzingstand t, Periode pp) {
        long alle = t.periode().dagen();
        long totEind = zorgdagen(t, t.periode().begin(), pp.eind());
        long totBegin = zorgdagen(t, t.periode().begin(), pp.begin().minusDays(1));
        return Math.floorDiv(totaal * totEind, alle) - Math.floorDiv(totaal * totBegin, alle);
    }

    /** The ISO weeks whose first day of care (within the toewijzing) lies in {@code pp}. */
    private long weken(Toewijzingstand t, Periode pp) {
        long weken = 0;
        for (LocalDate maandag = pp.begin().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !maandag.isAfter(pp.eind());
                maandag = maandag.plusWeeks(1)) {
            for (LocalDate dag = maandag; dag.isBefore(maandag.plusWeeks(1)); dag = dag.plusDays(1)) {
                if (inZorg(t, dag)) {
                    if (pp.bevat(dag)) {
                        weken++;
                    }
                    break;
                }
            }
        }
        return weken;
    }

    private long zorgdagen(Toewijzingstand t, LocalDate van, LocalDate tot) {
        long dagen = 0;
        for (LocalDate dag = van; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (inZorg(t, dag)) {
                dagen++;
            }
        }
        return dagen;
    }

    private boolean inZorg(Toewijzingstand t, LocalDate dag) {
        return !dag.isAfter(vandaag)
                && t.periode().bevat(dag)
                && zorg.getOrDefault(t.nummer().value(), List.of()).stream().anyMatch(p -> p.bevat(dag));
    }

    private static String omvang(Toewijzingstand t) {
        return Notatie.getal(t.volume()) + " " + Declaratiecontroles.eenheid(t.eenheid()) + " "
                + Declaratiecontroles.per(t.frequentie());
    }

    private static String naam(Toewijzingstand t) {
        return "Toewijzing " + t.nummer() + (t.code() == null ? "" : " (product " + t.code() + ")");
    }

    static String maandnaam(YearMonth m) {
        return Notatie.maand(m);
    }

    private static String sleutel(long toewijzingnummer, Periode productperiode) {
        return toewijzingnummer + "|" + productperiode;
    }
}
