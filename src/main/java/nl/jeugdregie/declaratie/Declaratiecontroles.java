package nl.jeugdregie.declaratie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.Retourcode;

/**
 * The berichtoverstijgende checks of a JW323, each carrying its rule code and retourcode. Pure: all stored state comes
 * in through {@link Controlegegevens}, so a whole declaratie is checked in memory after a few bulk queries. Credits are
 * checked before debets, so that a credit and its replacing debet may arrive in one declaratie (TR389).
 */
final class Declaratiecontroles {

    private static final BigDecimal ZESTIG = BigDecimal.valueOf(60);

    private Declaratiecontroles() {}

    /** The afkeuring of the declaratie as a whole (TR135, TR333, TR316), or {@code null}. */
    static Afkeuring declaratie(Declaratie declaratie, Controlegegevens gegevens) {
        if (declaratie.dagtekening().isAfter(gegevens.vandaag())) {
            return new Afkeuring(
                    "TR135",
                    Retourcode.DAGTEKENING_NA_SYSTEEMDATUM,
                    "DeclaratieDagtekening " + datum(declaratie.dagtekening()) + " ligt na vandaag ("
                            + datum(gegevens.vandaag()) + "); de hele declaratie is afgewezen.");
        }
        if (gegevens.declaratienummerBekend()) {
            return new Afkeuring(
                    "TR333",
                    Retourcode.DECLARATIENUMMER_NIET_UNIEK,
                    "Declaratienummer " + declaratie.declaratienummer() + " is al eerder door aanbieder "
                            + declaratie.aanbieder() + " gebruikt; de hele declaratie is afgewezen.");
        }
        Set<String> referenties = new HashSet<>();
        declaratie.prestaties().forEach(p -> referenties.add(p.referentienummer()));
        for (Prestatie p : declaratie.prestaties()) {
            if (p.vorigReferentienummer() != null && referenties.contains(p.vorigReferentienummer())) {
                return new Afkeuring(
                        "TR316",
                        Retourcode.TECHNISCH_AFGEKEURD,
                        "Prestatie " + p.referentienummer() + " crediteert prestatie " + p.vorigReferentienummer()
                                + " uit dezelfde declaratie; crediteren in hetzelfde bericht mag niet.");
            }
        }
        return null;
    }

    /** Checks every prestatie; the result keeps the order of the declaratie. */
    static List<Prestatiebeoordeling> prestaties(Declaratie declaratie, Controlegegevens gegevens) {
        Lopend lopend = new Lopend();
        Map<Prestatie, List<Afkeuring>> uitkomst = new IdentityHashMap<>(); // identical duplicates stay apart
        Set<String> gezien = new HashSet<>();
        List<Prestatie> volgorde = new ArrayList<>();
        declaratie.prestaties().stream().filter(Prestatie::isCredit).forEach(volgorde::add);
        declaratie.prestaties().stream().filter(p -> !p.isCredit()).forEach(volgorde::add);
        Map<String, Integer> aantalPerReferentie = new HashMap<>();
        declaratie.prestaties().forEach(p -> aantalPerReferentie.merge(p.referentienummer(), 1, Integer::sum));
        for (Prestatie p : volgorde) {
            List<Afkeuring> afkeuringen = new ArrayList<>();
            controleer(declaratie, p, gegevens, lopend, aantalPerReferentie, gezien, afkeuringen);
            if (afkeuringen.isEmpty()) {
                lopend.boek(p, gegevens);
            }
            uitkomst.put(p, afkeuringen);
        }
        return declaratie.prestaties().stream()
                .map(p -> new Prestatiebeoordeling(p, uitkomst.get(p)))
                .toList();
    }

    /** What this declaratie has approved so far, on top of what is stored. */
    private static final class Lopend {
        final Map<Long, Map<Eenheid, Long>> volume = new HashMap<>();
        final Map<Long, Bedrag> bedrag = new HashMap<>();
        final Set<String> gecrediteerd = new HashSet<>();
        final Set<String> debetSleutels = new HashSet<>();

