package nl.jeugdregie.financien.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.financien.Grondslag;
import nl.jeugdregie.financien.Hefbomen;
import nl.jeugdregie.financien.Hefboom;
import nl.jeugdregie.financien.Projectie;
import nl.jeugdregie.financien.Scenario;
import nl.jeugdregie.financien.ScenarioService;
import nl.jeugdregie.financien.Scenarioinvoer;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario's of a gemeente: levers projected over the five years after this year against its savings task, saved
 * under a name. Amounts are whole eurocent (integers); the contributions of the levers add up to the saving exactly.
 */
@RestController
@RequestMapping(Api.BASIS + "/scenarios")
@PreAuthorize(Financienrollen.LEZEN)
@Tag(
        name = "Scenario's",
        description = "Maatregelen van een gemeente doorgerekend over vijf jaar tegen haar besparingsopgave, opgeslagen"
                + " met een naam en te vergelijken. Alle bedragen in hele eurocenten (gehele getallen).")
class ScenarioApi {

    private static final String EUROCENT = FinancienApi.EUROCENT;
    private static final String PROCENT =
            "Percentage met hoogstens twee decimalen als tekst, bijvoorbeeld \"12.5\"; leeg is 0. Bereik: ";

    private final ScenarioService scenarios;
    private final Namen namen;

    ScenarioApi(ScenarioService scenarios, Namen namen) {
        this.scenarios = scenarios;
        this.namen = namen;
    }

    @Schema(name = "Hefbomen")
    record HefbomenJson(
            @Schema(
                    description = "Deel van het overig residentieel verblijf dat naar pleegzorg gaat. " + PROCENT
                            + "0 tot en met 50.",
                    example = "10")
            String naarPleegzorg,

            @Schema(
                    description = "Deel van het overig residentieel verblijf dat naar een gezinshuis gaat. " + PROCENT
                            + "0 tot en met 50.")
            String naarGezinshuis,

            @Schema(description = "Hoeveel korter nieuwe trajecten gemiddeld duren. " + PROCENT + "0 tot en met 30.")
            String korterDuur,

            @Schema(
                    description = "Hoeveel minder nieuwe instroom door een sterker lokaal team. " + PROCENT
                            + "0 tot en met 30.")
            String minderInstroom,

            @Schema(description = "Toegekende tariefindexatie per jaar. " + PROCENT + "-2 tot en met 10.")
            String indexatie,

            @Schema(description = "Grootste aantal aanbieders per product, 1 tot en met 10; leeg: geen grens")
            String maxAanbieders,

            @Schema(
                    description =
                            "Aanname: prijsstijging per jaar zonder maatregelen. " + PROCENT + "-2 tot en met 10.")
            String verwachteIndexatie,

            @Schema(
                    description = "Aanname: groei van het volume per jaar zonder maatregelen. " + PROCENT
                            + "-10 tot en met 15.")
            String autonomeGroei) {

        Map<Hefboom, String> waarden() {
            Map<Hefboom, String> w = new EnumMap<>(Hefboom.class);
            w.put(Hefboom.NAAR_PLEEGZORG, naarPleegzorg);
            w.put(Hefboom.NAAR_GEZINSHUIS, naarGezinshuis);
            w.put(Hefboom.KORTERE_DUUR, korterDuur);
            w.put(Hefboom.MINDER_INSTROOM, minderInstroom);
            w.put(Hefboom.INDEXATIE, indexatie);
            w.put(Hefboom.MAX_AANBIEDERS, maxAanbieders);
            w.put(Hefboom.VERWACHTE_INDEXATIE, verwachteIndexatie);
            w.put(Hefboom.AUTONOME_GROEI, autonomeGroei);
            w.values().removeIf(java.util.Objects::isNull);
            return w;
        }

        static HefbomenJson van(Hefbomen h) {
            return new HefbomenJson(
                    tekst(h, Hefboom.NAAR_PLEEGZORG),
                    tekst(h, Hefboom.NAAR_GEZINSHUIS),
                    tekst(h, Hefboom.KORTERE_DUUR),
                    tekst(h, Hefboom.MINDER_INSTROOM),
                    tekst(h, Hefboom.INDEXATIE),
                    h.waarde(Hefboom.MAX_AANBIEDERS) == 0 ? "" : Integer.toString(h.waarde(Hefboom.MAX_AANBIEDERS)),
                    tekst(h, Hefboom.VERWACHTE_INDEXATIE),
                    tekst(h, Hefboom.AUTONOME_GROEI));
        }

        private static String tekst(Hefbomen h, Hefboom hefboom) {
            return java.math.BigDecimal.valueOf(h.waarde(hefboom), 2)
                    .stripTrailingZeros()
                    .toPlainString();
        }
    }

