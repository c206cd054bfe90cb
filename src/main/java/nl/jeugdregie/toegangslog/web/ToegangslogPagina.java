package nl.jeugdregie.toegangslog.web;

import java.util.Set;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Logregel;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The toegangslog for BEHEERDER: filter, page through and check the chain. The filter form is
 * posted and redirected to a URL that carries the jeugdige's pseudonym, so a BSN never appears in a
 * URL, a link or the page.
 */
@Controller
@RequestMapping("/beheer/toegangslog")
@PreAuthorize("hasRole('BEHEERDER')")
class ToegangslogPagina {

    private static final int PAGINAGROOTTE = 25;

    private final Toegangslog toegangslog;
    private final Pseudonimisering pseudonimisering;

    ToegangslogPagina(Toegangslog toegangslog, Pseudonimisering pseudonimisering) {
        this.toegangslog = toegangslog;
        this.pseudonimisering = pseudonimisering;
    }

    @Bean
    static Menuitem toegangslogMenu() {
        return new Menuitem(
                "Toegangslog",
                "Wie welke gegevens van een jeugdige heeft ingezien of gewijzigd (NEN 7513).",
                "/beheer/toegangslog",
                Set.of("BEHEERDER"),
                92);
    }

    /** A log entry as the page shows it, with the time in Dutch notation. */
    record Rij(String tijdstip, Logregel regel) {
        static Rij van(Logregel regel) {
            return new Rij(Notatie.tijdstipMetSeconden(regel.tijdstip()), regel);
        }
    }

    @GetMapping
    String overzicht(
            @ModelAttribute("formulier") ToegangslogFormulier formulier,
            BindingResult fouten,
            @RequestParam(required = false) String jeugdige,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        return toon(formulier, formulier.zoekvraag(jeugdige, fouten), page, model);
    }

    /** The filter form: redirects to the filtered list, with the BSN replaced by its pseudonym. */
    @PostMapping
    String zoek(@ModelAttribute("formulier") ToegangslogFormulier formulier, BindingResult fouten, Model model) {
        String bsn = formulier.bsn() == null ? "" : formulier.bsn().strip();
        if (!bsn.isEmpty() && !Bsn.voldoetAanElfproef(bsn)) {
            fouten.rejectValue("bsn", "elfproef", "Vul een BSN van 9 cijfers in dat voldoet aan de elfproef");
        }
        Zoekvraag vraag = formulier.zoekvraag(null, fouten);
        if (fouten.hasErrors()) {
            return toon(formulier, vraag, 1, model);
        }
        UriComponentsBuilder doel = UriComponentsBuilder.fromPath("/beheer/toegangslog");
        zetParameter(doel, "gebruiker", vraag.gebruiker());
        zetParameter(doel, "van", vraag.van());
        zetParameter(doel, "tot", vraag.tot());
        zetParameter(doel, "actie", vraag.actie() == null ? null : vraag.actie().code());
        zetParameter(doel, "jeugdige", bsn.isEmpty() ? null : pseudonimisering.pseudoniem(new Bsn(bsn)));
        return "redirect:" + doel.encode().build().toUriString();
    }

    /** Checks the hash chain; to htmx only the result is sent, otherwise the whole page. */
    @GetMapping("/controle")
    String controle(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("controle", toegangslog.controleer());
        if (htmx != null) {
            return "toegangslog/overzicht :: controle";
        }
        return toon(ToegangslogFormulier.leeg(), Zoekvraag.alles(), 1, model);
    }

    private String toon(ToegangslogFormulier formulier, Zoekvraag vraag, int page, Model model) {
        model.addAttribute("formulier", formulier);
        model.addAttribute("jeugdige", vraag.jeugdige());
        model.addAttribute("acties", Actie.values());
        model.addAttribute(
                "pagina",
                toegangslog
                        .zoek(vraag, new Paginering(Math.max(1, page), PAGINAGROOTTE))
                        .map(Rij::van));
        return "toegangslog/overzicht";
    }

    private static void zetParameter(UriComponentsBuilder doel, String naam, Object waarde) {
        if (waarde != null) {
            doel.queryParam(naam, waarde);
        }
    }
}
