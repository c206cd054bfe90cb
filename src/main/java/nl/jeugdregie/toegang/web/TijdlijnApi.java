package nl.jeugdregie.toegang.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.toegang.Doel;
import nl.jeugdregie.toegang.Tijdlijnitem;
import nl.jeugdregie.toegang.ToegangService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Per jeugdige: the timeline of everything, and the plan with its goals. */
@RestController
@RequestMapping(Api.BASIS + "/jeugdigen/{id}")
@Tag(name = "Jeugdigen", description = "Het register van jeugdigen en hun huishouden")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class TijdlijnApi {

    private final ToegangService toegang;

    TijdlijnApi(ToegangService toegang) {
        this.toegang = toegang;
    }

    @Schema(name = "Doel")
    record DoelJson(
            UUID id,
            String gemeente,
            String omschrijving,
            String afgesprokenMet,
            LocalDate evaluatiedatum,

            @Schema(description = "behaald, deels of niet; leeg zolang niet geëvalueerd")
            String uitkomst,

            String evaluatie,
            LocalDate geevalueerdOp) {

        static DoelJson van(Doel d) {
            return new DoelJson(
                    d.id(),
                    d.gemeente().value(),
                    d.omschrijving(),
                    d.afgesprokenMet(),
                    d.evaluatiedatum(),
                    d.uitkomst() == null ? null : d.uitkomst().name().toLowerCase(java.util.Locale.ROOT),
                    d.evaluatie(),
                    d.geevalueerdOp());
        }
    }

    record EvaluatieJson(
            @Schema(description = "behaald, deels of niet") String uitkomst, String evaluatie) {}

    @GetMapping("/tijdlijn")
    @Operation(
            operationId = "getTijdlijn",
            summary = "Tijdlijn",
            description = "Alles van de jeugdige in de eigen gemeenten, nieuwste eerst: hulpvragen, triage, besluiten,"
                    + " beschikkingen, doelen, toewijzingen, start en stop van zorg, gedeclareerde bedragen.")
    List<Tijdlijnitem> tijdlijn(@PathVariable UUID id) {
        return toegang.tijdlijn(id);
    }

    @GetMapping("/doelen")
    @Operation(operationId = "listDoelen", summary = "Het plan: doelen met hun evaluatie")
    List<DoelJson> plan(@PathVariable UUID id) {
        return toegang.plan(id).stream().map(DoelJson::van).toList();
    }

    @PostMapping("/doelen")
    @Operation(operationId = "addDoel", summary = "Doel toevoegen aan het plan")
    ResponseEntity<DoelJson> voegDoelToe(@PathVariable UUID id, @RequestBody DoelJson json) {
        GemeenteCode gemeente = HulpvragenApi.veld("gemeente", () -> GemeenteCode.parse(json.gemeente()));
        Doel doel = HulpvragenApi.veld(
                "omschrijving",
                () -> toegang.voegDoelToe(
                        id, gemeente, json.omschrijving(), json.afgesprokenMet(), json.evaluatiedatum()));
        return Api.aangemaakt(DoelJson.van(doel), "/{doel}", doel.id());
    }

    @PostMapping("/doelen/{doel}/evaluatie")
    @Operation(operationId = "evaluateDoel", summary = "Doel evalueren")
    ResponseEntity<Void> evalueer(@PathVariable UUID id, @PathVariable UUID doel, @RequestBody EvaluatieJson json) {
        Doel.Doeluitkomst uitkomst = HulpvragenApi.veld("uitkomst", () -> {
            try {
                return Doel.Doeluitkomst.valueOf(
                        json.uitkomst() == null ? "" : json.uitkomst().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new nl.jeugdregie.kern.OngeldigeWaarde("Kies behaald, deels of niet.");
            }
        });
        toegang.evalueer(id, doel, uitkomst, json.evaluatie());
        return ResponseEntity.noContent().build();
    }
}
