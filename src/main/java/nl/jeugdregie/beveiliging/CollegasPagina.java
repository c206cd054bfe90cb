package nl.jeugdregie.beveiliging;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.context.annotation.Bean;
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

/**
 * A zorgaanbieder manages its own people: a medewerker with AANBIEDERBEHEER adds colleagues and ends their access,
 * always with the role Aanbieder and the own AGB code and organisation, whatever the request says. Users of other
 * aanbieders, and regional users, are answered as not existing.
 */
@Controller
@RequestMapping("/organisatie/collegas")
@PreAuthorize("hasRole('AANBIEDERBEHEER')")
class CollegasPagina {

    private final LokaleGebruikers gebruikers;
    private final Autorisatie autorisatie;

    CollegasPagina(LokaleGebruikers gebruikers, Autorisatie autorisatie) {
        this.gebruikers = gebruikers;
        this.autorisatie = autorisatie;
    }

    @Bean
    static Menuitem collegasMenu() {
        return new Menuitem(
                "Collega's",
                "Accounts van collega's bij uw zorgaanbieder toevoegen en hun toegang intrekken.",
                "/organisatie/collegas",
                Set.of("AANBIEDERBEHEER"),
                13);
    }

    @GetMapping
    String lijst(Model model) {
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", CollegaFormulier.leeg());
        }
        model.addAttribute("collegas", collegas(zelf()));
        model.addAttribute("ik", zelf().gebruikersnaam());
        return "beveiliging/collegas";
    }

    @PostMapping
    String voegToe(
            @Valid @ModelAttribute("formulier") CollegaFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Gebruiker ik = zelf();
        Gebruiker collega = new Gebruiker(
                formulier.gebruikersnaam(),
                formulier.naam(),
                ik.organisatie(),
                Boolean.TRUE.equals(formulier.beheer())
                        ? EnumSet.of(Rol.AANBIEDER, Rol.AANBIEDERBEHEER)
                        : EnumSet.of(Rol.AANBIEDER),
                Set.of(),
                ik.aanbieder());
        if (!fouten.hasErrors()) {
            List<String> bezwaren = gebruikers.wachtwoordbezwaren(collega, formulier.wachtwoord());
            if (!bezwaren.isEmpty()) {
                fouten.rejectValue("wachtwoord", "beleid", String.join(" ", bezwaren));
            }
        }
        if (!fouten.hasErrors()) {
            try {
                gebruikers.voegToe(collega, formulier.wachtwoord());
                redirect.addFlashAttribute(
                        "succes",
                        "Collega " + formulier.gebruikersnaam() + " kan nu inloggen met het gekozen wachtwoord.");
                return "redirect:/organisatie/collegas";
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            } catch (Conflict e) {
                fouten.rejectValue("gebruikersnaam", "bestaat", e.getMessage());
            }
        }
        return lijst(model);
    }

    @PostMapping("/{naam}/toegang")
    String toegang(@PathVariable String naam, boolean actief, RedirectAttributes redirect) {
        Gebruiker ik = zelf();
        LokaleGebruiker collega = gebruikers
                .vind(naam)
                .filter(g -> ik.aanbieder().equals(g.gebruiker().aanbieder()))
                .orElseThrow(() -> new NietGevonden("Bij uw zorgaanbieder is er geen collega " + naam + "."));
        if (naam.equals(ik.gebruikersnaam())) {
            redirect.addFlashAttribute("fout", "U kunt uw eigen toegang niet intrekken; vraag dat een collega.");
            return "redirect:/organisatie/collegas";
        }
        gebruikers.wijzig(collega.gebruiker(), actief);
        redirect.addFlashAttribute(
                "succes",
                actief ? "Collega " + naam + " kan weer inloggen." : "Collega " + naam + " kan niet meer inloggen.");
        return "redirect:/organisatie/collegas";
    }

    private Gebruiker zelf() {
        Gebruiker ik = autorisatie.vereisGebruiker();
        if (ik.aanbieder() == null) {
            throw new NietGevonden("U werkt niet voor een zorgaanbieder.");
        }
        return ik;
    }

    private List<LokaleGebruiker> collegas(Gebruiker ik) {
        AgbCode agb = ik.aanbieder();
        return gebruikers.alle().stream()
                .filter(g -> agb.equals(g.gebruiker().aanbieder()))
                .toList();
    }
}
