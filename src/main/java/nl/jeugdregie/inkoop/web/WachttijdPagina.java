package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.inkoop.Importen;
import nl.jeugdregie.inkoop.Importsoort;
import nl.jeugdregie.inkoop.Importtaak;
import nl.jeugdregie.inkoop.Inkooprechten;
import nl.jeugdregie.inkoop.Wachttijd;
import nl.jeugdregie.inkoop.WachttijdService;
import nl.jeugdregie.inkoop.Wachttijdbron;
import nl.jeugdregie.inkoop.Wachttijdmeting;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wachttijden- en capaciteitsregister: an overview to sort and filter for everyone (an aanbieder
 * sees its own), the history of an entry, entry and change by the aanbieder or the region, and the
 * import of a feed by the region.
 */
@Controller
class WachttijdPagina {

    private final WachttijdService wachttijden;
    private final Importen importen;
    private final Inkooprechten toegang;

    WachttijdPagina(WachttijdService wachttijden, Importen importen, Inkooprechten toegang) {
        this.wachttijden = wachttijden;
        this.importen = importen;
        this.toegang = toegang;
    }

    @Bean
    static Menuitem wachttijdenMenu() {
        return new Menuitem(
                "Wachttijden",
                "Wachttijd tot intake en tot start en vrije plaatsen per aanbieder en aanbod.",
                "/wachttijden",
                Set.of("INKOOP", "BEHEERDER", "BACKOFFICE", "TOEGANG", "ANALIST", "AANBIEDER"),
                35);
    }

