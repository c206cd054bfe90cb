package nl.jeugdregie.regio.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.regio.Bevolkingscijfers;
import nl.jeugdregie.regio.Bevolkingsimport;
import nl.jeugdregie.regio.Gemeente;
import nl.jeugdregie.regio.Jeugdinwoners;
import nl.jeugdregie.regio.Jeugdregio;
import nl.jeugdregie.regio.RegioService;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inhabitants aged 0-17 per gemeente of a jeugdregio and per year, marked where they are an estimate, for
 * BEHEERDER and ANALIST; the upload of CBS table 03759ned for BEHEERDER, with every problem of a refused file.
 */
@Controller
@PreAuthorize("hasAnyRole('BEHEERDER', 'ANALIST')")
class BevolkingPagina {

    private final Bevolkingscijfers bevolking;
    private final RegioService regioService;
    private final Clock clock;

    BevolkingPagina(Bevolkingscijfers bevolking, RegioService regioService, Clock clock) {
        this.bevolking = bevolking;
        this.regioService = regioService;
        this.clock = clock;
    }

    @Bean
    static Menuitem bevolkingMenu() {
        return new Menuitem(
                "Bevolking",
                "Inwoners van 0 tot en met 17 jaar per gemeente en jaar, de noemer van het bereik; CBS-cijfers inlezen.",
                "/beheer/bevolking",
                Set.of("BEHEERDER", "ANALIST"),
                91);
    }

    /** One gemeente of the table: per year (the columns) its 0-17 count, or null where there is none. */
    record Rij(Gemeente gemeente, List<Jeugdinwoners> perJaar) {}

    @GetMapping("/beheer/bevolking")
    String bevolking(@RequestParam(required = false) String jeugdregio, Model model) {
        Jeugdregio regio = regioService
                .jeugdregio(jeugdregio == null || jeugdregio.isBlank() ? regioService.platformregio() : jeugdregio)
                .orElseGet(regioService::platformregioGegevens);
        LocalDate vandaag = LocalDate.now(clock);
        List<Gemeente> gemeenten = regioService.gemeentenVan(regio.code(), vandaag);
        Map<String, Map<Integer, Jeugdinwoners>> perGemeente = new HashMap<>();
        Set<Integer> jaren = new TreeSet<>();
        Set<String> bronnen = new TreeSet<>();
        for (Jeugdinwoners j :
                bevolking.jeugd0tot17Van(gemeenten.stream().map(Gemeente::code).toList())) {
            perGemeente
                    .computeIfAbsent(j.gemeente().value(), g -> new HashMap<>())
                    .put(j.jaar(), j);
            jaren.add(j.jaar());
            bronnen.add(j.bron());
        }
        model.addAttribute("regio", regio);
        model.addAttribute("jeugdregios", regioService.jeugdregios());
        model.addAttribute("peildatum", vandaag);
        model.addAttribute("jaren", jaren);
        model.addAttribute("bronnen", bronnen);
        model.addAttribute(
                "rijen",
                gemeenten.stream()
                        .map(g -> new Rij(
                                g,
                                jaren.stream()
                                        .map(jaar -> perGemeente
                                                .getOrDefault(g.code().value(), Map.of())
                                                .get(jaar))
                                        .toList()))
                        .toList());
        return "regio/bevolking";
    }

    @PostMapping("/beheer/bevolking/import")
    @PreAuthorize("hasRole('BEHEERDER')")
    String importeer(
            @RequestParam(required = false) MultipartFile bestand,
            Principal gebruiker,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Bevolkingsimport verslag =
                    bevolking.importeer(bestand == null ? null : bestand.getBytes(), gebruiker.getName());
            redirect.addFlashAttribute("succes", samenvatting(verslag));
            return "redirect:/beheer/bevolking";
        } catch (OngeldigeInvoer e) {
            model.addAttribute(
                    "importfouten",
                    e.parameters().stream().map(BevolkingPagina::regel).toList());
            return bevolking(null, model);
        }
    }

    private static String regel(OngeldigeParameter fout) {
        String veld = fout.name();
        return (veld.equals("bestand") ? "Bestand" : Character.toUpperCase(veld.charAt(0)) + veld.substring(1)) + ": "
                + fout.reason();
    }

    private static String samenvatting(Bevolkingsimport verslag) {
        Set<String> peildata = new TreeSet<>();
        verslag.ingelezen().forEach(i -> peildata.add(Notatie.datum(i.peildatum())));
        long gemeenten = verslag.ingelezen().stream()
                .map(Bevolkingsimport.Ingelezen::gemeente)
                .distinct()
                .count();
        return "Ingelezen: de inwoners van 0 tot en met 17 jaar van " + gemeenten
                + (gemeenten == 1 ? " gemeente" : " gemeenten") + " op " + String.join(", ", peildata) + " ("
                + Notatie.getal(verslag.overgeslagen()) + " andere regels overgeslagen).";
    }
}
