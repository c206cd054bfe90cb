package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.Contract;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Inkooprechten;
import nl.jeugdregie.inkoop.Ontwikkelafspraak;
import nl.jeugdregie.inkoop.Ontwikkelopgave;
import nl.jeugdregie.inkoop.OntwikkelopgaveService;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.NietGevonden;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ontwikkelafspraken of a strategic partner's contract: inkoop makes them, inkoop or the aanbieder
 * itself reports progress (as in the API).
 */
@Controller
class OntwikkelafspraakPagina {

    private final ContractService contracten;
    private final AanbiederService aanbieders;
    private final OntwikkelopgaveService ontwikkelopgaven;
    private final Inkooprechten toegang;
    private final Clock clock;

    OntwikkelafspraakPagina(
            ContractService contracten,
            AanbiederService aanbieders,
            OntwikkelopgaveService ontwikkelopgaven,
            Inkooprechten toegang,
            Clock clock) {
        this.contracten = contracten;
        this.aanbieders = aanbieders;
        this.ontwikkelopgaven = ontwikkelopgaven;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/inkoop/contracten/{id}/ontwikkelafspraken/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String nieuw(@PathVariable long id, Model model) {
        model.addAttribute("formulier", OntwikkelafspraakFormulier.leeg());
        return formulier(vind(id), model);
    }

    @PostMapping("/inkoop/contracten/{id}/ontwikkelafspraken/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String voegToe(
            @PathVariable long id,
            @Valid @ModelAttribute("formulier") OntwikkelafspraakFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Contract contract = vind(id);
        if (Formulierfouten.probeer(fouten, () -> formulier.voegToe(ontwikkelopgaven, id))) {
            redirect.addFlashAttribute(
                    "succes",
                    "De afspraak over " + formulier.opgave().omschrijving().toLowerCase() + " is toegevoegd.");
            return "redirect:/inkoop/contracten/" + id;
        }
        return formulier(contract, model);
    }

    @GetMapping("/inkoop/contracten/{id}/ontwikkelafspraken/{afspraakId}")
    String afspraak(@PathVariable long id, @PathVariable long afspraakId, Model model) {
        Contract contract = vind(id);
        model.addAttribute("formulier", VoortgangFormulier.leeg(LocalDate.now(clock)));
        return pagina(contract, afspraakId, model);
    }

    @PostMapping("/inkoop/contracten/{id}/ontwikkelafspraken/{afspraakId}")
    String rapporteer(
            @PathVariable long id,
            @PathVariable long afspraakId,
            @Valid @ModelAttribute("formulier") VoortgangFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Contract contract = vind(id);
        toegang.vereisRapportage(contract.agb());
        afspraak(id, afspraakId);
        if (Formulierfouten.probeer(
                fouten,
                () -> ontwikkelopgaven.rapporteer(
                        id, afspraakId, formulier.peildatum(), formulier.waarde(), formulier.toelichting()))) {
            redirect.addFlashAttribute("succes", "De voortgang is gerapporteerd.");
            return "redirect:/inkoop/contracten/" + id + "/ontwikkelafspraken/" + afspraakId;
        }
        return pagina(contract, afspraakId, model);
    }

    private String formulier(Contract contract, Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("aanbieder", aanbieders.vereis(contract.agb()));
        model.addAttribute("opgaven", Ontwikkelopgave.values());
        return "inkoop/ontwikkelafspraak-formulier";
    }

    private String pagina(Contract contract, long afspraakId, Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("afspraak", afspraak(contract.id(), afspraakId));
        model.addAttribute("magRapporteren", magRapporteren(contract));
        return "inkoop/ontwikkelafspraak";
    }

    private boolean magRapporteren(Contract contract) {
        try {
            toegang.vereisRapportage(contract.agb());
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private Ontwikkelafspraak afspraak(long id, long afspraakId) {
        return ontwikkelopgaven.afspraken(id).stream()
                .filter(a -> a.id() == afspraakId)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Afspraak " + afspraakId + " hoort niet bij contract " + id));
    }

    private Contract vind(long id) {
        Contract contract = contracten.vereis(id);
        toegang.vereisInzageContracten(contract.agb());
        return contract;
    }
}
