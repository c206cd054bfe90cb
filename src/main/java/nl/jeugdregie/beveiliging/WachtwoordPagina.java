package nl.jeugdregie.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every local user changes their own password here: the current one is checked like a login (counted
 * and throttled), the new one must meet {@link Wachtwoordbeleid}. Other sessions of the user end; this
 * one continues under a new session id. Users of an identity provider change their password there.
 */
@Controller
@RequestMapping(WachtwoordPagina.PAD)
class WachtwoordPagina {

    static final String PAD = "/account/wachtwoord";

    private final LokaleGebruikers gebruikers;
    private final Inlogcontrole inlogcontrole;

    WachtwoordPagina(LokaleGebruikers gebruikers, Inlogcontrole inlogcontrole) {
        this.gebruikers = gebruikers;
        this.inlogcontrole = inlogcontrole;
    }

    @Bean
    static Menuitem wachtwoordMenu() {
        return new Menuitem(
                "Wachtwoord wijzigen",
                "Uw eigen wachtwoord wijzigen.",
                PAD,
                Set.of("TOEGANG", "BACKOFFICE", "INKOOP", "ANALIST", "AANBIEDER", "BEHEERDER"),
                99);
    }

    /** The form; {@code huidig} is the current password, {@code herhaling} the new one once more. */
    record WachtwoordFormulier(String huidig, String nieuw, String herhaling) {
        static WachtwoordFormulier leeg() {
            return new WachtwoordFormulier("", "", "");
        }
    }

    @GetMapping
    String formulier(Model model) {
        return toon(model, WachtwoordFormulier.leeg());
    }

    @PostMapping
    String wijzig(
            @ModelAttribute("formulier") WachtwoordFormulier formulier,
            BindingResult fouten,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (!(authenticatie.getPrincipal() instanceof LokaleGebruiker sessie)) {
            return toon(model, WachtwoordFormulier.leeg());
        }
        String naam = sessie.getUsername();
        controleerHuidig(naam, formulier.huidig(), request, fouten);
        String nieuw = formulier.nieuw() == null ? "" : formulier.nieuw();
        if (!nieuw.equals(formulier.herhaling())) {
            fouten.rejectValue(
                    "herhaling",
                    "ongelijk",
                    "De twee nieuwe wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer precies"
                            + " hetzelfde.");
        }
        if (!nieuw.isEmpty() && nieuw.equals(formulier.huidig())) {
            fouten.rejectValue("nieuw", "gelijk", "Kies een ander wachtwoord dan het huidige.");
        } else {
            List<String> bezwaren = gebruikers.wachtwoordbezwaren(sessie.gebruiker(), nieuw);
            if (!bezwaren.isEmpty()) {
                fouten.rejectValue("nieuw", "beleid", String.join(" ", bezwaren));
            }
        }
        if (fouten.hasErrors()) {
            return toon(model, formulier);
        }
        gebruikers.zetWachtwoord(naam, nieuw);
        LokaleGebruiker na = gebruikers.vind(naam).orElseThrow(() -> new NietGevonden("Gebruiker bestaat niet"));
        Sessiecontrole.vernieuw(na, authenticatie, request, response);
        request.changeSessionId();
        redirect.addFlashAttribute(
                "succes", "Uw wachtwoord is gewijzigd. Waar u nog meer was ingelogd, bent u nu uitgelogd.");
        return "redirect:" + PAD;
    }

    /** Checks the current password as a login would: throttled, and a failure counts and is logged. */
    private void controleerHuidig(String naam, String huidig, HttpServletRequest request, BindingResult fouten) {
        UsernamePasswordAuthenticationToken poging =
                UsernamePasswordAuthenticationToken.unauthenticated(naam, huidig == null ? "" : huidig);
        poging.setDetails(new WebAuthenticationDetails(request));
        try {
            inlogcontrole.authenticate(poging);
        } catch (Geblokkeerd e) {
            fouten.rejectValue("huidig", "geblokkeerd", e.melding());
        } catch (BadCredentialsException e) {
            fouten.rejectValue("huidig", "onjuist", "Het huidige wachtwoord klopt niet. Typ het opnieuw.");
        }
    }

    private String toon(Model model, WachtwoordFormulier formulier) {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("lokaal", authenticatie != null && authenticatie.getPrincipal() instanceof LokaleGebruiker);
        model.addAttribute("formulier", formulier);
        return "beveiliging/wachtwoord";
    }
}