    @Schema(name = "NieuwScenario")
    record NieuwScenarioJson(
            @Schema(description = "CBS-gemeentecode, bijvoorbeeld 0153")
            String gemeente,

            @Schema(description = "Naam, uniek per gemeente, hoogstens 100 tekens")
            String naam,

            String toelichting,
            HefbomenJson hefbomen,

            @Schema(
                    description = "Extra kosten per jaar van een sterker lokaal team; leeg is 0. " + EUROCENT,
                    type = "string",
                    example = "25000000")
            String investeringEurocent,

            @Schema(
                    description = "De besparingsopgave van elk van de vijf jaren na dit jaar; ontbrekende jaren zijn 0."
                            + " " + EUROCENT)
            List<String> opgaveEurocent) {}

    @Schema(name = "ScenarioGrondslag")
    record GrondslagJson(
            String hulpvorm,
            String naam,

            @Schema(description = "Prognose van het basisjaar. " + EUROCENT)
            long basisEurocent,

            @Schema(description = "Gemiddelde duur van beëindigde zorg in maanden, met twee decimalen")
            String duurMaanden,

            @Schema(description = "gemeente, regio (te weinig eigen beëindigde zorg) of aanname (12 maanden)")
            String duurBron,

            @Schema(
                    description = "Kosten per jeugdige in de regio in het jaar voor het basisjaar; null bij geen of"
                            + " minder dan 5 jeugdigen. " + EUROCENT)
            Long kostenPerJeugdigeEurocent) {

        static GrondslagJson van(Grondslag.Vorm v) {
            return new GrondslagJson(
                    v.jeugdzorgvorm(),
                    nl.jeugdregie.financien.FinancienService.naam(v.jeugdzorgvorm()),
                    v.basis().eurocent(),
                    v.duurMaanden().toPlainString(),
                    v.duurbron().name().toLowerCase(java.util.Locale.ROOT),
                    v.kostenPerJeugdige().map(Bedrag::eurocent).orElse(null));
        }
    }

    @Schema(name = "ScenarioBijdrage")
    record BijdrageJson(
            @Schema(description = "INDEXATIE, MINDER_INSTROOM, KORTERE_DUUR, VERSCHUIVING, AANBIEDERS of INVESTERING")
            String bijdrage,

            String naam,

            @Schema(description = "Wat deze maatregel bespaart; negatief is wat hij kost. " + EUROCENT)
            long eurocent) {}

    @Schema(name = "ScenarioHulpvorm")
    record VormJson(
            String hulpvorm,
            String naam,
            @Schema(description = EUROCENT) long basisEurocent,
            @Schema(description = EUROCENT) long scenarioEurocent) {}

    @Schema(name = "ScenarioJaar")
    record JaarJson(
            int jaar,

            @Schema(description = "Kosten zonder maatregelen. " + EUROCENT)
            long basisEurocent,

            @Schema(description = "Kosten met de maatregelen. " + EUROCENT)
            long scenarioEurocent,

            @Schema(description = "Basis min scenario; de som van de bijdragen. " + EUROCENT)
            long besparingEurocent,

            @Schema(description = EUROCENT) long opgaveEurocent,

            @Schema(description = "Of de besparing de opgave haalt")
            boolean gehaald,

            @Schema(description = "Wat aan de opgave ontbreekt; 0 als die is gehaald. " + EUROCENT)
            long tekortEurocent,

            List<BijdrageJson> bijdragen,
            List<VormJson> hulpvormen) {

        static JaarJson van(Projectie.Jaar j) {
            return new JaarJson(
                    j.jaar(),
                    j.basis().eurocent(),
                    j.scenario().eurocent(),
                    j.besparing().eurocent(),
                    j.opgave().eurocent(),
                    j.gehaald(),
                    j.tekort().eurocent(),
                    java.util.Arrays.stream(Projectie.Bijdrage.values())
                            .map(b -> new BijdrageJson(
                                    b.name(), b.naam(), j.bijdrage(b).eurocent()))
                            .toList(),
                    j.vormen().stream()
                            .map(v -> new VormJson(
                                    v.jeugdzorgvorm(),
                                    v.naam(),
                                    v.basis().eurocent(),
                                    v.scenario().eurocent()))
                            .toList());
        }
    }

