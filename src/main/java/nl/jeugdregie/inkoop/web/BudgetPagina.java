package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.BudgetService;
import nl.jeugdregie.platform.Formulierfouten;
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

/** Setting the yearly budget ceiling of an aanbieder and its warning threshold. */
@Controller
@PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
class BudgetPagina {

    private final AanbiederService aanbieders;
    private final BudgetService budget;
    private final Clock clock;

    BudgetPagina(AanbiederService aanbieders, BudgetService budget, Clock clock) {
        this.aanbieders = aanbieders;
        this.budget = budget;
        this.clock = clock;
    }

    @GetMapping("/inkoop/aanbieders/{agb}/budget")
    String plafond(@PathVariable String agb, @RequestParam(required = false) Integer jaar, Model model) {
        Aanbieder aanbieder = vind(agb);
        int gekozen = jaar == null ? LocalDate.now(clock).getYear() : jaar;
        model.addAttribute(
                "formulier",
                budget.budgetstand(aanbieder.agb(), gekozen)
                        .map(PlafondFormulier::van)
                        .orElseGet(() -> PlafondFormulier.leeg(gekozen)));
        return pagina(aanbieder, model);
    }

    @PostMapping("/inkoop/aanbieders/{agb}/budget")
    String stelIn(
            @PathVariable String agb,
            @Valid @ModelAttribute("formulier") PlafondFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder aanbieder = vind(agb);
        if (Formulierfouten.probeer(
                fouten,
                () -> budget.stelPlafondIn(aanbieder.agb(), formulier.jaar(), formulier.bedrag(), formulier.grens()))) {
            redirect.addFlashAttribute(
                    "succes",
                    "Het budgetplafond " + formulier.jaar() + " is ingesteld op "
                            + formulier.bedrag().format() + ".");
            return "redirect:/inkoop/aanbieders/" + aanbieder.agb().value();
        }
        return pagina(aanbieder, model);
    }

    private String pagina(Aanbieder aanbieder, Model model) {
        model.addAttribute("aanbieder", aanbieder);
        model.addAttribute("budget", budget.budgetstanden(aanbieder.agb()));
        return "inkoop/budget";
    }

    private Aanbieder vind(String agb) {
        return aanbieders.vereis(AanbiederPagina.agbUitPad(agb));
    }
}
