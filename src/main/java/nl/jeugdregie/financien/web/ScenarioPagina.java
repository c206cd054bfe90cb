package nl.jeugdregie.financien.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.financien.Hefboom;
import nl.jeugdregie.financien.Scenario;
import nl.jeugdregie.financien.ScenarioService;
import nl.jeugdregie.financien.Scenarioinvoer;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Tabel;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scenario's of a gemeente: the form with the levers and the savings task (computed first, then saved under a name),
 * the saved scenario's, one scenario with its projection, and scenario's side by side; each with an XLSX export.
 */
@Controller
@PreAuthorize(Financienrollen.LEZEN)
class ScenarioPagina {

    private final ScenarioService scenarios;
    private final Namen namen;
    private final Clock clock;

    ScenarioPagina(ScenarioService scenarios, Namen namen, Clock clock) {
        this.scenarios = scenarios;
        this.namen = namen;
        this.clock = clock;
    }

    @Bean
    static Menuitem scenarioMenu() {
        return new Menuitem(
                "Scenario's",
                "Maatregelen doorrekenen over vijf jaar tegen de besparingsopgave, opslaan en vergelijken.",
                "/financien/scenarios",
                Set.of("BACKOFFICE", "ANALIST", "BEHEERDER", "TOEGANG"),
                10);
    }

    /** The form as typed: levers in Dutch notation, amounts in euros. */
    record Formulier(
            String naam, String toelichting, Map<Hefboom, String> waarden, String investering, List<String> opgave) {

        public String waarde(Hefboom h) {
            return waarden.getOrDefault(h, "");
        }
    }

    @GetMapping("/financien/scenarios")
    String scenarios(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String voorstel,
            Model model) {
        GemeenteCode code = gemeente(gemeente);
        vulAan(model, code);
        if (!model.containsAttribute("formulier")) {
            Optional<Bedrag> aandeel = voorstel == null ? Optional.empty() : scenarios.landelijkAandeel(code);
            String opgave = aandeel.map(b -> b.format().replace("€ ", "")).orElse("");
            if (voorstel != null && aandeel.isEmpty()) {
                model.addAttribute(
                        "formulierfouten",
                        List.of("Er is geen voorstel: het landelijke bedrag of het inwonertal ontbreekt."));
            }
            model.addAttribute(
                    "formulier",
                    new Formulier(
                            "", "", new EnumMap<>(Hefboom.class), "", List.of(opgave, opgave, opgave, opgave, opgave)));
        }
        return "financien/scenarios";
    }

    @PostMapping("/financien/scenarios")
    String maak(
            @RequestParam String gemeente,
            @RequestParam(required = false) String actie,
            @RequestParam(required = false) String naam,
            @RequestParam(required = false) String toelichting,
            @RequestParam Map<String, String> velden,
            @RequestParam(name = "opgave", required = false) List<String> opgave,
            Model model,
            RedirectAttributes redirect) {
        GemeenteCode code = gemeente(gemeente);
        Map<Hefboom, String> waarden = new EnumMap<>(Hefboom.class);
        for (Hefboom h : Hefboom.values()) {
            String waarde = velden.get(h.veld());
            if (waarde != null) {
                waarden.put(h, waarde);
            }
        }
        List<String> jaren = new ArrayList<>();
        for (int i = 0; i < Scenarioinvoer.JAREN; i++) {
            jaren.add(FinancienPagina.uit(opgave, i));
        }
        Formulier formulier = new Formulier(naam, toelichting, waarden, velden.get("investering"), jaren);
        boolean opslaan = !"doorrekenen".equals(actie);
        try {
            Scenarioinvoer.Keuze keuze = Scenarioinvoer.lees(new Scenarioinvoer.Invoer(
                    opslaan || (naam != null && !naam.isBlank()) ? naam : "Doorrekening",
                    toelichting,
                    waarden,
                    formulier.investering(),
                    jaren,
                    false));
            if (opslaan) {
                Scenario s = scenarios.maak(code, keuze);
                redirect.addFlashAttribute("succes", "Scenario '" + s.naam() + "' opgeslagen.");
                return "redirect:/financien/scenarios/" + s.id();
            }
            Scenario doorrekening = scenarios.doorrekenen(code, keuze);
            model.addAttribute("doorrekening", doorrekening);
            model.addAttribute("grafiek", Scenarioweergave.grafiek(List.of(doorrekening)));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("formulierfouten", fouten(e));
        }
        model.addAttribute("formulier", formulier);
        return scenarios(gemeente, null, model);
    }

