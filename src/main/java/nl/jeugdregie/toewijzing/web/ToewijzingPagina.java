package nl.jeugdregie.toewijzing.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.jeugdige.Persoonsregistratie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.Uitkomst;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.WachtendToewijzingsbericht;
import nl.jeugdregie.toewijzing.WachtendeToewijzingsberichten;
import nl.jeugdregie.toewijzing.Zorgtraject;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.springframework.beans.factory.ObjectProvider;
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
 * A client's toewijzingen, one toewijzing with its versions and levering, and the gemeente's own toewijzingen: new,
 * verlengen, verkorten or intrekken, verwijderen. BACKOFFICE sees every gemeente of the region, TOEGANG its own. The
 * BSN never appears in a URL: the client is looked up with a form post.
 */
@Controller
@RequestMapping("/toewijzing")
@PreAuthorize("hasAnyRole('BACKOFFICE', 'TOEGANG')")
class ToewijzingPagina {

    private final ToewijzingService toewijzingen;
    private final ZorgtrajectService zorgtrajecten;
    private final VerzoekService verzoeken;
    private final ClientService clienten;
    private final Autorisatie autorisatie;
    private final Toegangslog toegangslog;
    private final ObjectProvider<WachtendeToewijzingsberichten> wachtendeBerichten;
    private final Inkoopcontrole inkoop;
    private final Clock clock;

    ToewijzingPagina(
            ToewijzingService toewijzingen,
            ZorgtrajectService zorgtrajecten,
            VerzoekService verzoeken,
            ClientService clienten,
            Autorisatie autorisatie,
            Toegangslog toegangslog,
            ObjectProvider<WachtendeToewijzingsberichten> wachtendeBerichten,
            Inkoopcontrole inkoop,
            Clock clock) {
        this.toewijzingen = toewijzingen;
        this.zorgtrajecten = zorgtrajecten;
        this.verzoeken = verzoeken;
        this.clienten = clienten;
        this.autorisatie = autorisatie;
        this.toegangslog = toegangslog;
        this.wachtendeBerichten = wachtendeBerichten;
        this.inkoop = inkoop;
        this.clock = clock;
    }

    @Bean
    static Menuitem toewijzingenMenu() {
        return new Menuitem(
                "Toewijzingen",
                "De toewijzingen en levering van een jeugdige bekijken, toewijzen, verlengen, verkorten of intrekken.",
                "/toewijzing/clienten",
                Set.of("BACKOFFICE", "TOEGANG"),
                21);
    }

    @GetMapping("/clienten")
    String zoekClient(Model model) {
        model.addAttribute(
                "gemeenten",
                new TreeSet<>(autorisatie.zichtbareGemeenten().stream()
                        .map(GemeenteCode::value)
                        .toList()));
        model.addAttribute("wachtend", wachtend(autorisatie.zichtbareGemeenten()));
        return "toewijzing/clienten";
    }

    @PostMapping("/clienten")
    String client(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String bsn, Model model) {
        GemeenteCode code;
        Bsn client;
        try {
            code = GemeenteCode.parse(gemeente == null ? "" : gemeente.strip());
            client = new Bsn(bsn == null ? "" : bsn.strip());
        } catch (OngeldigeWaarde e) {
            model.addAttribute("fout", e.getMessage());
            return zoekClient(model);
        }
        autorisatie.vereisGemeente(code);
        return toonClientMetGegevens(code, client, "/toewijzing/clienten", model);
    }

    /**
     * The client page of the jeugdige of a toewijzing, reached with a link (the toewijzing number, never the BSN, is
     * in the address): where a toegang worker completes the gegevens a waiting JW301 needs.
     */
    @GetMapping("/{gemeente}/{nummer}/jeugdige")
    String jeugdigeVanToewijzing(@PathVariable String gemeente, @PathVariable String nummer, Model model) {
        ToegewezenProduct t = vind(gemeente, nummer);
        return toonClientMetGegevens(
                t.gemeente(), t.client(), "/toewijzing/" + gemeente + "/" + nummer + "/jeugdige", model);
    }

    private String toonClientMetGegevens(GemeenteCode code, Bsn client, String adres, Model model) {
        toegangslog.registreer(new Gebeurtenis(
                client, Actie.RAADPLEGEN, "cliëntgegevens, toewijzingen en verzoeken", "gemeente " + code, adres));
        Persoonsregistratie registratie = clienten.gegevens(code, client).orElse(null);
        model.addAttribute("registratie", registratie);
        if (!model.containsAttribute("gegevens")) {
            model.addAttribute(
                    "gegevens",
                    ClientgegevensFormulier.van(
                            code.value(), client.value(), registratie == null ? null : registratie.gegevens()));
        }
        return toonClient(code, client, model);
    }

