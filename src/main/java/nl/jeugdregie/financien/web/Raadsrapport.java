package nl.jeugdregie.financien.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.financien.Begroting;
import nl.jeugdregie.financien.BegrotingService;
import nl.jeugdregie.financien.Begrotingsversie;
import nl.jeugdregie.financien.Deelverdeling;
import nl.jeugdregie.financien.Financieelbeeld;
import nl.jeugdregie.financien.FinancienService;
import nl.jeugdregie.financien.Hulpvormregel;
import nl.jeugdregie.financien.Kostenvergelijking;
import nl.jeugdregie.financien.Kostenvergelijkingen;
import nl.jeugdregie.financien.Sleutelversie;
import nl.jeugdregie.financien.Verdeelregel;
import nl.jeugdregie.financien.Verdeling;
import nl.jeugdregie.financien.VerdelingService;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.PdfUa;
import org.springframework.stereotype.Component;

/**
 * The financial picture of a gemeente in a year as a PDF/UA report for the gemeenteraad: the summary per CBS
 * jeugdzorgvorm with its total, the realisatie per month of care as bars with their table, the costs per jeugdige and
 * per inwoner next to the region and the Netherlands, and the gemeente's share in the verdeling of the region. Every
 * figure comes from the services the pages use, so the report and the pages cannot differ.
 */
@Component
class Raadsrapport {

    private static final DateTimeFormatter VOLUIT =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl-NL"));

    /** A row of the summary, every amount written out; {@code band} is the prognose's lower and upper bound. */
    record Bedragregel(
            String naam,
            String begroting,
            String realisatie,
            String nietGoedgekeurd,
            String verplichtingen,
            String instroom,
            String prognose,
            String band,
            String saldo) {}

    /** A month of the chart and its table; {@code breedte} is the bar's CSS width, relative to the largest month. */
    record Maand(String naam, String bedrag, String breedte) {}

    /** An area of the comparison: gemeente, region or the Netherlands. */
    record Gebied(
            String naam,
            String kosten,
            String jeugdigen,
            String perJeugdige,
            String perInwoner,
            String perInwoner0tot17) {}

    /** The gemeente's row in one part of the verdeling, or its total over the parts ({@code sleutel} empty). */
    record Aandeel(String deel, String sleutel, String procent, String gebruik, String aandeel, String verschil) {}

    private final FinancienService financien;
    private final BegrotingService begrotingen;
    private final Kostenvergelijkingen vergelijkingen;
    private final VerdelingService verdeling;
    private final Namen namen;
    private final Clock clock;
    private final PdfUa pdf = new PdfUa();

    Raadsrapport(
            FinancienService financien,
            BegrotingService begrotingen,
            Kostenvergelijkingen vergelijkingen,
            VerdelingService verdeling,
            Namen namen,
            Clock clock) {
        this.financien = financien;
        this.begrotingen = begrotingen;
        this.vergelijkingen = vergelijkingen;
        this.verdeling = verdeling;
        this.namen = namen;
        this.clock = clock;
    }

    /** The report; refuses (403, 404, a Dutch error for the year) exactly as the page {@code /financien} does. */
    byte[] maak(GemeenteCode gemeente, int jaar) {
        // The picture first: it checks the user's scope and the year before anything else is read.
        Financieelbeeld beeld = financien.beeld(gemeente, jaar);
        Begroting begroting = begrotingen.begroting(gemeente, jaar);
        Kostenvergelijking vergelijking = vergelijkingen.vergelijk(gemeente, jaar);
        Verdeling regioverdeling = verdeling.verdeling(jaar);
        LocalDate vandaag = LocalDate.now(clock.withZone(Notatie.NEDERLAND));
        String naam = namen.gemeente(gemeente);

        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", "Financiën jeugdzorg " + naam + " " + jaar);
        variabelen.put(
                "auteur", "Jeugdregie, jeugdregio " + vergelijking.regio().naam());
        variabelen.put("onderwerp", "Het financiële beeld van de jeugdzorg voor de gemeenteraad");
        variabelen.put("gemeente", naam);
        variabelen.put("jaar", jaar);
        variabelen.put("regio", vergelijking.regio().naam());
        variabelen.put("peildatum", Notatie.datum(beeld.peildatum()));
        variabelen.put("begroting", begrotingszin(begroting));
        variabelen.put("rijen", regels(beeld));
        variabelen.put("totaal", regel(beeld.totaal()));
        variabelen.put("maanden", maanden(beeld.realisatiePerMaand(), jaar));
        variabelen.put("realisatie", Notatie.bedrag(Bedrag.som(beeld.realisatiePerMaand())));
        variabelen.put("gebieden", gebieden(vergelijking, naam));
        variabelen.put("nederland", vergelijking.nederland());
        variabelen.put("verdeling", verdeling(regioverdeling, gemeente, naam));
        variabelen.put("gemaakt", VOLUIT.format(vandaag));
        return pdf.maak(
                "financien/rapport-pdf", variabelen, vandaag, "financien\n" + gemeente + "\n" + jaar + "\n" + vandaag);
    }