    @GetMapping("/financien/scenarios/{id}")
    String scenario(@PathVariable long id, Model model) {
        Scenario s = scenarios.scenario(id);
        model.addAttribute("scenario", s);
        model.addAttribute("projectie", s.projectie());
        model.addAttribute("grafiek", Scenarioweergave.grafiek(List.of(s)));
        model.addAttribute("weergave", Scenarioweergave.VOOR_SJABLONEN);
        model.addAttribute("magVerwijderen", scenarios.magVerwijderen(s));
        return "financien/scenario";
    }

    @GetMapping("/financien/scenarios/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        Scenario s = scenarios.scenario(id);
        return xlsx("scenario-" + id, Scenarioweergave.tabel(List.of(s), namen));
    }

    @PostMapping("/financien/scenarios/{id}/verwijderen")
    String verwijder(@PathVariable long id, RedirectAttributes redirect) {
        Scenario s = scenarios.scenario(id);
        scenarios.verwijder(id);
        redirect.addFlashAttribute("succes", "Scenario '" + s.naam() + "' verwijderd.");
        return "redirect:/financien/scenarios?gemeente=" + s.gemeente().value();
    }

    @GetMapping("/financien/scenarios/vergelijking")
    String vergelijking(@RequestParam(name = "id", required = false) List<String> ids, Model model) {
        List<Scenario> gekozen = gekozen(ids);
        model.addAttribute("gekozen", gekozen);
        model.addAttribute("ids", gekozen.stream().map(Scenario::id).toList());
        model.addAttribute("grafiek", Scenarioweergave.grafiek(gekozen));
        model.addAttribute("weergave", Scenarioweergave.VOOR_SJABLONEN);
        return "financien/scenariovergelijking";
    }

    @GetMapping("/financien/scenarios/vergelijking.xlsx")
    ResponseEntity<byte[]> vergelijkingExport(@RequestParam(name = "id", required = false) List<String> ids) {
        return xlsx("scenariovergelijking", Scenarioweergave.tabel(gekozen(ids), namen));
    }

    /** The scenario's to compare, each readable by the user; at least two, at most six. */
    private List<Scenario> gekozen(List<String> ids) {
        List<String> gegeven = ids == null ? List.of() : ids;
        if (gegeven.size() < 2 || gegeven.size() > 6) {
            throw new OngeldigeWaarde("Kies twee tot en met zes scenario's om te vergelijken, niet " + gegeven.size());
        }
        List<Scenario> gekozen = new ArrayList<>();
        for (String id : gegeven) {
            if (id == null || !id.strip().matches("[0-9]{1,18}")) {
                throw new OngeldigeWaarde("Scenario '" + id + "' bestaat niet; kies scenario's uit de lijst");
            }
            Scenario s = scenarios.scenario(Long.parseLong(id.strip()));
            if (gekozen.stream().noneMatch(g -> g.id() == s.id())) {
                gekozen.add(s);
            }
        }
        if (gekozen.size() < 2) {
            throw new OngeldigeWaarde("Kies twee verschillende scenario's om te vergelijken");
        }
        return gekozen;
    }

    private static ResponseEntity<byte[]> xlsx(String naam, Tabel tabel) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Tabel.XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Bijlage.als(naam + ".xlsx").toString())
                .body(tabel.xlsx());
    }

    private void vulAan(Model model, GemeenteCode gemeente) {
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("gemeenten", scenarios.zichtbareGemeenten());
        model.addAttribute("opgeslagen", scenarios.scenarios(gemeente));
        model.addAttribute("weergave", Scenarioweergave.VOOR_SJABLONEN);
        int dit = LocalDate.now(clock).getYear();
        model.addAttribute("jaren", List.of(dit + 1, dit + 2, dit + 3, dit + 4, dit + 5));
        model.addAttribute("basisjaar", dit);
    }

    private GemeenteCode gemeente(String gemeente) {
        return gemeente == null || gemeente.isBlank()
                ? scenarios.zichtbareGemeenten().stream()
                        .findFirst()
                        .orElseThrow(() -> new nl.jeugdregie.beveiliging.NietGeautoriseerd(
                                "U hebt geen gemeente om scenario's voor te maken"))
                : GemeenteCode.parse(gemeente.strip());
    }

    private static List<String> fouten(OngeldigeInvoer e) {
        return e.parameters().stream()
                .map(f -> f.name().equals("naam") ? "Naam: " + f.reason() : f.reason())
                .toList();
    }
}