    /** Records the client's gegevens; a JW301 that waited for them is made at once. */
    @PostMapping("/clienten/gegevens")
    String legGegevensVast(@ModelAttribute("gegevens") ClientgegevensFormulier formulier, Model model) {
        GemeenteCode code;
        Bsn client;
        try {
            code = GemeenteCode.parse(
                    formulier.gemeente() == null ? "" : formulier.gemeente().strip());
            client = new Bsn(formulier.bsn() == null ? "" : formulier.bsn().strip());
        } catch (OngeldigeWaarde e) {
            model.addAttribute("fout", e.getMessage());
            return zoekClient(model);
        }
        autorisatie.vereisGemeente(code);
        try {
            clienten.legVast(code, client, formulier.gegevens());
            toegangslog.registreer(new Gebeurtenis(
                    client, Actie.WIJZIGEN, "cliëntgegevens", "gemeente " + code, "/toewijzing/clienten/gegevens"));
            model.addAttribute("succes", "De gegevens van de jeugdige zijn vastgelegd.");
        } catch (OngeldigeWaarde e) {
            model.addAttribute("fout", "De gegevens zijn niet vastgelegd: " + e.getMessage());
        }
        Persoonsregistratie registratie = clienten.gegevens(code, client).orElse(null);
        model.addAttribute("registratie", registratie);
        if (!model.containsAttribute("fout")) {
            model.addAttribute(
                    "gegevens", ClientgegevensFormulier.van(code.value(), client.value(), registratie.gegevens()));
        }
        return toonClient(code, client, model);
    }

    private String toonClient(GemeenteCode code, Bsn client, Model model) {
        List<ToegewezenProduct> lijst = toewijzingen.vanClient(code, client);
        model.addAttribute("gemeente", code);
        model.addAttribute("client", client);
        model.addAttribute("toewijzingen", lijst);
        model.addAttribute("trajecten", trajecten(code, lijst));
        model.addAttribute("verzoeken", verzoeken.verzoekenVanClient(code, client));
        Set<Toewijzingnummer> nummers =
                lijst.stream().map(ToegewezenProduct::nummer).collect(Collectors.toSet());
        model.addAttribute(
                "wachtend",
                wachtend(Set.of(code)).stream()
                        .filter(w -> nummers.contains(w.toewijzing()))
                        .toList());
        model.addAttribute("peildatum", LocalDate.now(clock));
        return "toewijzing/client";
    }

    @GetMapping("/{gemeente}/{nummer}")
    String toewijzing(@PathVariable String gemeente, @PathVariable String nummer, Model model) {
        ToegewezenProduct toewijzing = vind(gemeente, nummer);
        toegangslog.registreer(new Gebeurtenis(
                toewijzing.client(),
                Actie.RAADPLEGEN,
                "toewijzing " + toewijzing.nummer(),
                "gemeente " + toewijzing.gemeente(),
                "/toewijzing/" + gemeente + "/" + nummer));
        model.addAttribute("t", toewijzing);
        model.addAttribute("versies", toewijzingen.versies(toewijzing.gemeente(), toewijzing.nummer()));
        model.addAttribute("traject", zorgtrajecten.zorgtraject(toewijzing.gemeente(), toewijzing.nummer()));
        model.addAttribute("wacht", wachtend(toewijzing).orElse(null));
        model.addAttribute(
                "redenen",
                Arrays.stream(RedenWijziging.values())
                        .filter(r -> r != RedenWijziging.VERWIJDERD && !r.isVervallen())
                        .toList());
        return "toewijzing/toewijzing";
    }

    @PostMapping("/{gemeente}/{nummer}/einddatum")
    String wijzigEinddatum(
            @PathVariable String gemeente,
            @PathVariable String nummer,
            @RequestParam(required = false) LocalDate einddatum,
            @RequestParam(required = false) String reden,
            @RequestParam(defaultValue = "false") boolean instemming,
            RedirectAttributes redirect) {
        ToegewezenProduct t = vind(gemeente, nummer);
        if (reden == null || !RedenWijziging.isGeldig(reden)) {
            redirect.addFlashAttribute("fout", "Kies een reden wijziging.");
            return terug(t);
        }
        RedenWijziging redenWijziging = RedenWijziging.vanCode(reden);
        boolean later = t.periode().eind() != null
                && (einddatum == null || einddatum.isAfter(t.periode().eind()));
        if (einddatum == null && !later) {
            redirect.addFlashAttribute("fout", "Vul de nieuwe einddatum in.");
            return terug(t);
        }
        Uitkomst<ToegewezenProduct> uitkomst = later
                ? toewijzingen.verleng(t.gemeente(), t.nummer(), einddatum, redenWijziging)
                : toewijzingen.verkort(t.gemeente(), t.nummer(), einddatum, redenWijziging, instemming);
        return na(t, uitkomst, "Toewijzing " + t.nummer() + " heeft een nieuwe einddatum.", redirect);
    }

    @PostMapping("/{gemeente}/{nummer}/verwijderen")
    String verwijder(@PathVariable String gemeente, @PathVariable String nummer, RedirectAttributes redirect) {
        ToegewezenProduct t = vind(gemeente, nummer);
        return na(
                t,
                toewijzingen.verwijder(t.gemeente(), t.nummer()),
                "Toewijzing " + t.nummer() + " is verwijderd (reden 13).",
                redirect);
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        String eerste = autorisatie.zichtbareGemeenten().stream()
                .map(GemeenteCode::value)
                .sorted()
                .findFirst()
                .orElse("");
        model.addAttribute("formulier", ToewijzingFormulier.leeg(eerste));
        return formulier(model);
    }

