package nl.jeugdregie.portaal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.portaal.Conceptdeclaratie;
import nl.jeugdregie.portaal.Conceptdeclaraties;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly declaratie in JSON: a concept JW323 prefilled from the aanbieder's toewijzingen, leveringen and contract
 * tariffs with the findings the gemeente's checks would give per line; lines corrected or removed; and the concept sent
 * as a JW323, after which the same resource shows the gemeente's JW325 answer per line. Amounts are whole eurocent.
 */
@RestController
@RequestMapping(Api.BASIS + "/declaraties/concepten")
@Tag(name = "Declaratieconcepten", description = "De maanddeclaratie (JW323) vooraf ingevuld en vooraf gecontroleerd")
@PreAuthorize("hasRole('AANBIEDER')")
class DeclaratieconceptenApi {

    private static final String BEDRAG =
            "Bedrag in hele eurocenten (geheel getal), bijvoorbeeld 100800 voor € 1.008,00";

    private final Conceptdeclaraties concepten;

    DeclaratieconceptenApi(Conceptdeclaraties concepten) {
        this.concepten = concepten;
    }

    @Schema(description = "Voor welke gemeente en maand een concept wordt gemaakt")
    record AanvraagJson(
            @Schema(description = "CBS-code van de gemeente", example = "0153")
            String gemeente,

            @Schema(description = "De maand van de zorg, jjjj-mm", example = "2026-02")
            String maand) {}

    @Schema(description = "Een gecorrigeerd geleverd volume")
    record CorrectieJson(
            @Schema(description = "Geleverd volume in de eenheid van de regel", example = "10")
            Long volume) {}

    @Schema(description = "Een bevinding van de controle van de gemeente")
    record BevindingJson(
            @Schema(description = "De iJw-regel, zoals TR332")
            String regel,

            @Schema(description = "De retourcode, zoals 9332")
            String retourcode,

            @Schema(description = "Waar in het bericht") String pad,

            @Schema(description = "Uitleg in het Nederlands")
            String melding) {

        static BevindingJson van(Bevindingregel b) {
            return new BevindingJson(b.regel(), b.retourcode(), b.pad(), b.melding());
        }
    }

    @Schema(description = "Een prestatie van de declaratie")
    record RegelJson(
            @Schema(description = "Volgnummer in het concept, vanaf 1")
            int volgnummer,

            String referentienummer,
            String vorigReferentienummer,
            @Schema(description = "BSN van de jeugdige") String bsn,

            @Schema(description = "Naam van de jeugdige zoals de gemeente die stuurde")
            String jeugdige,

            long toewijzing,
            String productcategorie,
            String productcode,
            LocalDate begindatum,
            LocalDate einddatum,
            long volume,

            @Schema(description = "Het volume dat het concept voorstelde")
            long voorgesteldVolume,

            @Schema(description = "Eenheid (WJ756), zoals 04 voor uur")
            String eenheid,

            @Schema(description = BEDRAG) Long tarief,

            @Schema(description = BEDRAG + "; altijd positief, met debetCredit")
            long bedrag,

            @Schema(description = "D (debet) of C (credit)") String debetCredit,

            @Schema(description = "Waarom het concept deze regel voorstelt")
            String toelichting,

            @Schema(description = "VERWACHT_GOEDGEKEURD, VERWACHT_AFGEKEURD, IN_BEHANDELING, GOEDGEKEURD of AFGEKEURD")
            String beoordeling,

            List<BevindingJson> bevindingen) {

        static RegelJson van(Conceptdeclaratie.Regel r) {
            Prestatie p = r.prestatie();
            return new RegelJson(
                    r.volgnummer(),
                    p.referentienummer(),
                    p.vorigReferentienummer(),
                    p.client().value(),
                    r.jeugdige(),
                    p.toewijzingnummer().value(),
                    p.productcategorie().code(),
                    p.productcode(),
                    p.productperiode().begin(),
                    p.productperiode().eind(),
                    p.geleverdVolume(),
                    r.voorgesteldVolume(),
                    p.eenheid().code(),
                    p.productTarief() == null ? null : p.productTarief().eurocent(),
                    p.ingediendBedrag().eurocent(),
                    p.debetCredit().code(),
                    r.toelichting(),
                    r.stand().name(),
                    r.bevindingen().stream().map(BevindingJson::van).toList());
        }
    }

    @Schema(description = "Het JW323-bericht dat het concept werd")
    record VerzendingJson(
            @Schema(description = "Id van het bericht; zie /api/v1/berichten/{id}")
            String bericht,

            String identificatie,

            @Schema(description = "Status van het bericht, zoals ONTVANGEN of VERWERKT")
            String status,

            @Schema(description = "Identificatie van het antwoord (JW325) zodra de gemeente antwoordde")
            String retour) {}

