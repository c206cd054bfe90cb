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

    @Transactional
    public Importverslag importeer(byte[] bestand, boolean proef) {
        List<Map<String, Object>> rijen = Bronbestand.lees(bestand);
        if (rijen.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand bevat geen regels");
        }
        Map<String, AgbCode> sleutels = aanbieders.naamsleutels();
        LocalDate vandaag = LocalDate.now(clock);
        List<Importmelding> nietGekoppeld = new ArrayList<>();
        List<Importmelding> fouten = new ArrayList<>();
        List<Importmelding> overgeslagen = new ArrayList<>();
        List<Importmelding> waarschuwingen = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        int nieuw = 0;
        int bijgewerkt = 0;
        for (int i = 0; i < rijen.size(); i++) {
            int regel = i + 1;
            Map<String, Object> rij = rijen.get(i);
            String naam = Bronbestand.tekst(rij, "aanbieder", "aanbiedernaam", "p", "naam");
            String aanbod = Bronbestand.tekst(rij, "aanbod", "w", "afdeling", "soort", "a");
            String productcode = Bronbestand.tekst(rij, "productcode");
            String locatie = Bronbestand.tekst(rij, "locatie", "l");
            String wat = omschrijving(naam, aanbod, locatie);
            String doelgroep = Bronbestand.tekst(rij, "doelgroep", "d");
            if (doelgroep != null && !doelgroep.toLowerCase(Locale.ROOT).contains("jeugd")) {
                overgeslagen.add(new Importmelding(regel, wat, "Doelgroep " + doelgroep + ": geen jeugdhulp"));
                continue;
            }
            String agbTekst = Bronbestand.tekst(rij, "agb", "agb_code", "agbcode");
            AgbCode agb;
            if (agbTekst != null) {
                try {
                    agb = new AgbCode(agbTekst);
                } catch (OngeldigeWaarde e) {
                    fouten.add(new Importmelding(regel, wat, "AGB-code '" + agbTekst + "' bestaat niet uit 8 cijfers"));
                    continue;
                }
                if (aanbieders.aanbieder(agb).isEmpty()) {
                    nietGekoppeld.add(
                            new Importmelding(regel, wat, "AGB-code " + agb + " staat niet in het aanbiedersregister"));
                    continue;
                }
            } else if (naam == null) {
                fouten.add(new Importmelding(regel, wat, "Aanbieder ontbreekt: geen AGB-code en geen naam"));
                continue;
            } else {
                agb = sleutels.get(Naamsleutel.van(naam));
                if (agb == null) {
                    nietGekoppeld.add(new Importmelding(
                            regel, wat, "Aanbieder '" + naam + "' staat niet in het aanbiedersregister"));
                    continue;
                }
            }
            if (productcode != null && producten.product(productcode).isEmpty()) {
                fouten.add(new Importmelding(regel, wat, "Productcode " + productcode + " bestaat niet"));
                continue;
            }
            if (aanbod == null && productcode == null) {
                fouten.add(new Importmelding(
                        regel, wat, "Aanbod ontbreekt: geen productcode en geen naam van het aanbod"));
                continue;
            }
            List<String> opmerkingen = new ArrayList<>();
            String intakeTekst = Bronbestand.tekst(rij, "itext", "weken_tot_intake_tekst", "wachttijd_intake_tekst");
            String startTekst = Bronbestand.tekst(rij, "btext", "weken_tot_start_tekst", "wachttijd_start_tekst");
            Optional<BigDecimal> intake;
            Optional<BigDecimal> start;
            Optional<Integer> plaatsen;
            try {
                intake =
                        weken(rij, intakeTekst, opmerkingen, "tot intake", "weken_tot_intake", "i", "wachttijd_intake");
                start = weken(
                        rij, startTekst, opmerkingen, "tot start", "weken_tot_start", "b", "weken_intake_tot_start");
                plaatsen = plaatsen(Bronbestand.tekst(rij, "vrije_plaatsen", "plaatsen"));
            } catch (IllegalArgumentException e) {
                fouten.add(new Importmelding(regel, wat, e.getMessage()));
                continue;
            }
            boolean aanmeldstop = WachtduurTekst.isAanmeldstop(intakeTekst)
                    || WachtduurTekst.isAanmeldstop(startTekst)
                    || janee(Bronbestand.tekst(rij, "aanmeldstop"));
            if (intake.isEmpty() && start.isEmpty() && plaatsen.isEmpty() && !aanmeldstop) {
                String teksten = String.join(
                        ", ",
                        java.util.stream.Stream.of(intakeTekst, startTekst)
                                .filter(t -> t != null)
                                .map(t -> "'" + t + "'")
                                .toList());
                fouten.add(new Importmelding(
                        regel,
                        wat,
                        teksten.isEmpty()
                                ? "Geen wachttijd in de bron: wachttijd tot intake en tot start ontbreken"
                                : "Geen wachttijd in weken te lezen uit " + teksten));
                continue;
            }
            LocalDate bevestigd =
                    datum(Bronbestand.tekst(rij, "bevestigd_op", "date", "datum", "peildatum"), vandaag, opmerkingen);
            String sleutel = agb.value() + "|" + (productcode == null ? "" : productcode.toUpperCase(Locale.ROOT)) + "|"
                    + (aanbod == null ? "" : aanbod.toLowerCase(Locale.ROOT)) + "|"
                    + (locatie == null ? "" : locatie.toLowerCase(Locale.ROOT));
            Integer eerder = gezien.putIfAbsent(sleutel, regel);
            if (eerder != null) {
                fouten.add(new Importmelding(regel, wat, "Dubbel: hetzelfde aanbod staat al op regel " + eerder));
                continue;
            }
            boolean bestond = wachttijden.bestaat(agb, productcode, aanbod, locatie);
            wachttijden.registreer(
                    new Wachttijdgegevens(
                            agb,
                            productcode,
                            aanbod,
                            locatie,
                            intake.orElse(null),
                            start.orElse(null),
                            plaatsen.orElse(null),
                            aanmeldstop,
                            Bronbestand.tekst(rij, "toelichting", "s"),
                            Bronbestand.tekst(rij, "bron_url", "u", "url"),
                            bevestigd),
                    Wachttijdbron.IMPORT);
            if (bestond) {
                bijgewerkt++;
            } else {
                nieuw++;
            }
            if (!opmerkingen.isEmpty()) {
                waarschuwingen.add(new Importmelding(regel, wat, String.join("; ", opmerkingen)));
            }
        }
        if (proef) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Importverslag(
                rijen.size(),
                nieuw + bijgewerkt,
                nieuw,
                bijgewerkt,
                nietGekoppeld,
                fouten,
                overgeslagen,
                waarschuwingen,
                proef);
    }

    /** A number of weeks from the numeric field, else from the text; refuses impossible values. */
    private static Optional<BigDecimal> weken(
            Map<String, Object> rij, String tekst, List<String> opmerkingen, String soort, String... velden) {
        String waarde = Bronbestand.tekst(rij, velden);
        Optional<BigDecimal> weken;
        if (waarde != null) {
            try {
                weken = Optional.of(new BigDecimal(waarde.replace(',', '.')));
            } catch (NumberFormatException e) {
                weken = WachtduurTekst.weken(waarde);
                if (weken.isEmpty() && !WachtduurTekst.isAanmeldstop(waarde)) {
                    opmerkingen.add("wachttijd " + soort + " '" + waarde + "' is geen aantal weken");
                }
            }
        } else {
            weken = WachtduurTekst.weken(tekst);
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

    private static String omschrijving(String naam, String aanbod, String locatie) {
        StringBuilder tekst = new StringBuilder(naam == null ? "(geen aanbieder)" : naam);
        if (aanbod != null) {
            tekst.append(" – ").append(aanbod);
        }
        if (locatie != null) {
            tekst.append(" (").append(locatie).append(')');
        }
        return tekst.toString();
    }
}