        void boek(Prestatie p, Controlegegevens gegevens) {
            long nummer = p.toewijzingnummer().value();
            volume.computeIfAbsent(nummer, n -> new HashMap<>()).merge(p.eenheid(), p.volumeSaldo(), Long::sum);
            bedrag.merge(nummer, p.saldo(), Bedrag::plus);
            if (p.isCredit()) {
                gecrediteerd.add(p.vorigReferentienummer());
            } else {
                debetSleutels.add(sleutel(p));
            }
        }
    }

    private static void controleer(
            Declaratie declaratie,
            Prestatie p,
            Controlegegevens gegevens,
            Lopend lopend,
            Map<String, Integer> aantalPerReferentie,
            Set<String> gezien,
            List<Afkeuring> afkeuringen) {
        // TR314: unique ReferentieNummer for the aanbieder, within this message and across messages.
        if (gegevens.bekendeReferenties().contains(p.referentienummer())) {
            afkeuringen.add(new Afkeuring(
                    "TR314",
                    Retourcode.REFERENTIENUMMER_AL_AANGELEVERD,
                    "Referentienummer " + p.referentienummer() + " is al in een eerdere declaratie aangeleverd."));
        } else if (aantalPerReferentie.get(p.referentienummer()) > 1 && !gezien.add(p.referentienummer())) {
            afkeuringen.add(new Afkeuring(
                    "TR314",
                    Retourcode.REFERENTIENUMMER_AL_AANGELEVERD,
                    "Referentienummer " + p.referentienummer() + " komt meer dan eens voor in deze declaratie."));
        }
        gezien.add(p.referentienummer());

        // TR319: the ProductPeriode lies in the current or an earlier DeclaratiePeriode.
        if (p.productperiode().eind().isAfter(declaratie.declaratieperiode().eind())) {
            afkeuringen.add(new Afkeuring(
                    "TR319",
                    Retourcode.PRODUCTPERIODE_BUITEN_DECLARATIEPERIODE,
                    "Productperiode " + periode(p.productperiode()) + " loopt door na de declaratieperiode "
                            + periode(declaratie.declaratieperiode()) + "."));
        }

        if (p.isCredit()) {
            // IV085: a credit is the aanbieder's own act; the gemeente rejects it only when it names no approved,
            // matching, not yet credited debet (TR323, TR390), never against a toewijzing shortened or removed since.
            controleerCredit(p, gegevens, lopend, afkeuringen);
            return;
        }

        Toewijzingstand t = gegevens.toewijzingen().get(p.toewijzingnummer().value());
        if (t == null
                || !t.gemeente().equals(declaratie.gemeente())
                || !t.aanbieder().equals(declaratie.aanbieder())) {
            afkeuringen.add(new Afkeuring(
                    "TR338",
                    Retourcode.PRESTATIE_ZONDER_TOEGEWEZEN_PRODUCT,
                    "Toewijzing " + p.toewijzingnummer() + " bestaat niet bij gemeente " + declaratie.gemeente()
                            + " voor aanbieder " + declaratie.aanbieder() + "."));
            return;
        }
        if (!t.clientsleutel().equals(gegevens.clientsleutel().apply(p.client()))) {
            afkeuringen.add(new Afkeuring(
                    "TR304",
                    Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT,
                    "Toewijzing " + t.nummer() + " hoort bij een andere client dan BSN " + p.client() + "."));
            return;
        }
        if (t.verwijderd()) {
            afkeuringen.add(new Afkeuring(
                    "TR384",
                    Retourcode.DECLARATIE_OP_VERWIJDERDE_TOEWIJZING,
                    "Toewijzing " + t.nummer() + " is verwijderd (reden wijziging 13); daarop kan niet worden"
                            + " gedeclareerd."));
            return;
        }
        controleerPeriode(p, t, afkeuringen);
        controleerProduct(p, t, gegevens, afkeuringen);
        controleerDubbeleDebet(p, gegevens, lopend, afkeuringen);
        controleerVolume(p, t, gegevens, lopend, afkeuringen);
        controleerBudget(p, t, gegevens, lopend, afkeuringen);
        controleerBedrag(p, gegevens, afkeuringen);
    }