    @Schema(description = "Een conceptdeclaratie met de controle per regel, of na versturen het antwoord per regel")
    record ConceptJson(
            long id,
            String aanbieder,
            String gemeente,

            @Schema(description = "jjjj-mm", example = "2026-02")
            String maand,

            String declaratienummer,

            @Schema(description = "CONCEPT, VERSTUURD, BEANTWOORD of AFGEKEURD")
            String stand,

            @Schema(description = BEDRAG + "; negatief als de credits groter zijn")
            long totaal,

            @Schema(description = "Of het concept nu verstuurd kan worden: niets wordt afgekeurd")
            boolean verstuurbaar,

            @Schema(description = "Toewijzingen van de maand zonder regel, en waarom")
            List<String> opmerkingen,

            @Schema(description = "Bevindingen op de declaratie als geheel")
            List<BevindingJson> bevindingen,

            List<RegelJson> regels,
            VerzendingJson verzending) {

        static ConceptJson van(Conceptdeclaratie c) {
            return new ConceptJson(
                    c.id(),
                    c.aanbieder().value(),
                    c.gemeente().value(),
                    c.maand().toString(),
                    c.declaratienummer(),
                    c.stand().name(),
                    c.totaal().eurocent(),
                    c.kanVerstuurdWorden(),
                    c.opmerkingen(),
                    c.bevindingen().stream().map(BevindingJson::van).toList(),
                    c.regels().stream().map(RegelJson::van).toList(),
                    c.verzending() == null
                            ? null
                            : new VerzendingJson(
                                    c.verzending().bericht().toString(),
                                    c.verzending().identificatie(),
                                    c.verzending().status().name(),
                                    c.verzending().retour()));
        }
    }

    @PostMapping
    @Operation(
            operationId = "createDeclaratieconcept",
            summary = "Conceptdeclaratie maken",
            description = "Vult de JW323 van de maand voor de gemeente vooraf in en controleert elke regel zoals de"
                    + " gemeente dat doet. 201 met de Location van het concept; bestaat er al een onverstuurd concept"
                    + " voor die gemeente en maand, dan 200 met dat concept.")
    ResponseEntity<ConceptJson> maak(@RequestBody AanvraagJson aanvraag) {
        if (aanvraag == null) {
            throw new OngeldigeInvoer("gemeente", "Geef de gemeente en de maand.");
        }
        Conceptdeclaraties.Aanmaak aanmaak = concepten.maak(
                DeclaratiePortaalPagina.gemeente(aanvraag.gemeente()),
                DeclaratiePortaalPagina.maand(aanvraag.maand()),
                "API " + Api.BASIS + "/declaraties/concepten");
        ConceptJson body = ConceptJson.van(aanmaak.concept());
        URI locatie = URI.create(Api.BASIS + "/declaraties/concepten/" + body.id());
        return aanmaak.nieuw()
                ? ResponseEntity.created(locatie).body(body)
                : ResponseEntity.ok().location(locatie).body(body);
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getDeclaratieconcept",
            summary = "Conceptdeclaratie lezen",
            description =
                    "Het concept met de verwachte bevindingen per regel; na versturen het antwoord van de gemeente"
                            + " (JW325) per regel.")
    ConceptJson concept(@PathVariable long id) {
        return ConceptJson.van(concepten.concept(id, pad(id)));
    }

    @PutMapping("/{id}/regels/{volgnummer}")
    @Operation(
            operationId = "updateDeclaratieconceptregel",
            summary = "Geleverd volume van een regel corrigeren",
            description = "Het bedrag volgt uit het contracttarief; daarna is de regel opnieuw gecontroleerd.")
    ConceptJson corrigeer(@PathVariable long id, @PathVariable int volgnummer, @RequestBody CorrectieJson correctie) {
        if (correctie == null || correctie.volume() == null) {
            throw new OngeldigeInvoer("volume", "Geef het geleverde volume als heel getal.");
        }
        return ConceptJson.van(concepten.wijzigVolume(id, volgnummer, correctie.volume(), pad(id)));
    }

    @DeleteMapping("/{id}/regels/{volgnummer}")
    @Operation(
            operationId = "deleteDeclaratieconceptregel",
            summary = "Regel uit het concept verwijderen",
            description = "Antwoordt het concept zonder de regel.")
    ConceptJson verwijderRegel(@PathVariable long id, @PathVariable int volgnummer) {
        return ConceptJson.van(concepten.verwijderRegel(id, volgnummer, pad(id)));
    }

    @PostMapping("/{id}/indienen")
    @Operation(
            operationId = "submitDeclaratieconcept",
            summary = "Conceptdeclaratie versturen als JW323",
            description = "Maakt en verstuurt de JW323; 202 met de Location van het concept, dat na verwerking het"
                    + " antwoord van de gemeente (JW325) per regel toont. Nogmaals indienen verstuurt niets opnieuw."
                    + " Een concept met een regel die de gemeente zou afkeuren krijgt 400 met per bevinding de"
                    + " retourcode als code, en er wordt niets verstuurd.")
    ResponseEntity<ConceptJson> dienIn(@PathVariable long id) {
        concepten.dienIn(id);
        return ResponseEntity.accepted()
                .location(URI.create(pad(id)))
                .body(ConceptJson.van(concepten.concept(id, pad(id))));
    }

    private static String pad(long id) {
        return Api.BASIS + "/declaraties/concepten/" + id;
    }
}