    @GetMapping("/wachttijden")
    String overzicht(
            @RequestParam(required = false) String tekst,
            @RequestParam(required = false) String categorie,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) BigDecimal maxWeken,
            @RequestParam(defaultValue = "false") boolean actueel,
            @RequestParam(defaultValue = "false") boolean zonderAanmeldstop,
            @RequestParam(required = false) String sorteer,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AgbCode eigen = toegang.beperktTot().orElse(null);
        WachttijdService.Filter filter = new WachttijdService.Filter(
                eigen,
                tekst,
                categorie == null || categorie.isBlank()
                        ? null
                        : Productcategorie.find(categorie).orElse(null),
                null,
                hulpvorm == null || hulpvorm.isBlank()
                        ? null
                        : Hulpvorm.find(hulpvorm).orElse(null),
                maxWeken,
                actueel,
                zonderAanmeldstop);
        WachttijdService.Sortering sortering;
        try {
            sortering = WachttijdService.Sortering.lees(sorteer);
        } catch (OngeldigeInvoer e) {
            sortering = WachttijdService.Sortering.WACHTTIJD;
        }
        model.addAttribute("pagina", wachttijden.zoek(filter, sortering, new Paginering(Math.max(1, page), 50)));
        model.addAttribute("tekst", tekst);
        model.addAttribute("categorie", categorie);
        model.addAttribute("hulpvorm", hulpvorm);
        model.addAttribute("maxWeken", maxWeken);
        model.addAttribute("actueel", actueel);
        model.addAttribute("zonderAanmeldstop", zonderAanmeldstop);
        model.addAttribute("sorteer", sortering.name());
        model.addAttribute("sorteringen", WachttijdService.Sortering.values());
        model.addAttribute("categorieen", Productcategorie.values());
        model.addAttribute("hulpvormen", Hulpvorm.values());
        model.addAttribute("verouderdNaDagen", wachttijden.verouderdNaDagen());
        model.addAttribute("eigen", eigen);
        model.addAttribute("inkoop", toegang.isInkoop());
        return "inkoop/wachttijden";
    }

    /**
     * The trend of a waiting time for the chart: dates as labels and one series per waiting time,
     * the same numbers as the history table (empty values stay gaps).
     */
    static Map<String, Object> grafiek(List<Wachttijdmeting> historie) {
        List<BigDecimal> intake = new ArrayList<>();
        List<BigDecimal> start = new ArrayList<>();
        historie.forEach(m -> {
            intake.add(m.wekenTotIntake());
            start.add(m.wekenTotStart());
        });
        return Map.of(
                "labels",
                        historie.stream()
                                .map(m -> Notatie.datum(m.bevestigdOp()))
                                .toList(),
                "eenheid", "weken",
                "reeksen",
                        List.of(
                                Map.of("naam", "Weken tot intake", "waarden", intake),
                                Map.of("naam", "Weken van intake tot start", "waarden", start)));
    }

    @GetMapping("/wachttijden/{id}")
    String wachttijd(@PathVariable long id, Model model) {
        Wachttijd wachttijd = vind(id);
        model.addAttribute("wachttijd", wachttijd);
        List<Wachttijdmeting> historie = wachttijden.historie(id);
        model.addAttribute("historie", historie);
        model.addAttribute("grafiek", grafiek(historie));
        model.addAttribute("magWijzigen", magBeheren(wachttijd.agb()));
        model.addAttribute("verouderdNaDagen", wachttijden.verouderdNaDagen());
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", WachttijdFormulier.van(wachttijd));
        }
        return "inkoop/wachttijd";
    }

    @PostMapping("/wachttijden/{id}")
    String wijzig(
            @PathVariable long id,
            @Valid @ModelAttribute("formulier") WachttijdFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Wachttijd wachttijd = vind(id);
        toegang.vereisBeheerWachttijden(wachttijd.agb());
        if (!fouten.hasErrors()) {
            try {
                wachttijden.wijzig(id, formulier.gegevens(wachttijd.agb()), bron());
                redirect.addFlashAttribute("succes", "De wachttijd is bijgewerkt en bevestigd.");
                return "redirect:/wachttijden/" + id;
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            }
        }
        return wachttijd(id, model);
    }

    @GetMapping("/wachttijden/nieuw")
    String nieuw(Model model) {
        AgbCode eigen = toegang.beperktTot().orElse(null);
        if (eigen == null && !toegang.isInkoop()) {
            throw new org.springframework.security.access.AccessDeniedException("Geen toegang");
        }
        model.addAttribute("formulier", WachttijdFormulier.leeg(eigen == null ? "" : eigen.value()));
        model.addAttribute("eigen", eigen);
        return "inkoop/wachttijd-formulier";
    }

    @PostMapping("/wachttijden/nieuw")
    String registreer(
            @Valid @ModelAttribute("formulier") WachttijdFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        AgbCode eigen = toegang.beperktTot().orElse(null);
        model.addAttribute("eigen", eigen);
        AgbCode agb = eigen;
        if (agb == null) {
            if (formulier.agb() == null || formulier.agb().isBlank()) {
                fouten.rejectValue("agb", "leeg", "Vul de AGB-code van de aanbieder in");
            } else if (!fouten.hasFieldErrors("agb")) {
                agb = new AgbCode(formulier.agb());
            }
        }
        if (agb != null) {
            toegang.vereisBeheerWachttijden(agb);
        }
        if (!fouten.hasErrors() && agb != null) {
            try {
                Wachttijd wachttijd = wachttijden.registreer(formulier.gegevens(agb), bron());
                redirect.addFlashAttribute("succes", "De wachttijd is geregistreerd.");
                return "redirect:/wachttijden/" + wachttijd.id();
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            } catch (NietGevonden e) {
                fouten.rejectValue("agb", "onbekend", e.getMessage());
            }
        }
        return "inkoop/wachttijd-formulier";
    }

    @GetMapping("/wachttijden/import")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String importPagina() {
        return "inkoop/wachttijden-import";
    }

    @PostMapping("/wachttijden/import")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String importeer(
            @RequestParam(required = false) MultipartFile bestand,
            @RequestParam(defaultValue = "false") boolean proef,
            RedirectAttributes redirect)
            throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            redirect.addFlashAttribute("fout", "Kies een bestand (JSON of CSV) om in te lezen.");
            return "redirect:/wachttijden/import";
        }
        Importtaak taak = importen.start(Importsoort.WACHTTIJDEN, bestand.getBytes(), proef);
        return "redirect:/inkoop/importen/" + taak.id();
    }

    private Wachttijdbron bron() {
        return toegang.isInkoop() ? Wachttijdbron.REGIO : Wachttijdbron.AANBIEDER;
    }

    private boolean magBeheren(AgbCode agb) {
        try {
            toegang.vereisBeheerWachttijden(agb);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private Wachttijd vind(long id) {
        Wachttijd wachttijd = wachttijden.vereis(id);
        toegang.vereisInzageAanbieder(wachttijd.agb());
        return wachttijd;
    }
}
