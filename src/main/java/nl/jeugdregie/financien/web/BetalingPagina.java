package nl.jeugdregie.financien.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.financien.Betaaldeclaratie;
import nl.jeugdregie.financien.Betaalstatus;
import nl.jeugdregie.financien.BetalingService;
import nl.jeugdregie.financien.Betalingsfilter;
import nl.jeugdregie.financien.Selectie;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.platform.Tabel;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payment of received declaraties: per declaratie the amount to pay (its approved prestaties, credit lines
 * subtracted) and its prestaties with their beoordeling, filtered by gemeente, aanbieder, month and payment status;
 * the export of what is to be paid as CSV or XLSX; and marking declaraties as paid. Paid ones are listed apart.
 */
@Controller
@PreAuthorize(Financienrollen.BETALING)
class BetalingPagina {

    private static final int PAGINAGROOTTE = 50;

    /** The page's status choice that shows every received declaratie. */
    private static final String ALLE = "alle";

    private final BetalingService betalingen;
    private final Namen namen;
    private final Clock clock;

    BetalingPagina(BetalingService betalingen, Namen namen, Clock clock) {
        this.betalingen = betalingen;
        this.namen = namen;
        this.clock = clock;
    }

    @Bean
    static Menuitem betalingMenu() {
        return new Menuitem(
                "Betaling",
                "Ontvangen declaraties: wat te betalen is, de export voor de financiële administratie en wat betaald is.",
                "/financien/betaling",
                Set.of("BACKOFFICE", "BEHEERDER", "TOEGANG"),
                9);
    }

    /** The filter as chosen on the page; the status is te-betalen unless another is chosen. */
    record Keuze(String gemeente, String aanbieder, String periode, String status) {

        static Keuze van(String gemeente, String aanbieder, String periode, String status) {
            return new Keuze(
                    schoon(gemeente),
                    schoon(aanbieder),
                    schoon(periode),
                    schoon(status).isEmpty() ? Betaalstatus.TE_BETALEN.code() : schoon(status));
        }

        Betalingsfilter filter() {
            return Betalingsfilter.lees(gemeente, aanbieder, periode, status.equals(ALLE) ? null : status);
        }

        String query() {
            return UriComponentsBuilder.newInstance()
                    .queryParam("gemeente", gemeente)
                    .queryParam("aanbieder", aanbieder)
                    .queryParam("periode", periode)
                    .queryParam("status", status)
                    .encode(StandardCharsets.UTF_8)
                    .build()
                    .toUriString();
        }

        private static String schoon(String tekst) {
            return tekst == null ? "" : tekst.strip();
        }
    }

    @GetMapping("/financien/betaling")
    String overzicht(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            Model model) {
        Keuze keuze = Keuze.van(gemeente, aanbieder, periode, status);
        Resultaatpagina<Betaaldeclaratie> pagina =
                betalingen.zoek(keuze.filter(), new Paginering(pagina(page), PAGINAGROOTTE));
        model.addAttribute("keuze", keuze);
        model.addAttribute("pagina", pagina);
        model.addAttribute("declaraties", pagina.items());
        model.addAttribute(
                "teBetalenOpPagina",
                Bedrag.som(pagina.items().stream()
                        .filter(d -> d.status() == Betaalstatus.TE_BETALEN)
                        .map(Betaaldeclaratie::teBetalen)
                        .toList()));
        model.addAttribute("selectie", betalingen.teBetalenSelectie(keuze.filter()));
        model.addAttribute("gemeenten", betalingen.zichtbareGemeenten());
        model.addAttribute("keuzes", betalingen.keuzes());
        model.addAttribute("magBetalen", betalingen.magBetalen());
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("maximumKenmerk", BetalingService.MAXIMUM_BETAALKENMERK);
        return "financien/betaling";
    }

    @GetMapping("/financien/betaling/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String periode) {
        Tabel tabel = export(gemeente, aanbieder, periode);
        return bijlage(tabel.csv().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", "csv");
    }

    @GetMapping("/financien/betaling/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String periode) {
        return bijlage(export(gemeente, aanbieder, periode).xlsx(), Tabel.XLSX, "xlsx");
    }

    @PostMapping("/financien/betaling")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    String markeer(
            @RequestParam(name = "declaratie", required = false) List<String> gekozen,
            @RequestParam(required = false) String betaaldatum,
            @RequestParam(required = false) String betaalkenmerk,
            @RequestParam(required = false) String correctiereden,
            @RequestParam(required = false) String selectie,
            @RequestParam(required = false) String selectieAantal,
            @RequestParam(required = false) String selectieEurocent,
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        Keuze keuze = Keuze.van(gemeente, aanbieder, periode, status);
        try {
            List<Betaaldeclaratie> betaald;
            if ("ja".equals(selectie)) {
                betaald = betalingen.markeerSelectieBetaald(
                        keuze.filter(),
                        new Selectie(getal(selectieAantal), new Bedrag(getal(selectieEurocent))),
                        BetalingApi.datum(betaaldatum),
                        betaalkenmerk);
            } else {
                List<Long> ids = new ArrayList<>();
                for (String id : gekozen == null ? List.<String>of() : gekozen) {
                    ids.add(BetalingApi.id(id));
                }
                betaald = betalingen.markeerBetaald(ids, BetalingApi.datum(betaaldatum), betaalkenmerk, correctiereden);
            }
            redirect.addFlashAttribute("succes", gemeld(betaald));
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute(
                    "fout",
                    "Niets als betaald gemarkeerd. "
                            + e.parameters().stream()
                                    .map(OngeldigeParameter::reason)
                                    .collect(Collectors.joining(". ", "", ".")));
        } catch (Conflict | NietGevonden e) {
            redirect.addFlashAttribute("fout", "Niets als betaald gemarkeerd. " + e.getMessage() + ".");
        }
        return "redirect:/financien/betaling" + keuze.query();
    }

    private static String gemeld(List<Betaaldeclaratie> betaald) {
        Betaaldeclaratie eerste = betaald.get(0);
        Bedrag totaal =
                Bedrag.som(betaald.stream().map(d -> d.betaling().bedrag()).toList());
        return (betaald.size() == 1
                        ? "Declaratie " + eerste.declaratienummer() + " is"
                        : betaald.size() + " declaraties zijn")
                + " als betaald vastgelegd op "
                + Notatie.datum(eerste.betaling().betaaldatum()) + " met kenmerk "
                + eerste.betaling().betaalkenmerk() + ", samen " + totaal + ".";
    }

    private Tabel export(String gemeente, String aanbieder, String periode) {
        return Betaalexport.tabel(
                betalingen.teBetalen(Betalingsfilter.lees(gemeente, aanbieder, periode, null)), namen);
    }

    private ResponseEntity<byte[]> bijlage(byte[] inhoud, String type, String extensie) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Bijlage.als("te-betalen-" + LocalDate.now(clock) + "." + extensie)
                                .toString())
                .body(inhoud);
    }

    /** A whole number the page itself wrote into the form. */
    private static long getal(String tekst) {
        String schoon = tekst == null ? "" : tekst.strip();
        if (!schoon.matches("-?[0-9]{1,15}")) {
            throw new OngeldigeInvoer("selectie", "De selectie op de pagina is onvolledig; bekijk haar opnieuw");
        }
        return Long.parseLong(schoon);
    }

    private static int pagina(String page) {
        String schoon = page == null ? "" : page.strip();
        return schoon.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(schoon)) : 1;
    }
}
