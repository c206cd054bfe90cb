package nl.jeugdregie.portaal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.portaal.Conceptdeclaratie;
import nl.jeugdregie.portaal.Conceptdeclaraties;
import nl.jeugdregie.portaal.Indiening;
import nl.jeugdregie.regio.RegioService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly declaratie in the browser: a concept per gemeente and month, prefilled; each line with what the
 * gemeente's checks say of it before sending, to correct or remove; sending it as a JW323; and afterwards the answer of
 * the gemeente (JW325) per line.
 */
@Controller
@RequestMapping("/portaal/declaraties")
@PreAuthorize("hasRole('AANBIEDER')")
class DeclaratiePortaalPagina {

    private final Conceptdeclaraties concepten;
    private final RegioService regio;
    private final Clock clock;

    DeclaratiePortaalPagina(Conceptdeclaraties concepten, RegioService regio, Clock clock) {
        this.concepten = concepten;
        this.regio = regio;
        this.clock = clock;
    }

    @Bean
    static Menuitem declarerenMenu() {
        return new Menuitem(
                "Declareren",
                "De maanddeclaratie per gemeente: vooraf ingevuld, vooraf gecontroleerd, en het antwoord per regel.",
                "/portaal/declaraties",
                Set.of("AANBIEDER"),
                11);
    }

    @GetMapping
    String overzicht(Model model) {
        model.addAttribute("concepten", concepten.overzicht());
        model.addAttribute(
                "gemeenten",
                regio.gemeentenVanPlatformregio(LocalDate.now(clock)).stream()
                        .map(GemeenteCode::value)
                        .sorted()
                        .toList());
        if (!model.containsAttribute("conceptformulier")) {
            model.addAttribute(
                    "conceptformulier",
                    new ConceptFormulier("", YearMonth.now(clock).minusMonths(1).toString()));
        }
        return "portaal/declaraties";
    }

    @PostMapping
    String maak(
            @ModelAttribute("conceptformulier") ConceptFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Conceptdeclaraties.Aanmaak[] gemaakt = new Conceptdeclaraties.Aanmaak[1];
        if (!Formulierfouten.probeer(
                fouten,
                () -> gemaakt[0] = concepten.maak(
                        gemeente(formulier.gemeente()), maand(formulier.maand()), "/portaal/declaraties"))) {
            return overzicht(model);
        }
        Conceptdeclaratie c = gemaakt[0].concept();
        redirect.addFlashAttribute(
                "succes",
                gemaakt[0].nieuw()
                        ? "Het concept voor " + Notatie.maand(c.maand()) + " is ingevuld uit uw toewijzingen en"
                                + " leveringen. Controleer de regels en verstuur het."
                        : "U had al een concept voor deze gemeente en " + Notatie.maand(c.maand())
                                + "; dat ziet u hier.");
        return "redirect:/portaal/declaraties/" + c.id();
    }

    @GetMapping("/{id}")
    String concept(@PathVariable long id, Model model) {
        model.addAttribute("c", concepten.concept(id, "/portaal/declaraties/" + id));
        return "portaal/declaratie";
    }

    @PostMapping("/{id}/regels/{volgnummer}")
    String corrigeer(
            @PathVariable long id,
            @PathVariable int volgnummer,
            @RequestParam(required = false) String volume,
            RedirectAttributes redirect) {
        return wijzig(
                id,
                redirect,
                "Regel " + volgnummer + " is gecorrigeerd.",
                () -> concepten.wijzigVolume(id, volgnummer, volume(volume), "/portaal/declaraties/" + id));
    }

    @PostMapping("/{id}/regels/{volgnummer}/verwijderen")
    String verwijderRegel(@PathVariable long id, @PathVariable int volgnummer, RedirectAttributes redirect) {
        return wijzig(
                id,
                redirect,
                "Regel " + volgnummer + " is verwijderd.",
                () -> concepten.verwijderRegel(id, volgnummer, "/portaal/declaraties/" + id));
    }

    @PostMapping("/{id}/versturen")
    String verstuur(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Indiening indiening = concepten.dienIn(id);
            redirect.addFlashAttribute(
                    "succes",
                    indiening.herhaald()
                            ? "Deze declaratie was al verstuurd als JW323 " + indiening.identificatie()
                                    + "; er is niets opnieuw verstuurd."
                            : "De declaratie is verstuurd als JW323 " + indiening.identificatie()
                                    + ". Het antwoord van de gemeente (JW325) verschijnt hieronder per regel.");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fout", "Niet verstuurd: " + tekst(e));
        }
        return "redirect:/portaal/declaraties/" + id;
    }

    @PostMapping("/{id}/verwijderen")
    String verwijder(@PathVariable long id, RedirectAttributes redirect) {
        try {
            concepten.verwijder(id, "/portaal/declaraties/" + id);
            redirect.addFlashAttribute("succes", "Het concept is verwijderd.");
            return "redirect:/portaal/declaraties";
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fout", tekst(e));
            return "redirect:/portaal/declaraties/" + id;
        }
    }

    private static String wijzig(long id, RedirectAttributes redirect, String gelukt, Runnable wijziging) {
        try {
            wijziging.run();
            redirect.addFlashAttribute("succes", gelukt + " De controle hieronder is opnieuw gedaan.");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fout", tekst(e));
        }
        return "redirect:/portaal/declaraties/" + id;
    }

    /** Every reason of a refusal in one sentence each, with its retourcode where it has one. */
    private static String tekst(OngeldigeInvoer e) {
        StringBuilder tekst = new StringBuilder();
        for (OngeldigeParameter p : e.parameters()) {
            if (!tekst.isEmpty()) {
                tekst.append(' ');
            }
            tekst.append(p.reason());
            if (p.code() != null) {
                tekst.append(" Retourcode ").append(p.code()).append('.');
            }
        }
        return tekst.toString();
    }

    private static long volume(String volume) {
        try {
            return Long.parseLong(volume == null ? "" : volume.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoer("volume", "Vul het geleverde volume in als heel getal, zoals 12.");
        }
    }

    static GemeenteCode gemeente(String code) {
        try {
            return GemeenteCode.parse(code == null ? "" : code.strip());
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("gemeente", "Kies de gemeente waaraan u declareert.");
        }
    }

    static YearMonth maand(String maand) {
        try {
            return YearMonth.parse(maand == null ? "" : maand.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoer("maand", "Geef de maand als jaar en maand, zoals 2026-02.");
        }
    }
}