    private static void controleerCredit(
            Prestatie p, Controlegegevens gegevens, Lopend lopend, List<Afkeuring> afkeuringen) {
        String vorig = p.vorigReferentienummer();
        EerderePrestatie debet = vorig == null ? null : gegevens.eerder().get(vorig);
        if (debet == null
                || !debet.goedgekeurd()
                || debet.debetCredit() != nl.jeugdregie.kern.codelijst.DebetCredit.DEBET) {
            afkeuringen.add(new Afkeuring(
                    "TR323",
                    Retourcode.CREDIT_ZONDER_DEBET,
                    vorig == null
                            ? "Creditprestatie " + p.referentienummer() + " heeft geen vorig referentienummer."
                            : "Creditprestatie " + p.referentienummer() + " verwijst naar " + vorig
                                    + ", maar daarvan is geen goedgekeurde debetprestatie bekend."));
            return;
        }
        if (!debet.toewijzingnummer().equals(p.toewijzingnummer())
                || !debet.productperiode().equals(p.productperiode())
                || debet.productcategorie() != p.productcategorie()
                || !java.util.Objects.equals(debet.productcode(), p.productcode())) {
            afkeuringen.add(new Afkeuring(
                    "TR323",
                    Retourcode.CREDIT_ZONDER_DEBET,
                    "Creditprestatie " + p.referentienummer() + " past niet bij debetprestatie " + vorig
                            + ": die gaat over toewijzing " + debet.toewijzingnummer() + ", product "
                            + debet.productcode() + " in " + periode(debet.productperiode()) + ", de credit over "
                            + p.toewijzingnummer() + ", " + p.productcode() + " in " + periode(p.productperiode())
                            + "."));
            return;
        }
        if (debet.gecrediteerd() || lopend.gecrediteerd.contains(vorig)) {
            afkeuringen.add(new Afkeuring(
                    "TR390", Retourcode.CREDIT_AL_AANGELEVERD, "Debetprestatie " + vorig + " is al gecrediteerd."));
        }
    }

    private static void controleerPeriode(Prestatie p, Toewijzingstand t, List<Afkeuring> afkeuringen) {
        Periode pp = p.productperiode();
        if (pp.begin().isBefore(t.periode().begin())) {
            afkeuringen.add(new Afkeuring(
                    "TR307",
                    Retourcode.BEGINDATUM_PRESTATIE_BUITEN_TOEWIJZING,
                    "Productperiode begint op " + datum(pp.begin()) + ", maar toewijzing " + t.nummer()
                            + " gaat pas in op " + datum(t.periode().begin()) + "."));
        }
        if (t.periode().eind() != null && pp.eind().isAfter(t.periode().eind())) {
            afkeuringen.add(new Afkeuring(
                    "TR308",
                    Retourcode.EINDDATUM_PRESTATIE_BUITEN_TOEWIJZING,
                    "Productperiode eindigt op " + datum(pp.eind()) + ", maar toewijzing " + t.nummer() + " eindigt op "
                            + datum(t.periode().eind()) + "."));
        }
        LocalDate eersteDag = pp.begin().withDayOfMonth(1);
        LocalDate verwachtBegin =
                t.periode().begin().isAfter(eersteDag) ? t.periode().begin() : eersteDag;
        if (!pp.begin().equals(verwachtBegin)
                && !pp.begin().isBefore(t.periode().begin())) {
            afkeuringen.add(new Afkeuring(
                    "TR387",
                    Retourcode.BEGINDATUM_PRODUCTPERIODE_ONGELDIG,
                    "Productperiode begint op " + datum(pp.begin()) + "; verwacht " + datum(verwachtBegin)
                            + " (eerste dag van de maand, of de ingangsdatum van de toewijzing)."));
        }
        LocalDate laatsteDag = YearMonth.from(pp.begin()).atEndOfMonth();
        LocalDate verwachtEind =
                t.periode().eind() != null && t.periode().eind().isBefore(laatsteDag)
                        ? t.periode().eind()
                        : laatsteDag;
        if (!pp.eind().equals(verwachtEind)
                && (t.periode().eind() == null || !pp.eind().isAfter(t.periode().eind()))) {
            afkeuringen.add(new Afkeuring(
                    "TR388",
                    Retourcode.EINDDATUM_PRODUCTPERIODE_ONGELDIG,
                    "Productperiode eindigt op " + datum(pp.eind()) + "; verwacht " + datum(verwachtEind)
                            + " (laatste dag van de maand, of de einddatum van de toewijzing)."));
        }
    }

