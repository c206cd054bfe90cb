package nl.jeugdregie.financien.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.financien.Begroting;
import nl.jeugdregie.financien.BegrotingService;
import nl.jeugdregie.financien.Begrotingsinvoer;
import nl.jeugdregie.financien.Begrotingsinvoer.Invoerregel;
import nl.jeugdregie.financien.Begrotingsregel;
import nl.jeugdregie.financien.Begrotingsversie;
import nl.jeugdregie.financien.Financieelbeeld;
import nl.jeugdregie.financien.FinancienService;
import nl.jeugdregie.financien.Kostenvergelijking;
import nl.jeugdregie.financien.Kostenvergelijkingen;
import nl.jeugdregie.financien.Taakveld;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The financial picture of a gemeente in a year (begroting, realisatie, verplichtingen and prognose per hulpvorm, as
 * chart and table, with an XLSX export) and the begroting with its versions, entered on the page or from a file.
 */
@Controller
@PreAuthorize(Financienrollen.LEZEN)
class FinancienPagina {

    /** Empty rows the begroting form offers below the current lines. */
    private static final int LEGE_REGELS = 5;

    private final FinancienService financien;
    private final BegrotingService begrotingen;
    private final Kostenvergelijkingen vergelijkingen;
    private final Raadsrapport rapport;
    private final Namen namen;
    private final Clock clock;

    FinancienPagina(
            FinancienService financien,
            BegrotingService begrotingen,
            Kostenvergelijkingen vergelijkingen,
            Raadsrapport rapport,
            Namen namen,
            Clock clock) {
        this.financien = financien;
        this.begrotingen = begrotingen;
        this.vergelijkingen = vergelijkingen;
        this.rapport = rapport;
        this.namen = namen;
        this.clock = clock;
    }

    @Bean
    static Menuitem financienMenu() {
        return new Menuitem(
                "Financiën",
                "Begroting, realisatie, verplichtingen en de prognose van het jaar per hulpvorm.",
                "/financien",
                Set.of("BACKOFFICE", "ANALIST", "BEHEERDER", "TOEGANG"),
                8);
    }

    /** The gemeente and year asked for, or the first visible gemeente and this year. */
    record Keuze(GemeenteCode gemeente, int jaar) {}

    @GetMapping("/financien")
    String overzicht(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar, Model model) {
        Keuze keuze = keuze(gemeente, jaar);
        Financieelbeeld beeld = financien.beeld(keuze.gemeente(), keuze.jaar());
        vulAan(model, keuze);
        model.addAttribute("beeld", beeld);
        model.addAttribute("verloop", financien.verloop(beeld));
        model.addAttribute("grafiek", Financienweergave.grafiek(beeld));
        model.addAttribute("maanden", Financienweergave.MAANDEN);
        return "financien/overzicht";
    }

    @GetMapping("/financien/vergelijking")
    String vergelijking(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar, Model model) {
        Keuze keuze = keuze(gemeente, jaar);
        Kostenvergelijking vergelijking = vergelijkingen.vergelijk(keuze.gemeente(), keuze.jaar());
        vulAan(model, keuze);
        model.addAttribute("vergelijking", vergelijking);
        model.addAttribute("grafiek", Financienweergave.grafiek(vergelijking));
        return "financien/vergelijking";
    }

    @GetMapping("/financien/vergelijking.xlsx")
    ResponseEntity<byte[]> vergelijkingExport(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar) {
        Keuze keuze = keuze(gemeente, jaar);
        return xlsx(
                "vergelijking",
                keuze,
                Financienweergave.tabel(vergelijkingen.vergelijk(keuze.gemeente(), keuze.jaar())));
    }

    @GetMapping("/financien/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar) {
        Keuze keuze = keuze(gemeente, jaar);
        Financieelbeeld beeld = financien.beeld(keuze.gemeente(), keuze.jaar());
        return xlsx("financien", keuze, Financienweergave.tabel(beeld, financien.verloop(beeld), namen));
    }

    /** The financial picture as a PDF/UA report for the gemeenteraad, under the same scope as the page. */
    @GetMapping("/financien/rapport.pdf")
    ResponseEntity<byte[]> rapport(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar) {
        Keuze keuze = keuze(gemeente, jaar);
        return bijlage(
                "financien-gemeenteraad",
                keuze,
                "pdf",
                MediaType.APPLICATION_PDF,
                rapport.maak(keuze.gemeente(), keuze.jaar()));
    }

