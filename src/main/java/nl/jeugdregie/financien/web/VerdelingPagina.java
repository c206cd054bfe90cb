package nl.jeugdregie.financien.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.financien.Deelverdeling;
import nl.jeugdregie.financien.Inkoopdeel;
import nl.jeugdregie.financien.Sleutelinvoer;
import nl.jeugdregie.financien.Sleutelinvoer.Invoersleutel;
import nl.jeugdregie.financien.Sleutelversie;
import nl.jeugdregie.financien.Verdeling;
import nl.jeugdregie.financien.VerdelingService;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.OngeldigeInvoer;
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

/**
 * The verdeling in the region for a year: the settlement per gemeente (chart and table) and per part of the inkoop,
 * the versions of the keys, an XLSX export, and the form on which the backoffice sets the keys.
 */
@Controller
@PreAuthorize(Financienrollen.LEZEN)
class VerdelingPagina {

    private final VerdelingService verdeling;
    private final Namen namen;
    private final Clock clock;

    VerdelingPagina(VerdelingService verdeling, Namen namen, Clock clock) {
        this.verdeling = verdeling;
        this.namen = namen;
        this.clock = clock;
    }

    @Bean
    static Menuitem verdelingMenu() {
        return new Menuitem(
                "Verdeling",
                "Verdeelsleutels van de regio en de verrekening van de kosten per gemeente.",
                "/financien/verdeling",
                Set.of("BACKOFFICE", "ANALIST", "BEHEERDER", "TOEGANG"),
                9);
    }

    /** One row of the keys form as typed, percentages in Dutch notation. */
    record Sleutelregel(String deel, String naam, String perInwoner, String perJeugdige, String naarGebruik) {}

    @GetMapping("/financien/verdeling")
    String verdeling(@RequestParam(required = false) String jaar, Model model) {
        int gekozen = FinancienPagina.jaar(jaar, LocalDate.now(clock));
        Verdeling v = verdeling.verdeling(gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", FinancienPagina.jaren(LocalDate.now(clock)));
        model.addAttribute("verdeling", v);
        model.addAttribute("grafiek", Verdelingweergave.grafiek(v, namen));
        model.addAttribute("weergave", Verdelingweergave.VOOR_SJABLONEN);
        List<Sleutelversie> nieuwsteEerst = new ArrayList<>(v.versies());
        java.util.Collections.reverse(nieuwsteEerst);
        model.addAttribute("versies", nieuwsteEerst);
        if (!model.containsAttribute("sleutels")) {
            model.addAttribute("sleutels", formulier(v));
        }
        model.addAttribute("magWijzigen", verdeling.magWijzigen());
        return "financien/verdeling";
    }

    @GetMapping("/financien/verdeling/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String jaar) {
        int gekozen = FinancienPagina.jaar(jaar, LocalDate.now(clock));
        Tabel tabel = Verdelingweergave.tabel(verdeling.verdeling(gekozen), namen);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Tabel.XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Bijlage.als("verdeling-" + gekozen + ".xlsx").toString())
                .body(tabel.xlsx());
    }

    @PostMapping("/financien/verdeling")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    String legVast(
            @RequestParam String jaar,
            @RequestParam(required = false) String toelichting,
            @RequestParam(name = "deel", required = false) List<String> delen,
            @RequestParam(name = "perInwoner", required = false) List<String> perInwoner,
            @RequestParam(name = "perJeugdige", required = false) List<String> perJeugdige,
            @RequestParam(name = "naarGebruik", required = false) List<String> naarGebruik,
            Model model,
            RedirectAttributes redirect) {
        int gekozen = FinancienPagina.jaar(jaar, LocalDate.now(clock));
        List<Sleutelregel> regels = new ArrayList<>();
        List<Invoersleutel> invoer = new ArrayList<>();
        int aantal = delen == null ? 0 : delen.size();
        for (int i = 0; i < aantal; i++) {
            String deel = delen.get(i);
            String naam = Inkoopdeel.find(deel).map(Inkoopdeel::naam).orElse("Regel " + (i + 1));
            Sleutelregel regel = new Sleutelregel(
                    deel,
                    naam,
                    FinancienPagina.uit(perInwoner, i),
                    FinancienPagina.uit(perJeugdige, i),
                    FinancienPagina.uit(naarGebruik, i));
            regels.add(regel);
            invoer.add(
                    new Invoersleutel(naam, false, deel, regel.perInwoner(), regel.perJeugdige(), regel.naarGebruik()));
        }
        try {
            Verdeling v = verdeling.legVast(gekozen, toelichting, Sleutelinvoer.lees(invoer));
            Sleutelversie versie = v.actueel().orElseThrow();
            redirect.addFlashAttribute(
                    "succes", "Verdeelsleutels " + gekozen + " vastgelegd (versie " + versie.versie() + ").");
            return "redirect:/financien/verdeling?jaar=" + gekozen;
        } catch (OngeldigeInvoer e) {
            model.addAttribute("formulierfouten", FinancienPagina.fouten(e));
            model.addAttribute("sleutels", regels);
            model.addAttribute("toelichting", toelichting);
            return verdeling(jaar, model);
        }
    }

    /** The form with the current keys, or naar werkelijk gebruik for a part without one. */
    private static List<Sleutelregel> formulier(Verdeling v) {
        Verdelingweergave w = Verdelingweergave.VOOR_SJABLONEN;
        List<Sleutelregel> regels = new ArrayList<>();
        for (Deelverdeling d : v.delen()) {
            regels.add(new Sleutelregel(
                    d.deel().code(),
                    d.deel().naam(),
                    w.procent(d.sleutel().perInwoner()),
                    w.procent(d.sleutel().perJeugdige()),
                    w.procent(d.sleutel().naarGebruik())));
        }
        return regels;
    }
}