    /** Which version of the begroting the figures use, or that there is none. */
    static String begrotingszin(Begroting begroting) {
        Optional<Begrotingsversie> actueel = begroting.actueel();
        if (actueel.isEmpty()) {
            return "Voor " + begroting.jaar() + " is nog geen begroting vastgelegd: de begroting staat op € 0,00 en het"
                    + " saldo is daarom min de prognose.";
        }
        Begrotingsversie v = actueel.get();
        return "Begroting: " + v.soort().omschrijving() + " (versie " + v.versie() + "), vastgelegd op "
                + Notatie.datum(LocalDate.ofInstant(v.op(), Notatie.NEDERLAND))
                + (v.toelichting() == null || v.toelichting().isBlank() ? "" : " (" + v.toelichting() + ")") + ".";
    }

    /** The jeugdzorgvormen with any amount; the others would be rows of zeros. */
    private static List<Bedragregel> regels(Financieelbeeld beeld) {
        return beeld.hulpvormen().stream()
                .filter(r -> !r.isLeeg())
                .map(r -> regel(r, r.naam() + zonderTarief(r.zonderTarief())))
                .toList();
    }

    /** As the page says it: toewijzingen whose product has no contract tariff add nothing to the verplichtingen. */
    private static String zonderTarief(long aantal) {
        return aantal == 0
                ? ""
                : " (" + aantal + (aantal == 1 ? " toewijzing" : " toewijzingen") + " zonder contracttarief)";
    }

    private static Bedragregel regel(Hulpvormregel r) {
        return regel(r, r.naam());
    }

    private static Bedragregel regel(Hulpvormregel r, String naam) {
        return new Bedragregel(
                naam,
                Notatie.bedrag(r.begroting()),
                Notatie.bedrag(r.realisatie()),
                Notatie.bedrag(r.nietGoedgekeurd()),
                Notatie.bedrag(r.verplichtingen()),
                Notatie.bedrag(r.instroom()),
                Notatie.bedrag(r.prognose()),
                heel(r.prognoseLaag()) + " – " + heel(r.prognoseHoog()),
                Notatie.bedrag(r.saldo()));
    }

    /** An amount that a line never breaks: a no-break space after the euro sign. */
    private static String heel(Bedrag bedrag) {
        return Notatie.bedrag(bedrag).replace(' ', '\u00a0');
    }

    /**
     * Each month with its amount and a bar in tenths of a percent of the largest month (integer arithmetic, so the
     * width does not depend on the locale); a month without a positive amount has no bar.
     */
    static List<Maand> maanden(List<Bedrag> perMaand, int jaar) {
        long grootste = perMaand.stream().mapToLong(Bedrag::eurocent).max().orElse(0);
        List<Maand> maanden = new ArrayList<>();
        for (int i = 0; i < perMaand.size(); i++) {
            long cent = perMaand.get(i).eurocent();
            long promille = grootste <= 0 || cent <= 0 ? 0 : Math.max(1, cent * 1000 / grootste);
            maanden.add(new Maand(
                    Financienweergave.maand(i + 1) + " " + jaar,
                    Notatie.bedrag(perMaand.get(i)),
                    promille / 10 + "." + promille % 10 + "%"));
        }
        return maanden;
    }