    /** The table as an XLSX download named {@code soort-gemeente-jaar.xlsx}. */
    private static ResponseEntity<byte[]> xlsx(String soort, Keuze keuze, Tabel tabel) {
        return bijlage(soort, keuze, "xlsx", MediaType.parseMediaType(Tabel.XLSX), tabel.xlsx());
    }

    /** A download named {@code soort-gemeente-jaar.extensie}. */
    private static ResponseEntity<byte[]> bijlage(
            String soort, Keuze keuze, String extensie, MediaType soortInhoud, byte[] inhoud) {
        return ResponseEntity.ok()
                .contentType(soortInhoud)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Bijlage.als(soort + "-" + keuze.gemeente().value() + "-" + keuze.jaar() + "." + extensie)
                                .toString())
                .body(inhoud);
    }

    @GetMapping("/financien/begroting")
    String begroting(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar, Model model) {
        Keuze keuze = keuze(gemeente, jaar);
        Begroting begroting = begrotingen.begroting(keuze.gemeente(), keuze.jaar());
        vulAan(model, keuze);
        model.addAttribute("begroting", begroting);
        List<Begrotingsversie> nieuwsteEerst = new ArrayList<>(begroting.versies());
        java.util.Collections.reverse(nieuwsteEerst);
        model.addAttribute("versies", nieuwsteEerst);
        if (!model.containsAttribute("regels")) {
            model.addAttribute("regels", formulierregels(begroting));
        }
        model.addAttribute("taakvelden", Taakveld.values());
        model.addAttribute("hulpvormen", Jeugdzorgvorm.values());
        model.addAttribute("magWijzigen", begrotingen.magWijzigen());
        return "financien/begroting";
    }

    @GetMapping("/financien/begroting/export.xlsx")
    ResponseEntity<byte[]> begrotingExport(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String jaar) {
        Keuze keuze = keuze(gemeente, jaar);
        return xlsx("begroting", keuze, Financienweergave.tabel(begrotingen.begroting(keuze.gemeente(), keuze.jaar())));
    }

    /** One line of the begroting form as typed; the amount in euros. */
    record Formulierregel(String taakveld, String hulpvorm, String bedrag) {}

    @PostMapping("/financien/begroting")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    String legVast(
            @RequestParam String gemeente,
            @RequestParam String jaar,
            @RequestParam(required = false) String toelichting,
            @RequestParam(name = "taakveld", required = false) List<String> taakvelden,
            @RequestParam(name = "hulpvorm", required = false) List<String> hulpvormen,
            @RequestParam(name = "bedrag", required = false) List<String> bedragen,
            Model model,
            RedirectAttributes redirect) {
        Keuze keuze = keuze(gemeente, jaar);
        List<Formulierregel> regels = new ArrayList<>();
        List<Invoerregel> invoer = new ArrayList<>();
        int aantal = Math.max(lengte(taakvelden), Math.max(lengte(hulpvormen), lengte(bedragen)));
        for (int i = 0; i < aantal; i++) {
            Formulierregel regel = new Formulierregel(uit(taakvelden, i), uit(hulpvormen, i), uit(bedragen, i));
            regels.add(regel);
            if (!leeg(regel.taakveld()) || !leeg(regel.hulpvorm()) || !leeg(regel.bedrag())) {
                invoer.add(
                        new Invoerregel("regel " + (i + 1), false, regel.taakveld(), regel.hulpvorm(), regel.bedrag()));
            }
        }
        try {
            Begroting begroting = begrotingen.legVast(
                    keuze.gemeente(),
                    keuze.jaar(),
                    null,
                    toelichting,
                    Begrotingsinvoer.lees(invoer, Begrotingsinvoer.Bedragnotatie.EURO));
            return naarBegroting(keuze, begroting, redirect);
        } catch (OngeldigeInvoer e) {
            model.addAttribute("formulierfouten", fouten(e));
            model.addAttribute("regels", aangevuld(regels));
            model.addAttribute("toelichting", toelichting);
            return begroting(gemeente, jaar, model);
        }
    }

    @PostMapping("/financien/begroting/import")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    String importeer(
            @RequestParam String gemeente,
            @RequestParam String jaar,
            @RequestParam(required = false) String toelichting,
            @RequestParam(required = false) MultipartFile bestand,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Keuze keuze = keuze(gemeente, jaar);
        try {
            Begroting begroting = begrotingen.importeer(
                    keuze.gemeente(), keuze.jaar(), toelichting, bestand == null ? null : bestand.getBytes());
            return naarBegroting(keuze, begroting, redirect);
        } catch (OngeldigeInvoer e) {
            model.addAttribute("importfouten", fouten(e));
            return begroting(gemeente, jaar, model);
        }
    }

    /** POST-redirect-GET to the begroting, with what was stored as the flash message. */
    private static String naarBegroting(Keuze keuze, Begroting begroting, RedirectAttributes redirect) {
        redirect.addFlashAttribute("succes", vastgelegd(begroting));
        return "redirect:/financien/begroting?gemeente=" + keuze.gemeente().value() + "&jaar=" + keuze.jaar();
    }

    private static String vastgelegd(Begroting begroting) {
        Begrotingsversie versie = begroting.actueel().orElseThrow();
        return versie.soort().omschrijving() + " (versie " + versie.versie() + ") vastgelegd: "
                + versie.regels().size() + (versie.regels().size() == 1 ? " regel" : " regels") + ", totaal "
                + versie.totaal() + ".";
    }

    /** Every problem of {@code e} as a Dutch sentence for the page. */
    static List<String> fouten(OngeldigeInvoer e) {
        return e.parameters().stream().map(FinancienPagina::fout).toList();
    }

    private static String fout(OngeldigeParameter fout) {
        String veld = fout.name();
        if (veld.startsWith("regel ") || veld.equals("regels") || fout.reason().startsWith(veld + ": ")) {
            return fout.reason();
        }
        return (veld.equals("bestand") ? "Bestand" : Character.toUpperCase(veld.charAt(0)) + veld.substring(1)) + ": "
                + fout.reason();
    }

    private static List<Formulierregel> formulierregels(Begroting begroting) {
        List<Formulierregel> regels = new ArrayList<>();
        for (Begrotingsregel r :
                begroting.actueel().map(Begrotingsversie::regels).orElse(List.of())) {
            regels.add(new Formulierregel(
                    r.taakveld().code(),
                    r.jeugdzorgvorm().code(),
                    r.bedrag().format().replace("€ ", "")));
        }
        return aangevuld(regels);
    }

    private static List<Formulierregel> aangevuld(List<Formulierregel> regels) {
        List<Formulierregel> aangevuld = new ArrayList<>(regels);
        for (int i = 0; i < LEGE_REGELS; i++) {
            aangevuld.add(new Formulierregel("", "", ""));
        }
        return aangevuld;
    }

    private Keuze keuze(String gemeente, String jaar) {
        LocalDate vandaag = LocalDate.now(clock);
        GemeenteCode code = leeg(gemeente)
                ? financien.zichtbareGemeenten().stream()
                        .findFirst()
                        .orElseThrow(() -> new nl.jeugdregie.beveiliging.NietGeautoriseerd(
                                "U hebt geen gemeente om de financiën van te bekijken"))
                : GemeenteCode.parse(gemeente.strip());
        return new Keuze(code, jaar(jaar, vandaag));
    }

    /** The year of a page's query, this year when empty; a Dutch error for anything but four digits. */
    static int jaar(String jaar, LocalDate vandaag) {
        if (leeg(jaar)) {
            return vandaag.getYear();
        } else if (jaar.strip().matches("[0-9]{4}")) {
            return Integer.parseInt(jaar.strip());
        }
        throw new OngeldigeWaarde(
                "Jaar '" + jaar.strip() + "' is geen jaartal, verwacht bijvoorbeeld " + vandaag.getYear());
    }

    /** The years a page offers: next year, this year and the three before. */
    static List<Integer> jaren(LocalDate vandaag) {
        int dit = vandaag.getYear();
        return List.of(dit + 1, dit, dit - 1, dit - 2, dit - 3);
    }

    private void vulAan(Model model, Keuze keuze) {
        model.addAttribute("keuze", keuze);
        model.addAttribute("gemeenten", financien.zichtbareGemeenten());
        model.addAttribute("jaren", jaren(LocalDate.now(clock)));
    }

    private static int lengte(List<String> lijst) {
        return lijst == null ? 0 : lijst.size();
    }

    /** The i-th value of a repeated form field, empty when absent. */
    static String uit(List<String> lijst, int i) {
        return lijst == null || i >= lijst.size() ? "" : lijst.get(i);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
