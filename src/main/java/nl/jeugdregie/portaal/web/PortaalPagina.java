package nl.jeugdregie.portaal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.portaal.Indiening;
import nl.jeugdregie.portaal.Leveringsmeldingen;
import nl.jeugdregie.portaal.Ontvangentoewijzingen;
import nl.jeugdregie.portaal.Redenuitleg;
import nl.jeugdregie.portaal.Startopdracht;
import nl.jeugdregie.portaal.Stopopdracht;
import nl.jeugdregie.portaal.Toewijzingsberichten;
import nl.jeugdregie.portaal.Toewijzingsdossier;
import nl.jeugdregie.portaal.Uitkomstmeting;
import nl.jeugdregie.portaal.Verzoekmeldingen;
import nl.jeugdregie.portaal.Wijzigingsverzoek;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.Toewijzingsstatus;
import nl.jeugdregie.toewijzing.Zorgtraject;
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
 * The aanbiedersportaal in the browser: the toewijzingsberichten to acknowledge and the toewijzingen received, newest
 * first, each readable in words; per toewijzing its history, its levering and the forms for start and stop. Every form
 * becomes an iJw message through the same inbox as any aanbieder's; what the gemeente would reject is shown on the form
 * with its retourcode, and nothing is sent.
 */
@Controller
@RequestMapping("/portaal")
@PreAuthorize("hasRole('AANBIEDER')")
class PortaalPagina {

    private static final int PAGINAGROOTTE = 25;

    private final Ontvangentoewijzingen toewijzingen;
    private final Toewijzingsberichten berichten;
    private final Leveringsmeldingen meldingen;
    private final Verzoekmeldingen verzoeken;
    private final RegioService regio;
    private final java.time.Clock clock;

    PortaalPagina(
            Ontvangentoewijzingen toewijzingen,
            Toewijzingsberichten berichten,
            Leveringsmeldingen meldingen,
            Verzoekmeldingen verzoeken,
            RegioService regio,
            java.time.Clock clock) {
        this.verzoeken = verzoeken;
        this.clock = clock;
        this.toewijzingen = toewijzingen;
        this.berichten = berichten;
        this.meldingen = meldingen;
        this.regio = regio;
    }

    @Bean
    static Menuitem portaalMenu() {
        return new Menuitem(
                "Toewijzingen en zorg",
                "De toewijzingen die u ontving, bevestigen, en de start en stop van de zorg melden.",
                "/portaal",
                Set.of("AANBIEDER"),
                10);
    }

    @GetMapping
    String overzicht(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        GemeenteCode gekozen = gemeente == null || gemeente.isBlank() ? null : gemeente(gemeente);
        Toewijzingsstatus toestand = status == null || status.isBlank() ? null : toestand(status);
        model.addAttribute(
                "pagina",
                toewijzingen.toewijzingen(
                        gekozen, toestand, new Paginering(Math.max(1, page), PAGINAGROOTTE), "/portaal"));
        model.addAttribute("berichten", berichten.berichten(new Paginering(1, 10)));
        model.addAttribute(
                "gemeenten",
                regio.gemeentenVanPlatformregio(java.time.LocalDate.now(clock)).stream()
                        .map(GemeenteCode::value)
                        .sorted()
                        .toList());
        model.addAttribute("statussen", Toewijzingsstatus.values());
        model.addAttribute("gemeente", gekozen == null ? "" : gekozen.value());
        model.addAttribute("status", toestand == null ? "" : toestand.name());
        return "portaal/overzicht";
    }

    @PostMapping("/toewijzingsberichten/{id}/bevestigen")
    String bevestig(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Indiening indiening = berichten.bevestig(id);
            redirect.addFlashAttribute(
                    "succes",
                    "Het toewijzingsbericht is bevestigd met JW302 " + indiening.identificatie()
                            + (indiening.herhaald() ? " (al eerder verstuurd)." : "."));
        } catch (Conflict e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/portaal";
    }