    /** Gemeente, region and the Netherlands, with suppressed and unknown cells written as the comparison page does. */
    private static List<Gebied> gebieden(Kostenvergelijking v, String gemeente) {
        List<Gebied> gebieden = new ArrayList<>();
        gebieden.add(gebied(gemeente, v.gemeentecijfers()));
        gebieden.add(gebied("Regio " + v.regio().naam(), v.regio()));
        Kostenvergelijking.Landelijk nl = v.nederland();
        gebieden.add(new Gebied(
                "Nederland",
                nl.uitgaven() == null
                        ? "onbekend"
                        : Notatie.bedrag(nl.uitgaven())
                                + (nl.jaarUitgaven() == null ? "" : " (" + nl.jaarUitgaven() + ")"),
                nl.jongeren() == null
                        ? "onbekend"
                        : Notatie.getal(nl.jongeren())
                                + (nl.jaarJongeren() == null ? "" : " (" + nl.jaarJongeren() + ", tot 23 jaar)"),
                bedragOf(nl.perJeugdige(), "onbekend"),
                bedragOf(nl.perInwoner(), "onbekend"),
                "niet beschikbaar"));
        return gebieden;
    }

    private static Gebied gebied(String naam, Kostenvergelijking.Gebied g) {
        return new Gebied(
                naam,
                Notatie.bedrag(g.kosten()),
                g.jeugdigenOnderdrukt() ? "minder dan 5" : Notatie.getal(g.jeugdigen()),
                bedragOf(g.perJeugdige(), g.jeugdigenOnderdrukt() ? "onderdrukt" : "geen jeugdigen"),
                bedragOf(g.perInwoner(), "onbekend"),
                bedragOf(g.perInwoner0tot17(), "onbekend") + (g.jeugdGeschat() ? " (schatting)" : ""));
    }

    private static String bedragOf(Optional<Bedrag> bedrag, String anders) {
        return bedrag.map(Notatie::bedrag).orElse(anders);
    }

    /**
     * The gemeente's share per part of the inkoop and in total, with the version of the keys; or, without keys or
     * outside the region, the sentence that says so.
     */
    private static Map<String, Object> verdeling(Verdeling v, GemeenteCode gemeente, String naam) {
        Map<String, Object> verdeling = new HashMap<>();
        verdeling.put("delen", null);
        verdeling.put("totaal", null);
        Optional<Sleutelversie> actueel = v.actueel();
        Optional<Verdeling.Gemeentesaldo> saldo = v.perGemeente().stream()
                .filter(s -> s.gemeente().equals(gemeente))
                .findFirst();
        if (actueel.isEmpty()) {
            verdeling.put(
                    "zin",
                    "Voor " + v.jaar() + " heeft de regio geen verdeelsleutels vastgelegd: elke gemeente draagt haar"
                            + " eigen kosten.");
            return verdeling;
        }
        if (saldo.isEmpty()) {
            verdeling.put(
                    "zin",
                    naam + " hoorde op " + Notatie.datum(v.peildatum()) + " niet bij de regio: er is geen aandeel in de"
                            + " verdeling.");
            return verdeling;
        }
        Verdelingweergave w = Verdelingweergave.VOOR_SJABLONEN;
        Sleutelversie versie = actueel.get();
        verdeling.put(
                "zin",
                "Verdeelsleutels versie " + versie.versie() + ", vastgelegd op "
                        + Notatie.datum(LocalDate.ofInstant(versie.op(), Notatie.NEDERLAND))
                        + (versie.toelichting() == null || versie.toelichting().isBlank()
                                ? ""
                                : " (" + versie.toelichting() + ")")
                        + ". Een deel zonder sleutel wordt verdeeld naar werkelijk gebruik.");
        List<Aandeel> delen = new ArrayList<>();
        for (Deelverdeling d : v.delen()) {
            d.regels().stream()
                    .filter(r -> r.gemeente().equals(gemeente))
                    .findFirst()
                    .ifPresent(r -> delen.add(aandeel(d, r, w)));
        }
        Verdeling.Gemeentesaldo s = saldo.get();
        verdeling.put("delen", delen);
        verdeling.put(
                "totaal",
                new Aandeel(
                        "Totaal",
                        "",
                        "",
                        Notatie.bedrag(s.gebruik()),
                        Notatie.bedrag(s.aandeel()),
                        w.verschil(s.verschil())));
        return verdeling;
    }

    private static Aandeel aandeel(Deelverdeling d, Verdeelregel r, Verdelingweergave w) {
        return new Aandeel(
                d.deel().omschrijving(),
                w.sleutel(d.toegepast()),
                Notatie.getal(r.aandeelProcent()) + " %",
                Notatie.bedrag(r.gebruik()),
                Notatie.bedrag(r.aandeel()),
                w.verschil(r.verschil()));
    }
}
