package nl.jeugdregie.portaal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.portaal.Indiening;
import nl.jeugdregie.portaal.Leveringsmeldingen;
import nl.jeugdregie.portaal.Leveringswijze;
import nl.jeugdregie.portaal.Startopdracht;
import nl.jeugdregie.portaal.Stopopdracht;
import nl.jeugdregie.portaal.Uitkomstmeting;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The start and stop of care in JSON, for aanbieder software that prefers it over iJw XML. Each request becomes the
 * exact JW305 or JW307, checked by the gemeente's checks before it is sent (a refusal is a 400 whose invalidParams carry
 * the retourcode as code) and then taken in and processed like any message: 202 with the Location of the message, whose
 * status and findings {@code GET /api/v1/berichten/{id}} gives. A request repeated with the same Idempotency-Key (or,
 * without one, the same content) answers the message of the first.
 */
@RestController
@RequestMapping(Api.BASIS)
@Tag(name = "Leveringen", description = "Start en stop van de zorg in JSON; elk verzoek wordt een iJw-bericht")
@PreAuthorize("hasRole('AANBIEDER')")
class LeveringenApi {

    private final Leveringsmeldingen meldingen;

    LeveringenApi(Leveringsmeldingen meldingen) {
        this.meldingen = meldingen;
    }

    @Schema(description = "De start van de levering op een toewijzing (wordt een JW305)")
    record StartJson(
            @Schema(description = "CBS-code van de gemeente die toewees", example = "0153")
            String gemeente,

            @Schema(description = "Het toewijzingnummer uit de JW301", example = "100000001")
            Long toewijzing,

            @Schema(description = "De eerste dag van de levering; bij intrekken de start die vervalt")
            LocalDate begindatum,

            @Schema(description = "melden (standaard), corrigeren of intrekken")
            String wijze,

            @Schema(description = "Bij corrigeren: de begindatum van de start die wordt vervangen")
            LocalDate vorigeBegindatum) {}

    @Schema(description = "Een uitkomstmeting bij de stop (Beleidsinformatie Jeugd, hoofdstuk 4)")
    record UitkomstJson(
            @Schema(description = "jeugdige of ouder") String informant,

            @Schema(description = "Kan de jeugdige zonder hulp verder: 01, 02, 03 of 04")
            String verderZonderHulp,

            @Schema(description = "Rapportcijfer 1 tot 10 voor het nut van de hulp")
            Integer tevredenheid,

            @Schema(description = "bereikt, deels of niet") String doelen) {}

    @Schema(description = "De stop van een levering (wordt een JW307)")
    record StopJson(
            @Schema(description = "CBS-code van de gemeente die toewees", example = "0153")
            String gemeente,

            @Schema(description = "Het toewijzingnummer uit de JW301", example = "100000001")
            Long toewijzing,

            @Schema(description = "De begindatum van de levering die stopt")
            LocalDate begindatum,

            @Schema(description = "De laatste dag van de levering")
            LocalDate einddatum,

            @Schema(description = "Reden beëindiging (iJw JZ588), zoals 31", example = "31")
            String redenBeeindiging,

            @Schema(description = "melden (standaard), corrigeren of intrekken")
            String wijze,

            @Schema(description = "Uitkomstmetingen, hoogstens één per informant")
            List<UitkomstJson> uitkomsten) {}

    @Schema(description = "Het bericht dat het verzoek maakte")
    record IndieningJson(
            @Schema(description = "Id van het bericht; zie /api/v1/berichten/{id}")
            String bericht,

            String berichttype,
            String identificatie,

            @Schema(description = "Status van het bericht, zoals ONTVANGEN of VERWERKT")
            String status,

            @Schema(description = "Of dit verzoek een eerder verzoek herhaalde; dan is er niets opnieuw verstuurd")
            boolean herhaald) {

        static IndieningJson van(Indiening i) {
            return new IndieningJson(
                    i.bericht().toString(),
                    i.berichttype(),
                    i.identificatie(),
                    i.status().name(),
                    i.herhaald());
        }
    }

