package nl.jeugdregie.toewijzing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.Uitkomst;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work queue of verzoeken for BACKOFFICE (every gemeente of the region) and TOEGANG (its own gemeenten), sorted by
 * legal deadline, and the decisions on one aanvraag.
 */
@Controller
@RequestMapping("/toewijzing/verzoeken")
@PreAuthorize("hasAnyRole('BACKOFFICE', 'TOEGANG')")
class VerzoekPagina {

    private static final int PAGINAGROOTTE = 50;

    private final VerzoekService verzoeken;
    private final Autorisatie autorisatie;
    private final Toegangslog toegangslog;
    private final Inkoopcontrole inkoop;
    private final Clock clock;

    VerzoekPagina(
            VerzoekService verzoeken,
            Autorisatie autorisatie,
            Toegangslog toegangslog,
            Inkoopcontrole inkoop,
            Clock clock) {
        this.verzoeken = verzoeken;
        this.inkoop = inkoop;
        this.autorisatie = autorisatie;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    @Bean
    static Menuitem werkvoorraadMenu() {
        return new Menuitem(
                "Werkvoorraad verzoeken",
                "Verzoeken om toewijzing en wijziging beoordelen, op volgorde van de wettelijke termijn.",
                "/toewijzing/verzoeken",
                Set.of("BACKOFFICE", "TOEGANG"),
                20);
    }

    @GetMapping
    String werkvoorraad(@RequestParam(defaultValue = "1") int page, Model model) {
        VerzoekService.Werkvoorraad voorraad = verzoeken.werkvoorraad(new Paginering(Math.max(1, page), PAGINAGROOTTE));
        List<Werkitem> werk = voorraad.pagina().items();
        // the list names each jeugdige (masked BSN with aanbieder, gemeente and product): every one shown is a read
        toegangslog.registreer(werk.stream()
                .map(item -> new Gebeurtenis(
                        item.client(),
                        Actie.RAADPLEGEN,
                        "werkvoorraad verzoeken: verzoek " + item.referentieAanbieder(),
                        "gemeente " + item.gemeente(),
                        "/toewijzing/verzoeken"))
                .toList());
        model.addAttribute("werk", werk);
        model.addAttribute("pagina", voorraad.pagina());
        model.addAttribute("teLaat", voorraad.teLaat());
        model.addAttribute("bijnaTeLaat", voorraad.bijnaTeLaat());
        model.addAttribute("peildatum", LocalDate.now(clock));
        return "toewijzing/werkvoorraad";
    }

    @GetMapping("/{id}")
    String verzoek(@PathVariable long id, Model model) {
        Werkitem item = vind(id);
        toegangslog.registreer(item.inzage("/toewijzing/verzoeken/" + id));
        model.addAttribute("item", item);
        model.addAttribute(
                "inkoopbezwaren",
                item.status().isOnderhanden()
                        ? inkoop.bijVerzoek(item.aanbieder(), verzoeken.aangevraagdeProducten(id))
                        : List.of());
        model.addAttribute(
                "redenen",
                Arrays.stream(RedenAfwijzingVerzoek.values())
                        .filter(r -> r != RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL)
                        .toList());
        return "toewijzing/verzoek";
    }

    @PostMapping("/{id}/toewijzen")
    String toewijzen(@PathVariable long id, RedirectAttributes redirect) {
        Werkitem item = vind(id);
        return na(
                id,
                verzoeken.wijsToe(item.aanbieder(), item.referentieAanbieder()),
                "Verzoek " + item.referentieAanbieder() + " is toegewezen.",
                redirect);
    }

    @PostMapping("/{id}/onderzoek")
    String inOnderzoek(@PathVariable long id, RedirectAttributes redirect) {
        Werkitem item = vind(id);
        return na(
                id,
                verzoeken.zetInOnderzoek(item.aanbieder(), item.referentieAanbieder()),
                "Verzoek " + item.referentieAanbieder() + " is in onderzoek; de termijn is nu 8 weken.",
                redirect);
    }

    @PostMapping("/{id}/afwijzen")
    String afwijzen(@PathVariable long id, @RequestParam(required = false) String reden, RedirectAttributes redirect) {
        Werkitem item = vind(id);
        if (reden == null || !RedenAfwijzingVerzoek.isGeldig(reden)) {
            redirect.addFlashAttribute("fout", "Kies een reden voor de afwijzing.");
            return "redirect:/toewijzing/verzoeken/" + id;
        }
        return na(
                id,
                verzoeken.wijsAf(item.aanbieder(), item.referentieAanbieder(), RedenAfwijzingVerzoek.vanCode(reden)),
                "Verzoek " + item.referentieAanbieder() + " is afgewezen.",
                redirect);
    }

    @PostMapping("/{id}/woonplaatsbeginsel")
    String woonplaatsbeginsel(
            @PathVariable long id, @RequestParam(required = false) String gemeente, RedirectAttributes redirect) {
        Werkitem item = vind(id);
        GemeenteCode verantwoordelijk;
        try {
            verantwoordelijk = GemeenteCode.parse(gemeente == null ? "" : gemeente.strip());
        } catch (OngeldigeWaarde e) {
            redirect.addFlashAttribute("fout", e.getMessage());
            return "redirect:/toewijzing/verzoeken/" + id;
        }
        return na(
                id,
                verzoeken.verwijsNaarWoonplaatsgemeente(item.aanbieder(), item.referentieAanbieder(), verantwoordelijk),
                "Verzoek " + item.referentieAanbieder()
                        + " is afgewezen op het woonplaatsbeginsel; verantwoordelijk is gemeente " + verantwoordelijk
                        + ".",
                redirect);
    }

    private String na(long id, Uitkomst<?> uitkomst, String gelukt, RedirectAttributes redirect) {
        if (uitkomst.isGeaccepteerd()) {
            redirect.addFlashAttribute("succes", gelukt);
            return "redirect:/toewijzing/verzoeken";
        }
        redirect.addFlashAttribute("fout", Meldingen.afkeuring(uitkomst));
        return "redirect:/toewijzing/verzoeken/" + id;
    }

    private Werkitem vind(long id) {
        Werkitem item = verzoeken.werkitem(id).orElseThrow(() -> new NietGevonden("Verzoek bestaat niet"));
        autorisatie.vereisGemeente(item.gemeente());
        return item;
    }
}
