package nl.jeugdregie.toegang.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.toegang.Advies;
import nl.jeugdregie.toegang.Beschikking;
import nl.jeugdregie.toegang.Besluitvraag;
import nl.jeugdregie.toegang.Deelnemersrol;
import nl.jeugdregie.toegang.Ernst;
import nl.jeugdregie.toegang.Hulpvraag;
import nl.jeugdregie.toegang.Levensdomein;
import nl.jeugdregie.toegang.NieuweHulpvraag;
import nl.jeugdregie.toegang.Route;
import nl.jeugdregie.toegang.ToegangService;
import nl.jeugdregie.toegang.Trede;
import nl.jeugdregie.toegang.Triage;
import nl.jeugdregie.toegang.Urgentie;
import nl.jeugdregie.toegang.beschikking.Besluitsoort;
import nl.jeugdregie.toewijzing.Omvang;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Hulpvragen from every route, their triage, the advice and the besluit. Only hulpvragen of the user's gemeenten;
 * any other is "not found". Every read and change is logged by {@link ToegangService}.
 */
@RestController
@RequestMapping(Api.BASIS + "/hulpvragen")
@Tag(name = "Hulpvragen", description = "Hulpvragen, triage, advies en besluit")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class HulpvragenApi {

    private final ToegangService toegang;

    HulpvragenApi(ToegangService toegang) {
        this.toegang = toegang;
    }

    @Schema(name = "NieuweHulpvraag")
    record NieuweHulpvraagJson(
            UUID jeugdige,

            @Schema(
                    description = "lokaal-team, huisarts, jeugdarts, medisch-specialist,"
                            + " gecertificeerde-instelling, rechter, onderwijs of zelf")
            String route,

            String omschrijving,

            @Schema(description = "normaal, spoed of crisis")
            String urgentie,

            @Schema(description = "CBS-code; zonder: de gemeente die nu verantwoordelijk is")
            String gemeente,

            @Schema(description = "AGB-code van de verwijzer")
            String verwijzerAgb,

            String verwijzerNaam,

            @Schema(description = "Datum van de aanvraag; zonder: vandaag")
            LocalDate ontvangen,

            Boolean toestemming,
            @Schema(description = "Wie toestemming gaf") String toestemmingDoor,

            @Schema(
                    description =
                            "Jeugdbeschermingsmaatregel of uitspraak (alleen gecertificeerde instelling en rechter)")
            String maatregel,

            Boolean machtigingGesloten) {}

    @Schema(name = "Hulpvraag")
    record HulpvraagJson(
            UUID id,
            UUID jeugdige,
            String gemeente,
            String route,
            String verwijzer,
            String verwijzerAgb,
            String verwijzerNaam,
            LocalDate ontvangen,
            String omschrijving,
            String urgentie,
            boolean toestemming,
            String maatregel,
            boolean bindend,

            @Schema(description = "open, besloten of ingetrokken")
            String status,

            @Schema(description = "Uiterlijke besluitdatum (Awb), na verlenging de verlengde")
            LocalDate uiterlijk,

            String verzoekAanbieder,
            String verzoekReferentie) {

        static HulpvraagJson van(Hulpvraag h) {
            return new HulpvraagJson(
                    h.id(),
                    h.jeugdige(),
                    h.gemeente().value(),
                    h.route().code(),
                    h.verwijzing().type().code(),
                    h.verwijzing().agb() == null ? null : h.verwijzing().agb().value(),
                    h.verwijzing().naam(),
                    h.ontvangen(),
                    h.omschrijving(),
                    h.urgentie().code(),
                    h.toestemming(),
                    h.maatregel(),
                    h.isBindend(),
                    h.status().name().toLowerCase(Locale.ROOT),
                    h.termijn(),
                    h.verzoekAanbieder() == null ? null : h.verzoekAanbieder().value(),
                    h.verzoekReferentie());
        }
    }

    @Schema(name = "Triage")
    record TriageJson(
            @Schema(
                    description = "Per levensdomein (opvoeding, ontwikkeling, gezondheid, school, veiligheid,"
                            + " netwerk, financien, wonen): ernst 0 (geen zorgen) tot 4 (acuut), krachten en"
                            + " zorgen")
            Map<String, DomeinJson> domeinen,

            VeiligheidJson veiligheid,
            String urgentie,
            List<DeelnemerJson> deelnemers,

            @Schema(description = "De wens van de jeugdige, in eigen woorden")
            String wensJeugdige) {}

    record DomeinJson(Integer ernst, String krachten, String zorgen) {}

    record VeiligheidJson(
            Boolean zorgenOverVeiligheid,
            Boolean meldcodeDoorlopen,
            Boolean veiligThuisBetrokken,
            Boolean thuisVeilig) {}

    record DeelnemerJson(
            @Schema(description = "jeugdige, ouder, verwijzer, school, professional of netwerk")
            String rol,

            String naam,
            String inbreng) {}

    @Schema(name = "Advies")
    record AdviesJson(
            String trede,
            String omschrijving,
            List<String> redenen,
            String principe,
            boolean bindend,
            List<OptieJson> opties) {

        static AdviesJson van(Advies a) {
            return new AdviesJson(
                    a.trede().code(),
                    a.trede().omschrijving(),
                    a.redenen(),
                    a.principe(),
                    a.bindend(),
                    a.opties().stream()
                            .map(o -> new OptieJson(o.trede().code(), o.trede().omschrijving(), o.aanbod()))
                            .toList());
        }
    }

    record OptieJson(String trede, String omschrijving, List<Advies.Aanbod> aanbod) {}

    @Schema(name = "Besluit")
    record BesluitJson(
            @Schema(description = "toekennen, deels-toekennen of afwijzen")
            String besluit,

            @Schema(description = "Productcode (JZ21 of regionaal)")
            String product,

            @Schema(description = "AGB-code van de aanbieder")
            String aanbieder,

            LocalDate ingangsdatum,
            LocalDate einddatum,
            OmvangJson omvang,

            @Schema(description = "De trede van de hulp: ambulant, daghulp, gezinsvorm, residentieel, gesloten")
            String trede,

            @Schema(description = "Verplicht als de hulp zwaarder is dan het advies")
            String redenZwaarder,

            String motivering) {}

    record OmvangJson(
            Long volume,

            @Schema(description = "iJw eenheid (WJ756), bijvoorbeeld 04 uur")
            String eenheid,

            @Schema(description = "iJw frequentie (WJ757): 1 per dag, 2 per week, 4 per maand, 6 totaal")
            String frequentie) {}

    record VerlengingJson(LocalDate tot, String reden) {}

    record ToestemmingJson(
            @Schema(description = "Wie toestemming gaf: de gezagdragers, en de jeugdige vanaf 12")
            String door) {}

    @GetMapping
    @Operation(
            operationId = "listHulpvragen",
            summary = "Werkvoorraad",
            description = "Open hulpvragen van de eigen gemeenten: crisis eerst, dan spoed, dan op termijn.")
    List<HulpvraagJson> werkvoorraad() {
        return toegang.werkvoorraad().open().stream().map(HulpvraagJson::van).toList();
    }

    @PostMapping
    @Operation(operationId = "createHulpvraag", summary = "Hulpvraag vastleggen")
    ResponseEntity<HulpvraagJson> registreer(@RequestBody NieuweHulpvraagJson json) {
        if (json.jeugdige() == null) {
            throw new OngeldigeInvoer("jeugdige", "Vul de id van de jeugdige in.");
        }
        Route route = veld("route", () -> Route.vanCode(json.route()));
        Urgentie urgentie = json.urgentie() == null ? null : veld("urgentie", () -> Urgentie.vanCode(json.urgentie()));
        GemeenteCode gemeente =
                json.gemeente() == null ? null : veld("gemeente", () -> GemeenteCode.parse(json.gemeente()));
        AgbCode agb = json.verwijzerAgb() == null ? null : veld("verwijzerAgb", () -> new AgbCode(json.verwijzerAgb()));
        NieuweHulpvraag nieuw = veld(
                "omschrijving",
                () -> new NieuweHulpvraag(
                        json.jeugdige(),
                        gemeente,
                        route,
                        agb,
                        json.verwijzerNaam(),
                        json.ontvangen(),
                        json.omschrijving(),
                        urgentie,
                        Boolean.TRUE.equals(json.toestemming()),
                        json.toestemmingDoor(),
                        json.maatregel(),
                        Boolean.TRUE.equals(json.machtigingGesloten())));
        HulpvraagJson body = HulpvraagJson.van(toegang.registreer(nieuw));
        return Api.aangemaakt(body, "/{id}", body.id());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getHulpvraag", summary = "Eén hulpvraag")
    HulpvraagJson hulpvraag(@PathVariable UUID id) {
        return HulpvraagJson.van(toegang.hulpvraag(id));
    }

    @PutMapping("/{id}/triage")
    @Operation(
            operationId = "putTriage",
            summary = "Triage vastleggen",
            description = "Legt de triage vast (een nieuwe versie als er al een was) en geeft het advies.")
    AdviesJson triage(@PathVariable UUID id, @RequestBody TriageJson json) {
        return AdviesJson.van(toegang.legTriageVast(id, triage(json)));
    }

    @GetMapping("/{id}/advies")
    @Operation(
            operationId = "getAdvies",
            summary = "Advies",
            description = "De lichtste passende trede met uitleg, en voor die trede en de volgende zwaardere de"
                    + " passende producten met de gecontracteerde aanbieders en hun wachttijd.")
    AdviesJson advies(@PathVariable UUID id) {
        return AdviesJson.van(toegang.advies(id));
    }

    @PostMapping("/{id}/toestemming")
    @Operation(
            operationId = "recordToestemming",
            summary = "Toestemming vastleggen",
            description = "Voor een hulpvraag die zonder toestemming binnenkwam, zoals een verzoek van een huisarts.")
    HulpvraagJson toestemming(@PathVariable UUID id, @RequestBody ToestemmingJson json) {
        return HulpvraagJson.van(veld("door", () -> toegang.legToestemmingVast(id, json.door())));
    }

    @PostMapping("/{id}/verlenging")
    @Operation(operationId = "extendTermijn", summary = "Beslistermijn eenmaal verlengen")
    HulpvraagJson verleng(@PathVariable UUID id, @RequestBody VerlengingJson json) {
        return HulpvraagJson.van(toegang.verleng(id, json.tot(), json.reden()));
    }

    @PostMapping("/{id}/besluit")
    @Operation(
            operationId = "decideHulpvraag",
            summary = "Besluit",
            description = "Toekennen, deels toekennen of afwijzen, met motivering. Toekennen maakt de toewijzing (en"
                    + " daarmee de JW301). Antwoordt 201 met de Location van de beschikking.")
    ResponseEntity<BeschikkingenApi.BeschikkingJson> besluit(@PathVariable UUID id, @RequestBody BesluitJson json) {
        Besluitsoort soort = veld(
                "besluit",
                () -> switch (json.besluit() == null ? "" : json.besluit().strip()) {
                    case "toekennen" -> Besluitsoort.TOEGEKEND;
                    case "deels-toekennen" -> Besluitsoort.DEELS_TOEGEKEND;
                    case "afwijzen" -> Besluitsoort.AFGEWEZEN;
                    default -> throw new OngeldigeWaarde("Kies toekennen, deels-toekennen of afwijzen.");
                });
        AgbCode aanbieder = json.aanbieder() == null ? null : veld("aanbieder", () -> new AgbCode(json.aanbieder()));
        Trede trede = json.trede() == null ? null : veld("trede", () -> Trede.vanCode(json.trede()));
        Omvang omvang = json.omvang() == null
                ? null
                : veld(
                        "omvang",
                        () -> new Omvang(
                                json.omvang().volume() == null
                                        ? 0
                                        : json.omvang().volume(),
                                Eenheid.vanCode(json.omvang().eenheid()),
                                Frequentie.vanCode(json.omvang().frequentie())));
        Periode periode = json.ingangsdatum() == null
                ? null
                : veld("einddatum", () -> Periode.van(json.ingangsdatum(), json.einddatum()));
        Besluitvraag vraag = veld(
                "motivering",
                () -> new Besluitvraag(
                        soort,
                        json.product(),
                        omvang,
                        periode,
                        aanbieder,
                        trede,
                        json.redenZwaarder(),
                        json.motivering()));
        Beschikking beschikking = veld("besluit", () -> toegang.besluit(id, vraag));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(Api.BASIS + "/beschikkingen/{id}")
                        .buildAndExpand(beschikking.id())
                        .toUri())
                .body(BeschikkingenApi.BeschikkingJson.van(beschikking));
    }

    private static Triage triage(TriageJson json) {
        Map<Levensdomein, Triage.Domeinbeoordeling> domeinen = new EnumMap<>(Levensdomein.class);
        if (json.domeinen() != null) {
            json.domeinen()
                    .forEach((code, d) -> domeinen.put(
                            veld("domeinen." + code, () -> Levensdomein.vanCode(code)),
                            veld(
                                    "domeinen." + code + ".ernst",
                                    () -> new Triage.Domeinbeoordeling(
                                            d == null || d.ernst() == null ? null : Ernst.vanWaarde(d.ernst()),
                                            d == null ? null : d.krachten(),
                                            d == null ? null : d.zorgen()))));
        }
        VeiligheidJson v = json.veiligheid();
        Triage.Veiligheid veiligheid = v == null
                ? null
                : veld(
                        "veiligheid",
                        () -> new Triage.Veiligheid(
                                Boolean.TRUE.equals(v.zorgenOverVeiligheid()),
                                Boolean.TRUE.equals(v.meldcodeDoorlopen()),
                                Boolean.TRUE.equals(v.veiligThuisBetrokken()),
                                !Boolean.FALSE.equals(v.thuisVeilig())));
        Urgentie urgentie = json.urgentie() == null ? null : veld("urgentie", () -> Urgentie.vanCode(json.urgentie()));
        List<Triage.Deelnemer> deelnemers = json.deelnemers() == null
                ? List.of()
                : json.deelnemers().stream()
                        .map(d -> veld(
                                "deelnemers",
                                () -> new Triage.Deelnemer(
                                        d == null || d.rol() == null ? null : Deelnemersrol.vanCode(d.rol()),
                                        d == null ? null : d.naam(),
                                        d == null ? null : d.inbreng())))
                        .toList();
        return veld("triage", () -> new Triage(domeinen, veiligheid, urgentie, deelnemers, json.wensJeugdige()));
    }

    /** Evaluates {@code waarde}, reporting a value that cannot exist as an invalid {@code naam}. */
    static <T> T veld(String naam, Supplier<T> waarde) {
        try {
            return waarde.get();
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer(naam, e.getMessage());
        }
    }
}