    @PostMapping("/starts")
    @Operation(
            operationId = "createStart",
            summary = "Start van de zorg melden",
            description = "Maakt en verwerkt de JW305; 202 met de Location van het bericht. Een start die de gemeente"
                    + " zou afkeuren (een toewijzing van een andere aanbieder, een begindatum buiten de toewijzing)"
                    + " krijgt 400 met per bevinding de retourcode als code, en er wordt niets verstuurd.")
    ResponseEntity<IndieningJson> start(
            @RequestBody StartJson start,
            @Parameter(description = "Sleutel die een herhaald verzoek herkent")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String sleutel) {
        Startopdracht opdracht = new Startopdracht(
                gemeente(start.gemeente()),
                nummer(start.toewijzing()),
                start.begindatum(),
                wijze(start.wijze()),
                start.vorigeBegindatum());
        return geaccepteerd(meldingen.meldStart(opdracht, sleutel));
    }

    @PostMapping("/stops")
    @Operation(
            operationId = "createStop",
            summary = "Stop van de zorg melden",
            description = "Maakt en verwerkt de JW307 en bewaart de uitkomstmetingen; 202 met de Location van het"
                    + " bericht. Een stop die de gemeente zou afkeuren (voor de start, een onbekende reden) krijgt 400"
                    + " met per bevinding de retourcode als code, en er wordt niets verstuurd.")
    ResponseEntity<IndieningJson> stop(
            @RequestBody StopJson stop,
            @Parameter(description = "Sleutel die een herhaald verzoek herkent")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String sleutel) {
        Stopopdracht opdracht = new Stopopdracht(
                gemeente(stop.gemeente()),
                nummer(stop.toewijzing()),
                stop.begindatum(),
                stop.einddatum(),
                reden(stop.redenBeeindiging()),
                wijze(stop.wijze()),
                stop.uitkomsten() == null
                        ? List.of()
                        : stop.uitkomsten().stream().map(LeveringenApi::meting).toList());
        return geaccepteerd(meldingen.meldStop(opdracht, sleutel));
    }

    private static ResponseEntity<IndieningJson> geaccepteerd(Indiening indiening) {
        return ResponseEntity.accepted()
                .location(URI.create(Api.BASIS + "/berichten/" + indiening.bericht()))
                .body(IndieningJson.van(indiening));
    }

    private static GemeenteCode gemeente(String code) {
        try {
            return GemeenteCode.parse(code == null ? "" : code.strip());
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("gemeente", "Geef de CBS-code van de gemeente, vier cijfers, zoals 0153.");
        }
    }

    private static Toewijzingnummer nummer(Long nummer) {
        try {
            if (nummer == null) {
                throw new OngeldigeWaarde("leeg");
            }
            return new Toewijzingnummer(nummer);
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer(
                    "toewijzing",
                    "Geef het toewijzingnummer uit de JW301, een getal van hoogstens" + " negen cijfers.");
        }
    }

    static Leveringswijze wijze(String wijze) {
        if (wijze == null || wijze.isBlank()) {
            return Leveringswijze.MELDEN;
        }
        try {
            return Leveringswijze.valueOf(wijze.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("wijze", "Kies melden, corrigeren of intrekken.");
        }
    }

    private static RedenBeeindiging reden(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return RedenBeeindiging.find(code.strip())
                .orElseThrow(() -> new OngeldigeInvoer(
                        "redenBeeindiging", "Reden beëindiging " + code + " bestaat niet in de iJw-codelijst JZ588."));
    }

    private static Uitkomstmeting meting(UitkomstJson json) {
        Uitkomstmeting.Informant informant;
        try {
            informant = Uitkomstmeting.Informant.valueOf(
                    json.informant() == null ? "" : json.informant().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("uitkomsten.informant", "Kies jeugdige of ouder als informant.");
        }
        Uitkomstmeting.VerderZonderHulp verder = json.verderZonderHulp() == null
                ? null
                : Uitkomstmeting.VerderZonderHulp.vanCode(
                                json.verderZonderHulp().strip())
                        .orElseThrow(() -> new OngeldigeInvoer(
                                "uitkomsten.verderZonderHulp", "Kies 01, 02, 03 of 04 (Beleidsinformatie Jeugd 4.4)."));
        Uitkomstmeting.Doelbereik doelen;
        try {
            doelen = json.doelen() == null
                    ? null
                    : Uitkomstmeting.Doelbereik.valueOf(json.doelen().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("uitkomsten.doelen", "Kies bereikt, deels of niet.");
        }
        try {
            return new Uitkomstmeting(informant, verder, json.tevredenheid(), doelen);
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("uitkomsten.tevredenheid", e.getMessage());
        }
    }
}
