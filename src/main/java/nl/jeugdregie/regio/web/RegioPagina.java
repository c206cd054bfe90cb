package nl.jeugdregie.regio.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.regio.Gemeente;
import nl.jeugdregie.regio.RegioService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The region overview for everyone, and gemeente management for BEHEERDER. */
@Controller
class RegioPagina {

    private final RegioService regioService;
    private final Clock clock;

    RegioPagina(RegioService regioService, Clock clock) {
        this.regioService = regioService;
        this.clock = clock;
    }

    @Bean
    static Menuitem regioMenu() {
        return new Menuitem(
                "Regio",
                "De gemeenten van de regio en de jeugdregio's van Nederland.",
                "/regio",
                Set.of("TOEGANG", "BACKOFFICE", "INKOOP", "ANALIST", "AANBIEDER", "BEHEERDER"),
                90);
    }

    @Bean
    static Menuitem gemeentenBeheerMenu() {
        return new Menuitem(
                "Gemeenten beheren",
                "Gemeenten toevoegen en wijzigen, lidmaatschap van jeugdregio's bijhouden.",
                "/beheer/gemeenten",
                Set.of("BEHEERDER"),
                91);
    }

    @GetMapping("/regio")
    String regio(Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("regio", regioService.platformregioGegevens());
        model.addAttribute("gemeenten", regioService.gemeentenVan(regioService.platformregio(), vandaag));
        model.addAttribute("jeugdregios", regioService.jeugdregios());
        model.addAttribute("peildatum", vandaag);
        return "regio/regio";
    }

    @GetMapping("/beheer/gemeenten")
    @PreAuthorize("hasRole('BEHEERDER')")
    String gemeenten(
            @RequestParam(required = false) String naam,
            @RequestParam(required = false) String jeugdregio,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Resultaatpagina<Gemeente> pagina =
                regioService.zoekGemeenten(naam, jeugdregio, new Paginering(Math.max(1, page), 25));
        model.addAttribute("pagina", pagina);
        model.addAttribute("naam", naam);
        model.addAttribute("jeugdregio", jeugdregio);
        model.addAttribute("jeugdregios", regioService.jeugdregios());
        return "regio/gemeenten";
    }

    @GetMapping("/beheer/gemeenten/nieuw")
    @PreAuthorize("hasRole('BEHEERDER')")
    String nieuw(Model model) {
        model.addAttribute("formulier", GemeenteFormulier.leeg());
        model.addAttribute("nieuw", true);
        return "regio/gemeente-formulier";
    }

    @PostMapping("/beheer/gemeenten/nieuw")
    @PreAuthorize("hasRole('BEHEERDER')")
    String voegToe(
            @Valid @ModelAttribute("formulier") GemeenteFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                regioService.voegGemeenteToe(
                        new GemeenteCode(formulier.code()), formulier.naam(), formulier.provincie());
                redirect.addFlashAttribute("succes", "Gemeente " + formulier.naam() + " is toegevoegd.");
                return "redirect:/beheer/gemeenten/" + formulier.code();
            } catch (Conflict e) {
                fouten.rejectValue("code", "bestaat", e.getMessage());
            }
        }
        model.addAttribute("nieuw", true);
        return "regio/gemeente-formulier";
    }

    @GetMapping("/beheer/gemeenten/{code}")
    @PreAuthorize("hasRole('BEHEERDER')")
    String gemeente(@PathVariable String code, Model model) {
        Gemeente gemeente = vind(code);
        model.addAttribute("gemeente", gemeente);
        if (!model.containsAttribute("formulier")) {
            model.addAttribute(
                    "formulier", new GemeenteFormulier(gemeente.code().value(), gemeente.naam(), gemeente.provincie()));
        }
        if (!model.containsAttribute("lidmaatschapFormulier")) {
            model.addAttribute("lidmaatschapFormulier", LidmaatschapFormulier.leeg());
        }
        model.addAttribute("nieuw", false);
        model.addAttribute("lidmaatschappen", regioService.lidmaatschappen(gemeente.code()));
        model.addAttribute("jeugdregios", regioService.jeugdregios());
        return "regio/gemeente";
    }

    @PostMapping("/beheer/gemeenten/{code}")
    @PreAuthorize("hasRole('BEHEERDER')")
    String wijzig(
            @PathVariable String code,
            @Valid @ModelAttribute("formulier") GemeenteFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Gemeente gemeente = vind(code);
        if (!gemeente.code().value().equals(formulier.code())) {
            fouten.rejectValue("code", "anders", "De gemeentecode kan niet worden gewijzigd");
        }
        if (fouten.hasErrors()) {
            return gemeente(code, model);
        }
        regioService.wijzigGemeente(gemeente.code(), formulier.naam(), formulier.provincie());
        redirect.addFlashAttribute("succes", "Gemeente " + formulier.naam() + " is gewijzigd.");
        return "redirect:/beheer/gemeenten/" + code;
    }

    @PostMapping("/beheer/gemeenten/{code}/lidmaatschappen")
    @PreAuthorize("hasRole('BEHEERDER')")
    String voegLidmaatschapToe(
            @PathVariable String code,
            @Valid @ModelAttribute("lidmaatschapFormulier") LidmaatschapFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Gemeente gemeente = vind(code);
        if (!fouten.hasErrors()) {
            try {
                regioService.voegLidmaatschapToe(
                        gemeente.code(), formulier.jeugdregio(), formulier.begindatum(), formulier.einddatum());
                redirect.addFlashAttribute("succes", "Lidmaatschap is toegevoegd.");
                return "redirect:/beheer/gemeenten/" + code;
            } catch (Conflict e) {
                fouten.reject("overlap", e.getMessage());
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            }
        }
        return gemeente(code, model);
    }

    @PostMapping("/beheer/gemeenten/{code}/lidmaatschappen/{id}/einde")
    @PreAuthorize("hasRole('BEHEERDER')")
    String beeindig(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(required = false) LocalDate einddatum,
            RedirectAttributes redirect) {
        Gemeente gemeente = vind(code);
        if (einddatum == null) {
            redirect.addFlashAttribute("fout", "Vul een einddatum in om het lidmaatschap te beëindigen.");
        } else if (regioService.lidmaatschappen(gemeente.code()).stream().noneMatch(l -> l.id() == id)) {
            throw new NietGevonden("Lidmaatschap bestaat niet");
        } else {
            try {
                regioService.beeindigLidmaatschap(id, einddatum);
                redirect.addFlashAttribute("succes", "Lidmaatschap is beëindigd.");
            } catch (Conflict | OngeldigeInvoer e) {
                redirect.addFlashAttribute(
                        "fout",
                        e instanceof OngeldigeInvoer o ? o.parameters().get(0).reason() : e.getMessage());
            }
        }
        return "redirect:/beheer/gemeenten/" + code;
    }

    private Gemeente vind(String code) {
        try {
            return regioService
                    .gemeente(GemeenteCode.parse(code))
                    .orElseThrow(() -> new NietGevonden("Gemeente " + code + " bestaat niet"));
        } catch (nl.jeugdregie.kern.OngeldigeWaarde e) {
            throw new NietGevonden("Gemeente " + code + " bestaat niet");
        }
    }
}
