package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.AanbiederStatus;
import nl.jeugdregie.inkoop.BudgetService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Inkooprechten;
import nl.jeugdregie.inkoop.Relatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
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

/** The aanbieders register for the region, and "Mijn organisatie" for an aanbieder. */
@Controller
class AanbiederPagina {

    private final AanbiederService aanbieders;
    private final ContractService contracten;
    private final BudgetService budget;
    private final Inkooprechten toegang;
    private final Clock clock;

    AanbiederPagina(
            AanbiederService aanbieders,
            ContractService contracten,
            BudgetService budget,
            Inkooprechten toegang,
            Clock clock) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
        this.budget = budget;
        this.toegang = toegang;
        this.clock = clock;
    }

    @Bean
    static Menuitem aanbiedersMenu() {
        return new Menuitem(
                "Aanbieders en contracten",
                "Het aanbiedersregister met contracten, tarieven, budgetplafonds en ontwikkelopgaven.",
                "/inkoop/aanbieders",
                Set.of("INKOOP", "BEHEERDER", "BACKOFFICE", "TOEGANG"),
                30);
    }

    @Bean
    static Menuitem mijnOrganisatieMenu() {
        return new Menuitem(
                "Mijn organisatie",
                "Uw gegevens, contracten, tarieven en budgetplafond bij de regio.",
                "/inkoop/mijn-organisatie",
                Set.of("AANBIEDER"),
                30);
    }

    @GetMapping("/inkoop/mijn-organisatie")
    String mijnOrganisatie() {
        AgbCode eigen = toegang.beperktTot().orElseThrow(() -> new NietGevonden("U hoort niet bij een aanbieder"));
        return "redirect:/inkoop/aanbieders/" + eigen.value();
    }

    @GetMapping("/inkoop/aanbieders")
    String aanbieders(
            @RequestParam(required = false) String zoek,
            @RequestParam(required = false) Relatie relatie,
            @RequestParam(required = false) AanbiederStatus status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AgbCode alleen = toegang.beperktTot().orElse(null);
        if (alleen != null) {
            return "redirect:/inkoop/aanbieders/" + alleen.value();
        }
        Resultaatpagina<Aanbieder> pagina =
                aanbieders.zoek(zoek, relatie, status, null, new Paginering(Math.max(1, page), 25));
        model.addAttribute("pagina", pagina);
        model.addAttribute("zoek", zoek);
        model.addAttribute("relatie", relatie);
        model.addAttribute("status", status);
        model.addAttribute("relaties", Relatie.values());
        model.addAttribute("statussen", AanbiederStatus.values());
        model.addAttribute("inkoop", toegang.isInkoop());
        model.addAttribute(
                "signaleringen",
                toegang.isInkoop() ? budget.signaleringen(LocalDate.now(clock).getYear()) : List.of());
        return "inkoop/aanbieders";
    }

    @GetMapping("/inkoop/aanbieders/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String nieuw(Model model) {
        model.addAttribute("formulier", AanbiederFormulier.leeg());
        return formulier(model, true);
    }

    @PostMapping("/inkoop/aanbieders/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String voegToe(
            @Valid @ModelAttribute("formulier") AanbiederFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Aanbieder aanbieder = aanbieders.voegToe(formulier.gegevens());
                redirect.addFlashAttribute("succes", "Aanbieder " + aanbieder.naam() + " is toegevoegd.");
                return "redirect:/inkoop/aanbieders/" + aanbieder.agb().value();
            } catch (Conflict e) {
                fouten.rejectValue("agb", "bestaat", e.getMessage());
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            }
        }
        return formulier(model, true);
    }

    @GetMapping("/inkoop/aanbieders/{agb}")
    String aanbieder(@PathVariable String agb, Model model) {
        Aanbieder aanbieder = vind(agb);
        model.addAttribute("aanbieder", aanbieder);
        model.addAttribute("locaties", aanbieders.locaties(aanbieder.agb()));
        model.addAttribute("contactpersonen", aanbieders.contactpersonen(aanbieder.agb()));
        boolean contractinzage = magContractenZien(aanbieder.agb());
        model.addAttribute("contractinzage", contractinzage);
        model.addAttribute("inkoop", toegang.isInkoop());
        if (contractinzage) {
            model.addAttribute(
                    "contracten",
                    contracten
                            .zoek(aanbieder.agb(), null, null, Paginering.van(1, 100))
                            .items());
            model.addAttribute("budget", budget.budgetstanden(aanbieder.agb()));
        }
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "inkoop/aanbieder";
    }

    @GetMapping("/inkoop/aanbieders/{agb}/wijzigen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String wijzigen(@PathVariable String agb, Model model) {
        model.addAttribute("formulier", AanbiederFormulier.van(vind(agb)));
        return formulier(model, false);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/wijzigen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String wijzig(
            @PathVariable String agb,
            @Valid @ModelAttribute("formulier") AanbiederFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        if (!aanbieder.agb().value().equals(formulier.agb())) {
            fouten.rejectValue("agb", "anders", "De AGB-code van een aanbieder kan niet worden gewijzigd");
        }
        if (!fouten.hasErrors()) {
            try {
                aanbieders.wijzig(aanbieder.agb(), formulier.gegevens());
                redirect.addFlashAttribute("succes", "Aanbieder " + formulier.naam() + " is gewijzigd.");
                return "redirect:/inkoop/aanbieders/" + agb;
            } catch (Conflict e) {
                fouten.reject("conflict", e.getMessage());
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            }
        }
        return formulier(model, false);
    }

    private String formulier(Model model, boolean nieuw) {
        model.addAttribute("nieuw", nieuw);
        model.addAttribute("relaties", Relatie.values());
        model.addAttribute("statussen", AanbiederStatus.values());
        return "inkoop/aanbieder-formulier";
    }

    private boolean magContractenZien(AgbCode agb) {
        try {
            toegang.vereisInzageContracten(agb);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    Aanbieder vind(String agb) {
        AgbCode code = agbUitPad(agb);
        toegang.vereisInzageAanbieder(code);
        return aanbieders.vereis(code);
    }

    /** The AGB code in a page address; a malformed one is an aanbieder that does not exist. */
    static AgbCode agbUitPad(String agb) {
        try {
            return new AgbCode(agb);
        } catch (OngeldigeWaarde e) {
            throw new NietGevonden("Aanbieder " + agb + " bestaat niet");
        }
    }
}
