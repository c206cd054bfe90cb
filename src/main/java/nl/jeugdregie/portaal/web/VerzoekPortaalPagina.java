package nl.jeugdregie.portaal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.JaNee;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.portaal.Indiening;
import nl.jeugdregie.portaal.Toewijzingsverzoek;
import nl.jeugdregie.portaal.Verzoekmeldingen;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toewijzing.Productaanduiding;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verzoeken of an aanbieder in the browser: the form of a verzoek om toewijzing (JW315) for a jeugdige referred to
 * it, and every verzoek with the answers of the gemeente (JW316, JW319 with its reden, the JW301 of a toewijzing). A
 * verzoek om wijziging (JW317) starts from the toewijzing it changes.
 */
@Controller
@RequestMapping("/portaal/verzoeken")
@PreAuthorize("hasRole('AANBIEDER')")
class VerzoekPortaalPagina {

    private static final String PAD = "/portaal/verzoeken";

    private final Verzoekmeldingen verzoeken;
    private final RegioService regio;
    private final Clock clock;

    VerzoekPortaalPagina(Verzoekmeldingen verzoeken, RegioService regio, Clock clock) {
        this.verzoeken = verzoeken;
        this.regio = regio;
        this.clock = clock;
    }

    @Bean
    static Menuitem verzoekenMenu() {
        return new Menuitem(
                "Verzoeken",
                "Een toewijzing of wijziging aanvragen bij de gemeente, en het antwoord daarop.",
                PAD,
                Set.of("AANBIEDER"),
                12);
    }

    @GetMapping
    String overzicht(Model model) {
        model.addAttribute("verzoeken", verzoeken.verzoeken(PAD));
        model.addAttribute(
                "gemeenten",
                regio.gemeentenVanPlatformregio(LocalDate.now(clock)).stream()
                        .map(GemeenteCode::value)
                        .sorted()
                        .toList());
        model.addAttribute("geslachten", Geslacht.values());
        model.addAttribute("verwijzers", Verwijzer.values());
        model.addAttribute("eenheden", Eenheid.values());
        model.addAttribute("frequenties", Frequentie.values());
        model.addAttribute("janee", JaNee.values());
        if (!model.containsAttribute("verzoekformulier")) {
            model.addAttribute("verzoekformulier", VerzoekFormulier.nieuw());
        }
        return "portaal/verzoeken";
    }

    @PostMapping
    String vraagToewijzing(
            @ModelAttribute("verzoekformulier") VerzoekFormulier f,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Indiening[] verstuurd = new Indiening[1];
        if (!Formulierfouten.probeer(fouten, () -> verstuurd[0] = verzoeken.vraagToewijzing(verzoek(f), f.sleutel()))) {
            return overzicht(model);
        }
        redirect.addFlashAttribute(
                "succes",
                verstuurd[0].herhaald()
                        ? "Dit verzoek was al verstuurd als JW315 " + verstuurd[0].identificatie()
                                + "; er is niets opnieuw verstuurd."
                        : "Het verzoek om toewijzing is verstuurd als JW315 " + verstuurd[0].identificatie()
                                + ". Het antwoord van de gemeente ziet u hieronder.");
        return "redirect:" + PAD;
    }

    private static Toewijzingsverzoek verzoek(VerzoekFormulier f) {
        return new Toewijzingsverzoek(
                DeclaratiePortaalPagina.gemeente(f.gemeente()),
                bsn(f.bsn()),
                f.geboortedatum(),
                leeg(f.geslacht()) ? null : Geslacht.find(f.geslacht()).orElse(null),
                f.achternaam(),
                f.voorvoegsel(),
                f.voorletters(),
                leeg(f.gezagsdragerBekend())
                        ? null
                        : JaNee.find(f.gezagsdragerBekend()).orElse(null),
                product(f.productcode()),
                f.ingangsdatum(),
                f.einddatum(),
                Verzoekinvoer.omvang(f.volume(), f.eenheid(), f.frequentie()),
                Verzoekinvoer.budget(f.budget()),
                leeg(f.verwijzer()) ? null : Verwijzer.find(f.verwijzer()).orElse(null),
                f.verwijzerNaam(),
                f.zorgverlenerCode(),
                f.commentaar());
    }

    private static Bsn bsn(String bsn) {
        if (leeg(bsn)) {
            return null;
        }
        try {
            return new Bsn(bsn.strip());
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("bsn", "Dit is geen geldig BSN: 9 cijfers die de elfproef doorstaan.");
        }
    }

    private static Productaanduiding product(String code) {
        if (leeg(code)) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return Productcategorie.find(c.length() >= 2 ? c.substring(0, 2) : c)
                .filter(x -> c.matches("[0-9]{2}[A-Z0-9]{3}"))
                .map(cat -> Productaanduiding.specifiek(cat, c))
                .orElseThrow(() -> new OngeldigeInvoer(
                        "productcode",
                        "Vul een productcode van vijf tekens in, zoals 45A48; de eerste twee cijfers zijn de"
                                + " productcategorie ("
                                + String.join(
                                        ", ",
                                        Arrays.stream(Productcategorie.values())
                                                .limit(3)
                                                .map(Productcategorie::code)
                                                .toList())
                                + ", ...)."));
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