    @PostMapping("/nieuw")
    String wijsToe(
            @Valid @ModelAttribute("formulier") ToewijzingFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        NieuweToewijzing opdracht = fouten.hasErrors() ? null : opdracht(formulier, fouten);
        if (opdracht != null && inkoop.controleer(opdracht, fouten)) {
            autorisatie.vereisGemeente(opdracht.gemeente());
            Uitkomst<ToegewezenProduct> uitkomst = toewijzingen.wijsToe(opdracht);
            if (uitkomst.isGeaccepteerd()) {
                ToegewezenProduct t = uitkomst.waarde();
                redirect.addFlashAttribute(
                        "succes", "Toewijzing " + t.nummer() + " is vastgesteld." + wachtOpGegevens(t));
                return terug(t);
            }
            fouten.reject("regel", Meldingen.afkeuring(uitkomst));
        }
        return formulier(model);
    }

    private String formulier(Model model) {
        model.addAttribute(
                "gemeenten",
                new TreeSet<>(autorisatie.zichtbareGemeenten().stream()
                        .map(GemeenteCode::value)
                        .toList()));
        model.addAttribute("categorieen", Productcategorie.values());
        model.addAttribute("eenheden", Eenheid.values());
        model.addAttribute("frequenties", Frequentie.values());
        return "toewijzing/nieuw";
    }

    private static NieuweToewijzing opdracht(ToewijzingFormulier f, BindingResult fouten) {
        try {
            Productcategorie categorie =
                    f.productcategorie() == null || f.productcategorie().isBlank()
                            ? null
                            : Productcategorie.vanCode(f.productcategorie());
            Omvang omvang = f.volume() == null
                    ? null
                    : new Omvang(f.volume(), Eenheid.vanCode(f.eenheid()), Frequentie.vanCode(f.frequentie()));
            Bedrag budget = f.budget() == null || f.budget().isBlank() ? null : Bedrag.parse(f.budget());
            return new NieuweToewijzing(
                    GemeenteCode.parse(f.gemeente()),
                    new Bsn(f.bsn().strip()),
                    new AgbCode(f.aanbieder()),
                    new Productaanduiding(categorie, f.productcode()),
                    new Periode(f.ingangsdatum(), f.einddatum()),
                    omvang,
                    budget,
                    f.commentaar());
        } catch (OngeldigeWaarde e) {
            fouten.reject("ongeldig", e.getMessage());
            return null;
        }
    }

    private Map<Toewijzingnummer, Zorgtraject> trajecten(GemeenteCode gemeente, List<ToegewezenProduct> lijst) {
        return lijst.stream()
                .map(t -> zorgtrajecten.zorgtraject(gemeente, t.nummer()))
                .collect(Collectors.toMap(Zorgtraject::nummer, Function.identity()));
    }

    private String na(ToegewezenProduct t, Uitkomst<?> uitkomst, String gelukt, RedirectAttributes redirect) {
        if (uitkomst.isGeaccepteerd()) {
            redirect.addFlashAttribute("succes", gelukt + wachtOpGegevens(t));
        } else {
            redirect.addFlashAttribute("fout", Meldingen.afkeuring(uitkomst));
        }
        return terug(t);
    }

    /** The toewijzingen of these gemeenten whose JW301 waits for the client's gegevens. */
    private List<WachtendToewijzingsbericht> wachtend(Set<GemeenteCode> gemeenten) {
        WachtendeToewijzingsberichten bron = wachtendeBerichten.getIfAvailable();
        return bron == null || gemeenten.isEmpty() ? List.of() : bron.wachtend(gemeenten);
    }

    private Optional<WachtendToewijzingsbericht> wachtend(ToegewezenProduct t) {
        return wachtend(Set.of(t.gemeente())).stream()
                .filter(w -> w.toewijzing().equals(t.nummer()))
                .findFirst();
    }

    /** Added to the message after a change: the JW301 cannot go yet, the page says what is missing. */
    private String wachtOpGegevens(ToegewezenProduct t) {
        return wachtend(t)
                .map(w -> " Het toewijzingsbericht (JW301) is nog niet verstuurd: van de jeugdige ontbreekt nog "
                        + w.ontbreekt() + ".")
                .orElse("");
    }

    private static String terug(ToegewezenProduct t) {
        return "redirect:/toewijzing/" + t.gemeente().value() + "/" + t.nummer();
    }

    private ToegewezenProduct vind(String gemeente, String nummer) {
        try {
            ToegewezenProduct t = toewijzingen
                    .toewijzing(GemeenteCode.parse(gemeente), Toewijzingnummer.parse(nummer))
                    .orElseThrow(() -> new NietGevonden("Toewijzing bestaat niet"));
            autorisatie.vereisGemeente(t.gemeente());
            return t;
        } catch (OngeldigeWaarde e) {
            throw new NietGevonden("Toewijzing bestaat niet");
        }
    }
}
