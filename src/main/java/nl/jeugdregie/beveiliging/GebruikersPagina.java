package nl.jeugdregie.beveiliging;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.regio.RegioService;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** BEHEERDER manages the local users: roles, scope, access and passwords. */
@Controller
@RequestMapping("/beheer/gebruikers")
@PreAuthorize("hasRole('BEHEERDER')")
class GebruikersPagina {

    private final LokaleGebruikers gebruikers;
    private final RegioService regioService;
    private final Clock clock;

    GebruikersPagina(LokaleGebruikers gebruikers, RegioService regioService, Clock clock) {
        this.gebruikers = gebruikers;
        this.regioService = regioService;
        this.clock = clock;
    }

    @Bean
    static Menuitem gebruikersMenu() {
        return new Menuitem(
                "Gebruikers",
                "Gebruikers toevoegen, rollen en gemeenten of AGB-code toekennen, toegang intrekken.",
                "/beheer/gebruikers",
                Set.of("BEHEERDER"),
                92);
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("gebruikers", gebruikers.alle());
        return "beveiliging/gebruikers";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        return formulier(model, GebruikerFormulier.leeg(), true);
    }

    @PostMapping("/nieuw")
    String voegToe(
            @Valid @ModelAttribute("formulier") GebruikerFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        controleerWachtwoord(formulier, fouten);
        if (!fouten.hasErrors()) {
            try {
                gebruikers.voegToe(formulier.alsGebruiker(), formulier.wachtwoord());
                redirect.addFlashAttribute("succes", "Gebruiker " + formulier.gebruikersnaam() + " is toegevoegd.");
                return "redirect:/beheer/gebruikers";
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            } catch (Conflict e) {
                fouten.rejectValue("gebruikersnaam", "bestaat", e.getMessage());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return formulier(model, formulier, true);
    }

    @GetMapping("/{naam}")
    String bewerk(@PathVariable String naam, Model model) {
        LokaleGebruiker lokaal = gebruikers.vind(naam).orElseThrow(() -> new NietGevonden("Gebruiker bestaat niet"));
        return formulier(model, GebruikerFormulier.van(lokaal), false);
    }

    @PostMapping("/{naam}")
    String wijzig(
            @PathVariable String naam,
            @Valid @ModelAttribute("formulier") GebruikerFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        gebruikers.vind(naam).orElseThrow(() -> new NietGevonden("Gebruiker bestaat niet"));
        if (!naam.equals(formulier.gebruikersnaam())) {
            fouten.rejectValue("gebruikersnaam", "anders", "De gebruikersnaam kan niet worden gewijzigd");
        }
        if (formulier.heeftWachtwoord()) {
            controleerWachtwoord(formulier, fouten);
        }
        if (!fouten.hasErrors()) {
            try {
                gebruikers.wijzig(formulier.alsGebruiker(), formulier.isActief());
                if (formulier.heeftWachtwoord()) {
                    gebruikers.zetWachtwoord(naam, formulier.wachtwoord());
                }
                redirect.addFlashAttribute("succes", "Gebruiker " + naam + " is gewijzigd.");
                return "redirect:/beheer/gebruikers";
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            }
        }
        return formulier(model, formulier, false);
    }

    /** The password policy, checked before anything is stored, so a refused password changes nothing. */
    private void controleerWachtwoord(GebruikerFormulier formulier, BindingResult fouten) {
        Gebruiker gebruiker = new Gebruiker(
                formulier.gebruikersnaam(), formulier.naam(), formulier.organisatie(), Set.of(), Set.of(), null);
        List<String> bezwaren = gebruikers.wachtwoordbezwaren(gebruiker, formulier.wachtwoord());
        if (!bezwaren.isEmpty()) {
            fouten.rejectValue("wachtwoord", "beleid", String.join(" ", bezwaren));
        }
    }

    private String formulier(Model model, GebruikerFormulier formulier, boolean nieuw) {
        model.addAttribute("formulier", formulier);
        model.addAttribute("nieuw", nieuw);
        model.addAttribute("alleRollen", Rol.values());
        model.addAttribute(
                "regiogemeenten", regioService.gemeentenVan(regioService.platformregio(), LocalDate.now(clock)));
        return "beveiliging/gebruiker";
    }
}