    private static void controleerProduct(
            Prestatie p, Toewijzingstand t, Controlegegevens gegevens, List<Afkeuring> afkeuringen) {
        if (t.categorie() != null && t.categorie() != p.productcategorie()) {
            afkeuringen.add(new Afkeuring(
                    "TR339",
                    Retourcode.PRODUCTCATEGORIE_WIJKT_AF,
                    "Gedeclareerd productcategorie " + Notatie.code(p.productcategorie()) + ", toegewezen "
                            + Notatie.code(t.categorie()) + "."));
        }
        if (t.code() != null && !t.code().equalsIgnoreCase(p.productcode())) {
            afkeuringen.add(new Afkeuring(
                    "TR340",
                    Retourcode.PRODUCTCODE_WIJKT_AF,
                    "Gedeclareerd product " + p.productcode() + ", toegewezen product " + t.code() + "."));
        }
        Eenheid verwacht = t.heeftOmvang() ? t.eenheid() : contracteenheid(p, gegevens);
        if (verwacht != null && !pastBij(p.eenheid(), verwacht)) {
            afkeuringen.add(new Afkeuring(
                    "TR341",
                    Retourcode.EENHEID_WIJKT_AF,
                    "Gedeclareerd in " + eenheid(p.eenheid()) + ", maar "
                            + (t.heeftOmvang() ? "toegewezen" : "gecontracteerd") + " in " + eenheid(verwacht) + "."));
        }
    }

    private static void controleerDubbeleDebet(
            Prestatie p, Controlegegevens gegevens, Lopend lopend, List<Afkeuring> afkeuringen) {
        String sleutel = sleutel(p);
        boolean eerder = gegevens
                .goedgekeurdeDebets()
                .getOrDefault(p.toewijzingnummer().value(), List.of())
                .stream()
                .anyMatch(d -> d.productperiode().equals(p.productperiode())
                        && d.productcategorie() == p.productcategorie()
                        && java.util.Objects.equals(d.productcode(), p.productcode())
                        && !lopend.gecrediteerd.contains(d.referentienummer()));
        if (eerder || lopend.debetSleutels.contains(sleutel)) {
            afkeuringen.add(new Afkeuring(
                    "TR389",
                    Retourcode.DEBET_ZONDER_CREDIT,
                    "Voor toewijzing " + p.toewijzingnummer() + ", product " + p.productcode() + " in "
                            + periode(p.productperiode())
                            + " is al een debetprestatie goedgekeurd die niet gecrediteerd is."));
        }
    }

