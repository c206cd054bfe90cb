package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.platform.Formulierfouten;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Locations and contact persons of an aanbieder, kept by inkoop and beheer. */
@Controller
@PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
class LocatiePagina {

    private final AanbiederService aanbieders;

    LocatiePagina(AanbiederService aanbieders) {
        this.aanbieders = aanbieders;
    }

    @GetMapping("/inkoop/aanbieders/{agb}/locaties/nieuw")
    String nieuweLocatie(@PathVariable String agb, Model model) {
        model.addAttribute("formulier", LocatieFormulier.leeg());
        return locatieformulier(vind(agb), null, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/locaties/nieuw")
    String voegLocatieToe(
            @PathVariable String agb,
            @Valid @ModelAttribute("formulier") LocatieFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        if (Formulierfouten.probeer(
                fouten,
                () -> aanbieders.voegLocatieToe(
                        aanbieder.agb(),
                        formulier.naam(),
                        formulier.adres(),
                        formulier.postcode(),
                        formulier.plaats()))) {
            return terug(aanbieder, "Locatie " + formulier.naam().trim() + " is toegevoegd.", redirect);
        }
        return locatieformulier(aanbieder, null, model);
    }

    @GetMapping("/inkoop/aanbieders/{agb}/locaties/{id}/wijzigen")
    String wijzigLocatie(@PathVariable String agb, @PathVariable long id, Model model) {
        Aanbieder aanbieder = vind(agb);
        model.addAttribute("formulier", LocatieFormulier.van(aanbieders.locatie(aanbieder.agb(), id)));
        return locatieformulier(aanbieder, id, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/locaties/{id}/wijzigen")
    String wijzigLocatie(
            @PathVariable String agb,
            @PathVariable long id,
            @Valid @ModelAttribute("formulier") LocatieFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        if (Formulierfouten.probeer(
                fouten,
                () -> aanbieders.wijzigLocatie(
                        aanbieder.agb(),
                        id,
                        formulier.naam(),
                        formulier.adres(),
                        formulier.postcode(),
                        formulier.plaats()))) {
            return terug(aanbieder, "Locatie " + formulier.naam().trim() + " is gewijzigd.", redirect);
        }
        return locatieformulier(aanbieder, id, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/locaties/{id}/verwijderen")
    String verwijderLocatie(@PathVariable String agb, @PathVariable long id, RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        String naam = aanbieders.locatie(aanbieder.agb(), id).naam();
        aanbieders.verwijderLocatie(aanbieder.agb(), id);
        return terug(aanbieder, "Locatie " + naam + " is verwijderd.", redirect);
    }

    @GetMapping("/inkoop/aanbieders/{agb}/contactpersonen/nieuw")
    String nieuweContactpersoon(@PathVariable String agb, Model model) {
        model.addAttribute("formulier", ContactpersoonFormulier.leeg());
        return contactformulier(vind(agb), null, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/contactpersonen/nieuw")
    String voegContactpersoonToe(
            @PathVariable String agb,
            @Valid @ModelAttribute("formulier") ContactpersoonFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        if (Formulierfouten.probeer(
                fouten,
                () -> aanbieders.voegContactpersoonToe(
                        aanbieder.agb(),
                        formulier.naam(),
                        formulier.functie(),
                        formulier.email(),
                        formulier.telefoon()))) {
            return terug(aanbieder, "Contactpersoon " + formulier.naam().trim() + " is toegevoegd.", redirect);
        }
        return contactformulier(aanbieder, null, model);
    }

    @GetMapping("/inkoop/aanbieders/{agb}/contactpersonen/{id}/wijzigen")
    String wijzigContactpersoon(@PathVariable String agb, @PathVariable long id, Model model) {
        Aanbieder aanbieder = vind(agb);
        model.addAttribute("formulier", ContactpersoonFormulier.van(aanbieders.contactpersoon(aanbieder.agb(), id)));
        return contactformulier(aanbieder, id, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/contactpersonen/{id}/wijzigen")
    String wijzigContactpersoon(
            @PathVariable String agb,
            @PathVariable long id,
            @Valid @ModelAttribute("formulier") ContactpersoonFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        if (Formulierfouten.probeer(
                fouten,
                () -> aanbieders.wijzigContactpersoon(
                        aanbieder.agb(),
                        id,
                        formulier.naam(),
                        formulier.functie(),
                        formulier.email(),
                        formulier.telefoon()))) {
            return terug(aanbieder, "Contactpersoon " + formulier.naam().trim() + " is gewijzigd.", redirect);
        }
        return contactformulier(aanbieder, id, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/contactpersonen/{id}/verwijderen")
    String verwijderContactpersoon(@PathVariable String agb, @PathVariable long id, RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        String naam = aanbieders.contactpersoon(aanbieder.agb(), id).naam();
        aanbieders.verwijderContactpersoon(aanbieder.agb(), id);
        return terug(aanbieder, "Contactpersoon " + naam + " is verwijderd.", redirect);
    }

    private String locatieformulier(Aanbieder aanbieder, Long id, Model model) {
        model.addAttribute("aanbieder", aanbieder);
        model.addAttribute("id", id);
        return "inkoop/locatie-formulier";
    }

    private String contactformulier(Aanbieder aanbieder, Long id, Model model) {
        model.addAttribute("aanbieder", aanbieder);
        model.addAttribute("id", id);
        return "inkoop/contactpersoon-formulier";
    }

    private static String terug(Aanbieder aanbieder, String succes, RedirectAttributes redirect) {
        redirect.addFlashAttribute("succes", succes);
        return "redirect:/inkoop/aanbieders/" + aanbieder.agb().value();
    }

    private Aanbieder vind(String agb) {
        return aanbieders.vereis(AanbiederPagina.agbUitPad(agb));
    }
}
