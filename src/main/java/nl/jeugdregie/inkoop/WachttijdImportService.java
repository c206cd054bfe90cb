package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports a feed of waiting times (JSON or CSV) and reports per line what happened. A line is linked
 * to an aanbieder by its AGB code when present, otherwise by its name (also the aanbieder's other
 * names), compared without case, accents, punctuation or legal form. The import runs in one
 * transaction: a failure stores nothing; a trial run ({@code proef}) reports without storing.
 *
 * <p>Fields, by their own name or the short names of the Twente feed: {@code agb}, {@code aanbieder}
 * ({@code p}), {@code aanbod} ({@code w}), {@code productcode}, {@code locatie} ({@code l}),
 * {@code doelgroep} ({@code d}), {@code weken_tot_intake} ({@code i}, text in {@code itext}),
 * {@code weken_tot_start} ({@code b}, text in {@code btext}), {@code vrije_plaatsen},
 * {@code aanmeldstop}, {@code bevestigd_op} ({@code date}), {@code toelichting} ({@code s}),
 * {@code bron_url} ({@code u}). Without a name of the offer its kind ({@code soort}, {@code a}: "Behandeling,
 * Diagnostiek") names it.
 */
@Service
public class WachttijdImportService {

    private final WachttijdService wachttijden;
    private final AanbiederService aanbieders;
    private final ProductService producten;
    private final Clock clock;

    WachttijdImportService(
            WachttijdService wachttijden, AanbiederService aanbieders, ProductService producten, Clock clock) {
        this.wachttijden = wachttijden;
        this.aanbieders = aanbieders;
        this.producten = producten;
        this.clock = clock;
    }

    /** Imports the feed and answers with the report of every line. */
    @Transactional
    public Importverslag importeer(byte[] bestand, boolean proef) {
        Importverslag verslag = new Importverslag(proef);
        importeer(bestand, verslag);
        return verslag;
    }

    /** Imports the feed, adding each line to {@code verslag} as soon as it is handled. */
    @Transactional
    public void importeer(byte[] bestand, Importverslag verslag) {
        List<Map<String, Object>> rijen = Bronbestand.lees(bestand);
        if (rijen.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand bevat geen regels");
        }
        verslag.begin(rijen.size());
        Import feed = new Import(aanbieders.naamsleutels(), aanbieders.namen(), LocalDate.now(clock));
        for (int i = 0; i < rijen.size(); i++) {
            verslag.voegToe(feed.verwerk(Feedregel.uit(i + 1, rijen.get(i))));
        }
        if (verslag.proef()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /** One line of the feed, read by the field names the feeds use. */
    record Feedregel(
            int regel,
            String naam,
            String agb,
            String aanbod,
            String productcode,
            String locatie,
            String doelgroep,
            String intakeTekst,
            String startTekst,
            Map<String, Object> velden) {

        static Feedregel uit(int regel, Map<String, Object> rij) {
            return new Feedregel(
                    regel,
                    Bronbestand.tekst(rij, "aanbieder", "aanbiedernaam", "p", "naam"),
                    Bronbestand.tekst(rij, "agb", "agb_code", "agbcode"),
                    Bronbestand.tekst(rij, "aanbod", "w", "afdeling", "soort", "a"),
                    Bronbestand.tekst(rij, "productcode"),
                    Bronbestand.tekst(rij, "locatie", "l"),
                    Bronbestand.tekst(rij, "doelgroep", "d"),
                    Bronbestand.tekst(rij, "itext", "weken_tot_intake_tekst", "wachttijd_intake_tekst"),
                    Bronbestand.tekst(rij, "btext", "weken_tot_start_tekst", "wachttijd_start_tekst"),
                    rij);
        }

        String veld(String... namen) {
            return Bronbestand.tekst(velden, namen);
        }

        boolean isJeugdhulp() {
            return doelgroep == null || doelgroep.toLowerCase(Locale.ROOT).contains("jeugd");
        }
    }

    /** A line that is not stored, with its outcome and the reason. */
    private static final class Afgewezen extends Exception {

        private final Importuitkomst uitkomst;

        Afgewezen(Importuitkomst uitkomst, String reden) {
            super(reden, null, false, false);
            this.uitkomst = uitkomst;
        }
    }

    /** One run over a feed: the register as it was at the start, and the offers seen so far. */
    private final class Import {

        private final Map<String, AgbCode> naamsleutels;
        private final Map<AgbCode, String> namen;
        private final LocalDate vandaag;
        private final Map<String, Integer> gezien = new HashMap<>();
        private final Map<String, Boolean> productBestaat = new HashMap<>();

        Import(Map<String, AgbCode> naamsleutels, Map<AgbCode, String> namen, LocalDate vandaag) {
            this.naamsleutels = naamsleutels;
            this.namen = namen;
            this.vandaag = vandaag;
        }

        Importregel verwerk(Feedregel regel) {
            String aanbod = aanbod(regel);
            try {
                if (!regel.isJeugdhulp()) {
                    throw new Afgewezen(
                            Importuitkomst.OVERGESLAGEN, "Doelgroep " + regel.doelgroep() + ": geen jeugdhulp");
                }
                AgbCode agb = koppel(regel);
                controleerAanbod(regel);
                List<String> opmerkingen = new ArrayList<>();
                Wachttijdgegevens gegevens = gegevens(regel, agb, opmerkingen);
                controleerUniek(regel, agb);
                boolean bestond = wachttijden.bestaat(agb, regel.productcode(), regel.aanbod(), regel.locatie());
                wachttijden.slaOp(gegevens, Wachttijdbron.IMPORT);
                return new Importregel(
                        regel.regel(),
                        aanbieder(regel),
                        aanbod,
                        bestond ? Importuitkomst.BIJGEWERKT : Importuitkomst.NIEUW,
                        opmerkingen.isEmpty() ? null : String.join("; ", opmerkingen));
            } catch (Afgewezen e) {
                return new Importregel(regel.regel(), aanbieder(regel), aanbod, e.uitkomst, e.getMessage());
            }
        }

        /** The aanbieder of the line: by its AGB code when the line has one, else by its name. */
        private AgbCode koppel(Feedregel regel) throws Afgewezen {
            if (regel.agb() != null) {
                AgbCode agb;
                try {
                    agb = new AgbCode(regel.agb());
                } catch (OngeldigeWaarde e) {
                    throw new Afgewezen(
                            Importuitkomst.FOUT, "AGB-code '" + regel.agb() + "' bestaat niet uit 8 cijfers");
                }
                if (!namen.containsKey(agb)) {
                    throw new Afgewezen(
                            Importuitkomst.NIET_GEKOPPELD, "AGB-code " + agb + " staat niet in het aanbiedersregister");
                }
                return agb;
            }
            if (regel.naam() == null) {
                throw new Afgewezen(Importuitkomst.FOUT, "Aanbieder ontbreekt: geen AGB-code en geen naam");
            }
            AgbCode agb = naamsleutels.get(Naamsleutel.van(regel.naam()));
            if (agb == null) {
                throw new Afgewezen(
                        Importuitkomst.NIET_GEKOPPELD,
                        "Aanbieder '" + regel.naam() + "' staat niet in het aanbiedersregister");
            }
            return agb;
        }

        /** An offer is a known product or a named offer. */
        private void controleerAanbod(Feedregel regel) throws Afgewezen {
            String code = regel.productcode();
            if (code != null
                    && !productBestaat.computeIfAbsent(
                            code, c -> producten.product(c).isPresent())) {
                throw new Afgewezen(Importuitkomst.FOUT, "Productcode " + code + " bestaat niet");
            }
            if (regel.aanbod() == null && code == null) {
                throw new Afgewezen(
                        Importuitkomst.FOUT, "Aanbod ontbreekt: geen productcode en geen naam van het aanbod");
            }
        }

        /** The values of the line; how a value was read or corrected is added to {@code opmerkingen}. */
        private Wachttijdgegevens gegevens(Feedregel regel, AgbCode agb, List<String> opmerkingen) throws Afgewezen {
            Optional<BigDecimal> intake;
            Optional<BigDecimal> start;
            Optional<Integer> plaatsen;
            try {
                intake = weken(
                        regel,
                        regel.intakeTekst(),
                        opmerkingen,
                        "tot intake",
                        "weken_tot_intake",
                        "i",
                        "wachttijd_intake");
                start = weken(
                        regel,
                        regel.startTekst(),
                        opmerkingen,
                        "tot start",
                        "weken_tot_start",
                        "b",
                        "weken_intake_tot_start");
                plaatsen = plaatsen(regel.veld("vrije_plaatsen", "plaatsen"));
            } catch (IllegalArgumentException e) {
                throw new Afgewezen(Importuitkomst.FOUT, e.getMessage());
            }
            boolean aanmeldstop = Wachtduurtekst.isAanmeldstop(regel.intakeTekst())
                    || Wachtduurtekst.isAanmeldstop(regel.startTekst())
                    || janee(regel.veld("aanmeldstop"));
            if (intake.isEmpty() && start.isEmpty() && plaatsen.isEmpty() && !aanmeldstop) {
                throw new Afgewezen(Importuitkomst.FOUT, geenWachttijd(regel));
            }
            return new Wachttijdgegevens(
                    agb,
                    regel.productcode(),
                    regel.aanbod(),
                    regel.locatie(),
                    intake.orElse(null),
                    start.orElse(null),
                    plaatsen.orElse(null),
                    aanmeldstop,
                    regel.veld("toelichting", "s"),
                    regel.veld("bron_url", "u", "url"),
                    datum(regel.veld("bevestigd_op", "date", "datum", "peildatum"), vandaag, opmerkingen));
        }

        /** The same offer (aanbieder, product, aanbod, locatie) once per feed. */
        private void controleerUniek(Feedregel regel, AgbCode agb) throws Afgewezen {
            String sleutel =
                    agb.value() + "|" + kleineLetters(regel.productcode()).toUpperCase(Locale.ROOT) + "|"
                            + kleineLetters(regel.aanbod()) + "|" + kleineLetters(regel.locatie());
            Integer eerder = gezien.putIfAbsent(sleutel, regel.regel());
            if (eerder != null) {
                throw new Afgewezen(Importuitkomst.FOUT, "Dubbel: hetzelfde aanbod staat al op regel " + eerder);
            }
        }

        /**
         * Who the line is about, for the report: the AGB code, with the aanbieder's name when the register knows
         * it (also for a line linked by name) and else the name in the feed; without either, "(geen aanbieder)".
         */
        private String aanbieder(Feedregel regel) {
            AgbCode bekend = regel.agb() != null
                    ? geldigeAgb(regel.agb()).filter(namen::containsKey).orElse(null)
                    : regel.naam() == null ? null : naamsleutels.get(Naamsleutel.van(regel.naam()));
            if (bekend != null) {
                return bekend.value() + " " + namen.get(bekend);
            }
            if (regel.agb() != null) {
                return regel.naam() == null ? regel.agb() : regel.agb() + " " + regel.naam();
            }
            return regel.naam() == null ? "(geen aanbieder)" : regel.naam();
        }
    }

    private static Optional<AgbCode> geldigeAgb(String tekst) {
        try {
            return Optional.of(new AgbCode(tekst));
        } catch (OngeldigeWaarde e) {
            return Optional.empty();
        }
    }

    private static String aanbod(Feedregel regel) {
        StringBuilder tekst = new StringBuilder();
        tekst.append(regel.aanbod() != null ? regel.aanbod() : regel.productcode() != null ? regel.productcode() : "");
        if (regel.locatie() != null) {
            tekst.append(tekst.isEmpty() ? "" : " ")
                    .append('(')
                    .append(regel.locatie())
                    .append(')');
        }
        return tekst.isEmpty() ? null : tekst.toString();
    }

    private static String geenWachttijd(Feedregel regel) {
        String teksten = String.join(
                ", ",
                Stream.of(regel.intakeTekst(), regel.startTekst())
                        .filter(t -> t != null)
                        .map(t -> "'" + t + "'")
                        .toList());
        return teksten.isEmpty()
                ? "Geen wachttijd in de bron: wachttijd tot intake en tot start ontbreken"
                : "Geen wachttijd in weken te lezen uit " + teksten;
    }

    private static String kleineLetters(String tekst) {
        return tekst == null ? "" : tekst.toLowerCase(Locale.ROOT);
    }

    /** A number of weeks from the numeric field, else from the text; refuses impossible values. */
    private static Optional<BigDecimal> weken(
            Feedregel regel, String tekst, List<String> opmerkingen, String soort, String... velden) {
        String waarde = regel.veld(velden);
        Optional<BigDecimal> weken;
        if (waarde != null) {
            try {
                weken = Optional.of(new BigDecimal(waarde.replace(',', '.')));
            } catch (NumberFormatException e) {
                weken = Wachtduurtekst.weken(waarde);
                if (weken.isEmpty() && !Wachtduurtekst.isAanmeldstop(waarde)) {
                    opmerkingen.add("wachttijd " + soort + " '" + waarde + "' is geen aantal weken");
                }
            }
        } else {
            weken = Wachtduurtekst.weken(tekst);
            weken.ifPresent(w -> opmerkingen.add(
                    "wachttijd " + soort + " gelezen uit de tekst '" + tekst + "' als " + Notatie.getal(w) + " weken"));
        }
        if (weken.isPresent()
                && (weken.get().signum() < 0 || weken.get().compareTo(WachttijdService.MAXIMUM_WEKEN) > 0)) {
            throw new IllegalArgumentException(
                    "Wachttijd " + soort + " van " + Notatie.getal(weken.get()) + " weken is onmogelijk (0 tot 520)");
        }
        return weken;
    }

    private static Optional<Integer> plaatsen(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        try {
            int aantal = new BigDecimal(tekst.replace(',', '.')).intValueExact();
            if (aantal < 0) {
                throw new IllegalArgumentException("Het aantal vrije plaatsen " + aantal + " is negatief");
            }
            return Optional.of(aantal);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Vrije plaatsen '" + tekst + "' is geen geheel getal");
        }
    }

    /** The confirmation date: a day, or a month (its first day); absent or in the future: today. */
    private static LocalDate datum(String tekst, LocalDate vandaag, List<String> opmerkingen) {
        if (tekst == null) {
            opmerkingen.add("geen datum in de bron, bevestigd op de importdatum");
            return vandaag;
        }
        LocalDate datum;
        try {
            String waarde = tekst.length() >= 10 ? tekst.substring(0, 10) : tekst;
            if (waarde.matches("\\d{4}-\\d{2}")) {
                datum = YearMonth.parse(waarde).atDay(1);
                opmerkingen.add("alleen de maand " + waarde + " bekend, bevestigd op de eerste van die maand");
            } else {
                datum = LocalDate.parse(waarde);
            }
        } catch (DateTimeParseException e) {
            opmerkingen.add("datum '" + tekst + "' is onleesbaar, bevestigd op de importdatum");
            return vandaag;
        }
        if (datum.isAfter(vandaag)) {
            opmerkingen.add("datum " + Notatie.datum(datum) + " ligt na de importdatum, bevestigd op de importdatum");
            return vandaag;
        }
        return datum;
    }

    private static boolean janee(String tekst) {
        return tekst != null && tekst.toLowerCase(Locale.ROOT).matches("ja|j|true|1|yes");
    }
}