    private static void controleerVolume(
            Prestatie p, Toewijzingstand t, Controlegegevens gegevens, Lopend lopend, List<Afkeuring> afkeuringen) {
        if (!t.heeftOmvang() || !pastBij(p.eenheid(), t.eenheid())) {
            return;
        }
        long factor = p.eenheid() == Eenheid.MINUUT && t.eenheid() == Eenheid.UUR ? 60 : 1;
        Periode binnen = p.productperiode().doorsnede(t.periode()).orElse(p.productperiode());
        long toegestaan = toegestaan(t, binnen) * factor;
        if (p.geleverdVolume() > toegestaan) {
            afkeuringen.add(new Afkeuring(
                    "TR321",
                    Retourcode.VOLUME_OVERSCHRIJDT_TOEWIJZING,
                    "Geleverd " + getal(p.geleverdVolume()) + " " + eenheid(p.eenheid()) + ", toegewezen "
                            + getal(t.volume())
                            + " " + eenheid(t.eenheid()) + " " + per(t.frequentie())
                            + omschrijving(t.frequentie(), binnen)
                            + (toegestaan == t.volume() * factor && factor == 1
                                    ? "."
                                    : ", dus hoogstens " + getal(toegestaan) + " " + eenheid(p.eenheid()) + ".")));
            return;
        }
        Long maximum = t.frequentie() == Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR
                ? t.volume()
                : t.periode().isOpen() ? null : toegestaan(t, t.periode());
        if (maximum == null) {
            return;
        }
        long eerder =
                inKleinsteEenheid(gegevens.gedeclareerdVolume().get(t.nummer().value()), t)
                        + inKleinsteEenheid(lopend.volume.get(t.nummer().value()), t);
        long deze = p.geleverdVolume() * (factor == 60 || t.eenheid() != Eenheid.UUR ? 1 : 60);
        long max = maximum * (t.eenheid() == Eenheid.UUR ? 60 : 1);
        if (eerder + deze > max) {
            boolean uren = t.eenheid() == Eenheid.UUR;
            afkeuringen.add(new Afkeuring(
                    "TR322",
                    Retourcode.SOM_VOLUMES_OVERSCHRIJDT_TOEWIJZING,
                    "Samen met eerder goedgekeurde prestaties is " + tekst(eerder + deze, uren, t.eenheid())
                            + " gedeclareerd op toewijzing " + t.nummer() + ", toegewezen is " + getal(maximum) + " "
                            + eenheid(t.eenheid()) + " over " + periode(t.periode()) + "."));
        }
    }

    private static void controleerBudget(
            Prestatie p, Toewijzingstand t, Controlegegevens gegevens, Lopend lopend, List<Afkeuring> afkeuringen) {
        if (t.budget() == null) {
            return;
        }
        Bedrag totaal = gegevens.gedeclareerdBedrag()
                .getOrDefault(t.nummer().value(), Bedrag.NUL)
                .plus(lopend.bedrag.getOrDefault(t.nummer().value(), Bedrag.NUL))
                .plus(p.saldo());
        if (totaal.isGroterDan(t.budget())) {
            afkeuringen.add(new Afkeuring(
                    "TR369",
                    Retourcode.BUDGET_OVERSCHREDEN,
                    "Samen met eerder goedgekeurde prestaties is " + totaal + " gedeclareerd op toewijzing "
                            + t.nummer() + ", het toegewezen budget is " + t.budget() + "."));
        }
    }