    @Schema(name = "Scenario")
    record ScenarioJson(
            @Schema(description = "0 voor een doorrekening die niet is opgeslagen")
            long id,

            String gemeente,
            String gemeentenaam,
            String naam,
            String toelichting,

            @Schema(
                    description = "Het jaar waarvan de prognose het vertrekpunt is; de projectie loopt over de vijf"
                            + " jaren erna")
            int basisjaar,

            @Schema(description = "De dag waarop de grondslag is vastgesteld")
            LocalDate peildatum,

            @Schema(description = "Wie het scenario maakte") String door,
            Instant op,
            HefbomenJson hefbomen,
            @Schema(description = EUROCENT) long investeringEurocent,
            List<GrondslagJson> grondslag,
            List<JaarJson> jaren,

            @Schema(description = "Of de opgave in elk jaar wordt gehaald")
            boolean gehaald,

            @Schema(description = "Het eerste jaar vanaf wanneer de opgave elk jaar wordt gehaald; null als nooit")
            Integer gehaaldVanaf) {}

    @PostMapping
    @Operation(
            operationId = "postScenario",
            summary = "Scenario doorrekenen en opslaan",
            description = "Rekent de hefbomen door over de vijf jaren na dit jaar, vanaf de prognose van dit jaar per"
                    + " hulpvorm, en slaat het scenario op met zijn naam en grondslag. Een hefboom buiten zijn bereik,"
                    + " een negatief of niet-numeriek bedrag, een naam die al bestaat of een verschuiving van verblijf"
                    + " zonder bekende kosten per jeugdige geeft 400 met elke fout in invalidParams"
                    + " (hefbomen.naarPleegzorg); dan wordt niets opgeslagen. Antwoordt 201 met de projectie.")
    ResponseEntity<ScenarioJson> maak(@RequestBody NieuwScenarioJson json) {
        Scenario s = scenarios.maak(gemeente(json), keuze(json));
        return Api.aangemaakt(json(s), "/{id}", s.id());
    }

    @PostMapping("/doorrekeningen")
    @Operation(
            operationId = "postScenariodoorrekening",
            summary = "Scenario doorrekenen zonder op te slaan",
            description = "Als het opslaan van een scenario, maar niets wordt bewaard; het antwoord heeft id 0.")
    ScenarioJson doorreken(@RequestBody NieuwScenarioJson json) {
        return json(scenarios.doorrekenen(gemeente(json), keuze(json)));
    }

    @GetMapping
    @Operation(
            operationId = "getScenarios",
            summary = "Scenario's van een gemeente",
            description = "Alle opgeslagen scenario's van de gemeente met hun projectie, nieuwste eerst.")
    List<ScenarioJson> scenarios(
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld 0153") @RequestParam String gemeente) {
        return scenarios.scenarios(GemeenteCode.parse(gemeente.strip())).stream()
                .map(this::json)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getScenario",
            summary = "Eén scenario met zijn projectie",
            description = "De hefbomen, de bewaarde grondslag en de projectie over vijf jaar; dezelfde cijfers als bij"
                    + " het opslaan, ook als de toewijzingen sindsdien veranderden.")
    ScenarioJson scenario(@PathVariable long id) {
        return json(scenarios.scenario(id));
    }

    @DeleteMapping("/{id}")
    @Operation(
            operationId = "deleteScenario",
            summary = "Scenario verwijderen",
            description = "Alleen wie het scenario maakte, BACKOFFICE en BEHEERDER.")
    ResponseEntity<Void> verwijder(@PathVariable long id) {
        scenarios.verwijder(id);
        return ResponseEntity.noContent().build();
    }

    private static GemeenteCode gemeente(NieuwScenarioJson json) {
        if (json.gemeente() == null || json.gemeente().isBlank()) {
            throw new OngeldigeInvoer("gemeente", "Geef de CBS-gemeentecode, bijvoorbeeld 0153");
        }
        return GemeenteCode.parse(json.gemeente().strip());
    }

    private static Scenarioinvoer.Keuze keuze(NieuwScenarioJson json) {
        Map<Hefboom, String> waarden =
                json.hefbomen() == null ? Map.of() : json.hefbomen().waarden();
        return Scenarioinvoer.lees(new Scenarioinvoer.Invoer(
                json.naam(), json.toelichting(), waarden, json.investeringEurocent(), json.opgaveEurocent(), true));
    }

    private ScenarioJson json(Scenario s) {
        Projectie p = s.projectie();
        return new ScenarioJson(
                s.id(),
                s.gemeente().value(),
                namen.gemeente(s.gemeente().value()),
                s.naam(),
                s.toelichting(),
                s.grondslag().basisjaar(),
                s.grondslag().peildatum(),
                s.door(),
                s.op(),
                HefbomenJson.van(s.hefbomen()),
                s.hefbomen().investering().eurocent(),
                s.grondslag().vormen().stream().map(GrondslagJson::van).toList(),
                p.jaren().stream().map(JaarJson::van).toList(),
                p.gehaald(),
                p.gehaaldVanaf().orElse(null));
    }
}
