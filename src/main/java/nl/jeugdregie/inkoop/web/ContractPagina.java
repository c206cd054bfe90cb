package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.BudgetService;
import nl.jeugdregie.inkoop.Contract;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Inkooprechten;
import nl.jeugdregie.inkoop.OntwikkelopgaveService;
import nl.jeugdregie.inkoop.Tarief;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
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

/** A contract with its products, tariffs, ontwikkelafspraken, budget warning and change history. */
@Controller
class ContractPagina {

    private final ContractService contracten;
    private final AanbiederService aanbieders;
    private final OntwikkelopgaveService ontwikkelopgaven;
    private final BudgetService budget;
    private final Inkooprechten toegang;
    private final Clock clock;

    ContractPagina(
            ContractService contracten,
            AanbiederService aanbieders,
            OntwikkelopgaveService ontwikkelopgaven,
            BudgetService budget,
            Inkooprechten toegang,
            Clock clock) {
        this.contracten = contracten;
        this.aanbieders = aanbieders;
        this.ontwikkelopgaven = ontwikkelopgaven;
        this.budget = budget;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/inkoop/contracten/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String nieuw(@RequestParam(required = false) String agb, Model model) {
        model.addAttribute("formulier", ContractFormulier.leeg(agb == null ? "" : agb));
        return "inkoop/contract-formulier";
    }

    @PostMapping("/inkoop/contracten/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String voegToe(
            @Valid @ModelAttribute("formulier") ContractFormulier formulier,
            BindingResult fouten,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Contract contract = contracten.voegToe(formulier.gegevens());
                redirect.addFlashAttribute("succes", "Contract " + contract.nummer() + " is aangemaakt.");
                return "redirect:/inkoop/contracten/" + contract.id();
            } catch (Conflict e) {
                fouten.rejectValue("nummer", "bestaat", e.getMessage());
            } catch (nl.jeugdregie.platform.NietGevonden e) {
                fouten.rejectValue("agb", "onbekend", e.getMessage());
            }
        }
        return "inkoop/contract-formulier";
    }

    @GetMapping("/inkoop/contracten/{id}")
    String contract(@PathVariable long id, Model model) {
        Contract contract = vind(id);
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("contract", contract);
        model.addAttribute("aanbieder", aanbieders.vereis(contract.agb()));
        model.addAttribute("producten", contracten.producten(id));
        model.addAttribute("afspraken", ontwikkelopgaven.afspraken(id));
        model.addAttribute("historie", contracten.historie(id));
        model.addAttribute(
                "budget", budget.budgetstand(contract.agb(), vandaag.getYear()).orElse(null));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("inkoop", toegang.isInkoop());
        model.addAttribute("eenheden", Arrays.asList(Eenheid.values()));
        if (!model.containsAttribute("productFormulier")) {
            model.addAttribute("productFormulier", ContractproductFormulier.leeg());
        }
        if (!model.containsAttribute("tariefFormulier")) {
            model.addAttribute("tariefFormulier", TariefFormulier.leeg());
        }
        return "inkoop/contract";
    }

    @PostMapping("/inkoop/contracten/{id}/producten")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String voegProductToe(
            @PathVariable long id,
            @Valid @ModelAttribute("productFormulier") ContractproductFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        vind(id);
        if (!fouten.hasErrors()) {
            try {
                contracten.voegProductToe(id, formulier.productcode(), Eenheid.vanCode(formulier.eenheid()));
                redirect.addFlashAttribute(
                        "succes",
                        "Product " + formulier.productcode().toUpperCase() + " is aan het contract toegevoegd.");
                return "redirect:/inkoop/contracten/" + id;
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten);
            } catch (Conflict e) {
                fouten.reject("conflict", e.getMessage());
            } catch (OngeldigeWaarde e) {
                fouten.rejectValue("eenheid", "ongeldig", e.getMessage());
            }
        }
        return contract(id, model);
    }

    @PostMapping("/inkoop/contracten/{id}/tarieven")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String voegTariefToe(
            @PathVariable long id,
            @RequestParam String productcode,
            @Valid @ModelAttribute("tariefFormulier") TariefFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        vind(id);
        if (!fouten.hasErrors()) {
            try {
                contracten.voegTariefToe(id, productcode, formulier.alsBedrag(), formulier.periode());
                redirect.addFlashAttribute("succes", "Het tarief voor " + productcode + " is toegevoegd.");
                return "redirect:/inkoop/contracten/" + id;
            } catch (OngeldigeInvoer e) {
                Formulierfouten.over(e, fouten, Set.of("geldig", "productcode"));
            } catch (Conflict e) {
                fouten.reject("overlap", e.getMessage());
            }
        }
        model.addAttribute("tariefProduct", productcode);
        return contract(id, model);
    }

    @GetMapping("/inkoop/contracten/{id}/wijzigen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String wijzigen(@PathVariable long id, Model model) {
        model.addAttribute("formulier", ContractFormulier.van(vind(id)));
        model.addAttribute("contractId", id);
        return "inkoop/contract-formulier";
    }

    @PostMapping("/inkoop/contracten/{id}/wijzigen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String wijzig(
            @PathVariable long id,
            @Valid @ModelAttribute("formulier") ContractFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        vind(id);
        if (Formulierfouten.probeer(fouten, () -> contracten.wijzig(id, formulier.gegevens()))) {
            redirect.addFlashAttribute("succes", "Contract " + formulier.nummer() + " is gewijzigd.");
            return "redirect:/inkoop/contracten/" + id;
        }
        model.addAttribute("contractId", id);
        return "inkoop/contract-formulier";
    }

    @GetMapping("/inkoop/contracten/{id}/tarieven/{tariefId}/wijzigen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String tariefWijzigen(@PathVariable long id, @PathVariable long tariefId, Model model) {
        vind(id);
        Tarief tarief = tarief(id, tariefId);
        model.addAttribute(
                "tariefFormulier",
                new TariefFormulier(tarief.bedrag().format(), tarief.geldig().begin(), tarief.einddatum()));
        return tariefformulier(id, tariefId, model);
    }

    @PostMapping("/inkoop/contracten/{id}/tarieven/{tariefId}/wijzigen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String wijzigTarief(
            @PathVariable long id,
            @PathVariable long tariefId,
            @Valid @ModelAttribute("tariefFormulier") TariefFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        vind(id);
        tarief(id, tariefId);
        if (Formulierfouten.probeer(
                fouten,
                Set.of("geldig", "productcode"),
                () -> contracten.wijzigTarief(id, tariefId, formulier.alsBedrag(), formulier.periode()))) {
            redirect.addFlashAttribute("succes", "Het tarief is gewijzigd.");
            return "redirect:/inkoop/contracten/" + id;
        }
        return tariefformulier(id, tariefId, model);
    }

    @PostMapping("/inkoop/contracten/{id}/tarieven/{tariefId}/verwijderen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String verwijderTarief(@PathVariable long id, @PathVariable long tariefId, RedirectAttributes redirect) {
        vind(id);
        contracten.verwijderTarief(id, tariefId);
        redirect.addFlashAttribute("succes", "Het tarief is verwijderd.");
        return "redirect:/inkoop/contracten/" + id;
    }

    private String tariefformulier(long id, long tariefId, Model model) {
        Contract contract = contracten.vereis(id);
        model.addAttribute("contract", contract);
        model.addAttribute(
                "product",
                contracten.producten(id).stream()
                        .filter(p -> p.tarieven().stream().anyMatch(t -> t.id() == tariefId))
                        .findFirst()
                        .orElseThrow(() -> new NietGevonden("Dit tarief bestaat niet (meer).")));
        model.addAttribute("tariefId", tariefId);
        return "inkoop/tarief-formulier";
    }

    private Tarief tarief(long id, long tariefId) {
        return contracten.producten(id).stream()
                .flatMap(p -> p.tarieven().stream())
                .filter(t -> t.id() == tariefId)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Tarief " + tariefId + " hoort niet bij contract " + id));
    }

    private Contract vind(long id) {
        Contract contract = contracten.vereis(id);
        toegang.vereisInzageContracten(contract.agb());
        return contract;
    }
}