    private static void controleerBedrag(Prestatie p, Controlegegevens gegevens, List<Afkeuring> afkeuringen) {
        if (p.eenheid() == Eenheid.EUROS) {
            return;
        }
        List<Contracttarief> tarieven =
                gegevens.tarieven().getOrDefault(sleutelVanCode(p.productcode()), List.of()).stream()
                        .filter(c -> c.geldig().bevat(p.productperiode().begin()))
                        .toList();
        if (tarieven.isEmpty()) {
            afkeuringen.add(new Afkeuring(
                    "TR418",
                    Retourcode.TARIEF_WIJKT_AF_VAN_CONTRACT,
                    "Er is geen contracttarief voor product " + p.productcode() + " op "
                            + datum(p.productperiode().begin()) + "."));
            return;
        }
        if (tarieven.stream().noneMatch(c -> p.productcategorie().code().equals(c.productcategorie()))) {
            afkeuringen.add(new Afkeuring(
                    "TR381",
                    Retourcode.PRODUCTCODE_HOORT_NIET_BIJ_CATEGORIE,
                    "Product " + p.productcode() + " hoort bij productcategorie "
                            + Productcategorie.find(tarieven.get(0).productcategorie())
                                    .map(Notatie::code)
                                    .orElse(tarieven.get(0).productcategorie())
                            + ", niet bij " + Notatie.code(p.productcategorie()) + "."));
        }
        List<Bedrag> verwacht =
                tarieven.stream().map(c -> tariefIn(c, p.eenheid())).toList();
        Bedrag tarief = p.tarief().orElse(verwacht.get(0));
        if (p.tarief().isPresent() && !verwacht.contains(tarief)) {
            afkeuringen.add(new Afkeuring(
                    "TR418",
                    Retourcode.TARIEF_WIJKT_AF_VAN_CONTRACT,
                    "Gedeclareerd tarief " + tarief + " per " + eenheid(p.eenheid()) + ", het contracttarief op "
                            + datum(p.productperiode().begin()) + " is " + verwacht.get(0) + " (contract "
                            + tarieven.get(0).contractnummer() + ")."));
        }
        Contracttarief perUur = tarieven.stream()
                .filter(c -> c.eenheid() == Eenheid.UUR && p.eenheid() == Eenheid.MINUUT)
                .findFirst()
                .orElse(null);
        if (perUur != null) {
            // IV081: minutes on an hourly tariff are priced as (uurtarief x minuten) / 60, rounded to whole cents.
            Bedrag berekend = new Bedrag(BigDecimal.valueOf(perUur.bedrag().eurocent())
                    .multiply(BigDecimal.valueOf(p.geleverdVolume()))
                    .divide(ZESTIG, 0, RoundingMode.HALF_UP)
                    .longValueExact());
            if (!berekend.equals(p.ingediendBedrag())) {
                afkeuringen.add(new Afkeuring(
                        "TR346",
                        Retourcode.BEDRAG_NIET_VOLUME_MAAL_TARIEF,
                        "Ingediend " + p.ingediendBedrag() + ", maar (" + perUur.bedrag() + " per uur x "
                                + getal(p.geleverdVolume()) + " minuten) / 60 = " + berekend + "."));
            }
            return;
        }
        Bedrag berekend = tarief.maal(p.geleverdVolume());
        if (!berekend.equals(p.ingediendBedrag())) {
            afkeuringen.add(new Afkeuring(
                    "TR346",
                    Retourcode.BEDRAG_NIET_VOLUME_MAAL_TARIEF,
                    "Ingediend " + p.ingediendBedrag() + ", maar " + getal(p.geleverdVolume()) + " "
                            + eenheid(p.eenheid()) + " x " + tarief + " = " + berekend + "."));
        }
    }

    /** The most a toewijzing allows within {@code binnen}, in its own eenheid. */
    static long toegestaan(Toewijzingstand t, Periode binnen) {
        return switch (t.frequentie()) {
            case PER_DAG -> t.volume() * binnen.dagen();
            case PER_WEEK -> t.volume() * isoWeken(binnen);
            case PER_MAAND -> t.volume() * maanden(binnen);
            case TOTAAL_BINNEN_GELDIGHEIDSDUUR -> t.volume();
        };
    }

    /**
     * The number of ISO-8601 weeks a closed period touches, counting the first and last week, also over a year
     * boundary (Weeknummer berekenen: eindweek - beginweek + 1 per year, summed).
     */
    static long isoWeken(Periode periode) {
        LocalDate eersteMaandag = periode.begin().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate laatsteMaandag = periode.eind().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(eersteMaandag, laatsteMaandag) + 1;
    }

    static long maanden(Periode periode) {
        return ChronoUnit.MONTHS.between(YearMonth.from(periode.begin()), YearMonth.from(periode.eind())) + 1;
    }