    @GetMapping("/toewijzingen/{gemeente}/{nummer}")
    String toewijzing(@PathVariable String gemeente, @PathVariable long nummer, Model model) {
        Toewijzingsdossier dossier =
                toewijzingen.dossier(gemeente(gemeente), toewijzingnummer(nummer), pad(gemeente, nummer));
        model.addAttribute("d", dossier);
        model.addAttribute("t", dossier.regel().toewijzing());
        model.addAttribute(
                "redenen",
                Arrays.stream(RedenBeeindiging.values())
                        .map(r -> new Reden(r.code(), r.omschrijving(), Redenuitleg.bij(r)))
                        .toList());
        model.addAttribute("verderZonderHulp", Uitkomstmeting.VerderZonderHulp.values());
        model.addAttribute("doelbereik", Uitkomstmeting.Doelbereik.values());
        model.addAttribute("informanten", Uitkomstmeting.Informant.values());
        List<Zorgtraject.Periode> perioden = dossier.regel().levering().perioden();
        model.addAttribute("redenenVerzoek", RedenVerzoek.values());
        model.addAttribute("eenheden", Eenheid.values());
        model.addAttribute("frequenties", Frequentie.values());
        if (!model.containsAttribute("wijzigingformulier")) {
            model.addAttribute("wijzigingformulier", WijzigingFormulier.nieuw());
        }
        if (!model.containsAttribute("startformulier")) {
            model.addAttribute("startformulier", StartFormulier.nieuw());
        }
        if (!model.containsAttribute("stopformulier")) {
            model.addAttribute(
                    "stopformulier",
                    StopFormulier.nieuw(
                            perioden.isEmpty()
                                    ? null
                                    : perioden.get(perioden.size() - 1).begindatum()));
        }
        return "portaal/toewijzing";
    }

    /** A reden beëindiging with its code, name and when to choose it. */
    record Reden(String code, String omschrijving, String uitleg) {}

    @PostMapping("/toewijzingen/{gemeente}/{nummer}/start")
    String start(
            @PathVariable String gemeente,
            @PathVariable long nummer,
            @ModelAttribute("startformulier") StartFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        return verstuur(
                gemeente,
                nummer,
                fouten,
                model,
                redirect,
                (g, n) -> meldingen.meldStart(
                        new Startopdracht(
                                g,
                                n,
                                formulier.begindatum(),
                                LeveringenApi.wijze(formulier.wijze()),
                                formulier.vorigeBegindatum()),
                        formulier.sleutel()));
    }

    @PostMapping("/toewijzingen/{gemeente}/{nummer}/stop")
    String stop(
            @PathVariable String gemeente,
            @PathVariable long nummer,
            @ModelAttribute("stopformulier") StopFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        return verstuur(
                gemeente,
                nummer,
                fouten,
                model,
                redirect,
                (g, n) -> meldingen.meldStop(
                        new Stopopdracht(
                                g,
                                n,
                                formulier.begindatum(),
                                formulier.einddatum(),
                                reden(formulier.reden()),
                                LeveringenApi.wijze(formulier.wijze()),
                                metingen(formulier)),
                        formulier.sleutel()));
    }

    @PostMapping("/toewijzingen/{gemeente}/{nummer}/wijziging")
    String wijziging(
            @PathVariable String gemeente,
            @PathVariable long nummer,
            @ModelAttribute("wijzigingformulier") WijzigingFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        return verstuur(
                gemeente,
                nummer,
                fouten,
                model,
                redirect,
                (g, n) -> verzoeken.vraagWijziging(
                        new Wijzigingsverzoek(
                                g,
                                n,
                                formulier.reden() == null || formulier.reden().isBlank()
                                        ? null
                                        : RedenVerzoek.find(formulier.reden()).orElse(null),
                                formulier.gewensteIngangsdatum(),
                                formulier.einddatum(),
                                Verzoekinvoer.omvang(formulier.volume(), formulier.eenheid(), formulier.frequentie()),
                                Verzoekinvoer.budget(formulier.budget()),
                                null),
                        formulier.sleutel()));
    }

    /**
     * Sends what a form asks and shows the toewijzing again: with the message sent on success, otherwise with every
     * reason of the refusal on the form.
     */
    private String verstuur(
            String gemeente,
            long nummer,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect,
            java.util.function.BiFunction<GemeenteCode, Toewijzingnummer, Indiening> melding) {
        GemeenteCode g = gemeente(gemeente);
        Toewijzingnummer n = toewijzingnummer(nummer);
        Indiening[] verstuurd = new Indiening[1];
        if (Formulierfouten.probeer(fouten, () -> verstuurd[0] = metCodes(() -> melding.apply(g, n)))) {
            redirect.addFlashAttribute("succes", verstuurdTekst(verstuurd[0]));
            return "redirect:" + pad(gemeente, nummer);
        }
        return toewijzing(gemeente, nummer, model);
    }

    private static String verstuurdTekst(Indiening indiening) {
        return indiening.berichttype() + " " + indiening.identificatie()
                + (indiening.herhaald()
                        ? " was al verstuurd; er is niets opnieuw verstuurd."
                        : indiening.berichttype().equals("JW317")
                                ? " is verstuurd. Het antwoord van de gemeente ziet u onder Verzoeken."
                                : " is verstuurd en wordt verwerkt. Het antwoord van de gemeente ziet u hieronder bij de"
                                        + " levering en onder Berichten.");
    }

    /** A refusal with the retourcode in the text, as the form shows only the text. */
    private static Indiening metCodes(java.util.function.Supplier<Indiening> melding) {
        try {
            return melding.get();
        } catch (OngeldigeInvoer e) {
            List<OngeldigeParameter> metCode = new ArrayList<>();
            for (OngeldigeParameter p : e.parameters()) {
                metCode.add(new OngeldigeParameter(
                        p.name(),
                        p.code() == null ? p.reason() : p.reason() + " Retourcode " + p.code() + ".",
                        p.code()));
            }
            throw new OngeldigeInvoer(metCode);
        }
    }

    private static List<Uitkomstmeting> metingen(StopFormulier formulier) {
        if (formulier.informant() == null || formulier.informant().isBlank()) {
            return List.of();
        }
        try {
            return List.of(new Uitkomstmeting(
                    Uitkomstmeting.Informant.valueOf(formulier.informant()),
                    formulier.verderZonderHulp() == null
                            ? null
                            : Uitkomstmeting.VerderZonderHulp.vanCode(formulier.verderZonderHulp())
                                    .orElse(null),
                    formulier.tevredenheid(),
                    formulier.doelen() == null || formulier.doelen().isBlank()
                            ? null
                            : Uitkomstmeting.Doelbereik.valueOf(formulier.doelen())));
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("tevredenheid", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("informant", "Kies de antwoorden van de uitkomstmeting uit de lijsten.");
        }
    }

    private static RedenBeeindiging reden(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return RedenBeeindiging.find(code)
                .orElseThrow(() -> new OngeldigeInvoer("reden", "Kies een reden beëindiging uit de lijst."));
    }

    private static String pad(String gemeente, long nummer) {
        return "/portaal/toewijzingen/" + gemeente + "/" + nummer;
    }

    private static GemeenteCode gemeente(String code) {
        try {
            return GemeenteCode.parse(code);
        } catch (OngeldigeWaarde e) {
            throw new NietGevonden("Gemeente " + code + " bestaat niet.");
        }
    }

    private static Toewijzingnummer toewijzingnummer(long nummer) {
        try {
            return new Toewijzingnummer(nummer);
        } catch (OngeldigeWaarde e) {
            throw new NietGevonden("Toewijzing " + nummer + " bestaat niet.");
        }
    }

    private static Toewijzingsstatus toestand(String status) {
        try {
            return Toewijzingsstatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("status", "Kies een status uit de lijst.");
        }
    }
}