    private static String omschrijving(Frequentie frequentie, Periode binnen) {
        return switch (frequentie) {
            case PER_WEEK -> {
                int begin = binnen.begin().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int eind = binnen.eind().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                long weken = isoWeken(binnen);
                yield weken == 1
                        ? " in week " + begin
                        : " in week " + begin + " t/m " + eind + " (" + weken + " weken)";
            }
            case PER_DAG -> " over " + binnen.dagen() + (binnen.dagen() == 1 ? " dag" : " dagen");
            case PER_MAAND -> maanden(binnen) == 1 ? "" : " over " + maanden(binnen) + " maanden";
            case TOTAAL_BINNEN_GELDIGHEIDSDUUR -> "";
        };
    }

    static String per(Frequentie frequentie) {
        return switch (frequentie) {
            case PER_DAG -> "per dag";
            case PER_WEEK -> "per week";
            case PER_MAAND -> "per maand";
            case TOTAAL_BINNEN_GELDIGHEIDSDUUR -> "in totaal";
        };
    }

    static long inKleinsteEenheid(Map<Eenheid, Long> volumes, Toewijzingstand t) {
        if (volumes == null) {
            return 0;
        }
        long som = 0;
        for (Map.Entry<Eenheid, Long> e : volumes.entrySet()) {
            if (t.eenheid() == Eenheid.UUR) {
                som += e.getKey() == Eenheid.MINUUT ? e.getValue() : e.getKey() == Eenheid.UUR ? e.getValue() * 60 : 0;
            } else if (e.getKey() == t.eenheid()) {
                som += e.getValue();
            }
        }
        return som;
    }

    private static String tekst(long volume, boolean inMinuten, Eenheid eenheid) {
        if (!inMinuten) {
            return getal(volume) + " " + eenheid(eenheid);
        }
        return volume % 60 == 0 ? getal(volume / 60) + " uur" : getal(volume) + " minuten";
    }

    private static Eenheid contracteenheid(Prestatie p, Controlegegevens gegevens) {
        return gegevens.tarieven().getOrDefault(sleutelVanCode(p.productcode()), List.of()).stream()
                .filter(c -> c.geldig().bevat(p.productperiode().begin()))
                .map(Contracttarief::eenheid)
                .findFirst()
                .orElse(null);
    }

    /** TR341: the same eenheid; minutes may be declared on an hourly toewijzing or contract. */
    static boolean pastBij(Eenheid gedeclareerd, Eenheid verwacht) {
        return gedeclareerd == verwacht || (gedeclareerd == Eenheid.MINUUT && verwacht == Eenheid.UUR);
    }

    /** The contract tariff in the eenheid declared: an hourly tariff per minute is rounded half up (IV081). */
    static Bedrag tariefIn(Contracttarief c, Eenheid eenheid) {
        if (c.eenheid() == Eenheid.UUR && eenheid == Eenheid.MINUUT) {
            return new Bedrag(BigDecimal.valueOf(c.bedrag().eurocent())
                    .divide(ZESTIG, 0, RoundingMode.HALF_UP)
                    .longValueExact());
        }
        return c.bedrag();
    }

    static String sleutelVanCode(String productcode) {
        return productcode == null ? "" : productcode.strip().toUpperCase(Locale.ROOT);
    }

    private static String sleutel(Prestatie p) {
        return p.toewijzingnummer() + "|" + p.productcategorie().code() + "|" + p.productcode() + "|"
                + p.productperiode();
    }

    static String eenheid(Eenheid eenheid) {
        return switch (eenheid) {
            case MINUUT -> "minuten";
            case UUR -> "uur";
            case ETMAAL -> "etmalen";
            case DAGDEEL -> "dagdelen";
            case STUKS_OUTPUT, STUKS_INSPANNING -> "stuks";
            case EUROS -> "euro";
        };
    }

    private static String datum(LocalDate dag) {
        return Notatie.datum(dag);
    }

    private static String periode(Periode periode) {
        return Notatie.periode(periode);
    }

    private static String getal(long getal) {
        return Notatie.getal(getal);
    }
}
