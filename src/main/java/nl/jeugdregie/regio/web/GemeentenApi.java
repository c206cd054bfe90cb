package nl.jeugdregie.regio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.regio.Gemeente;
import nl.jeugdregie.regio.Lidmaatschap;
import nl.jeugdregie.regio.RegioService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(Api.BASIS + "/gemeenten")
@Tag(name = "Gemeenten", description = "Gemeenten met hun CBS-gemeentecode en lidmaatschap van jeugdregio's")
class GemeentenApi {

    private final RegioService regioService;

    GemeentenApi(RegioService regioService) {
        this.regioService = regioService;
    }

    record GemeenteJson(String code, String naam, String provincie) {
        static GemeenteJson van(Gemeente gemeente) {
            return new GemeenteJson(gemeente.code().value(), gemeente.naam(), gemeente.provincie());
        }
    }

    record LidmaatschapJson(long id, String gemeente, String jeugdregio, LocalDate begindatum, LocalDate einddatum) {
        static LidmaatschapJson van(Lidmaatschap l) {
            return new LidmaatschapJson(l.id(), l.gemeente().value(), l.jeugdregio(), l.begindatum(), l.einddatum());
        }
    }

    record Beeindiging(
            @NotNull(message = "Vul de einddatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate einddatum) {}

    @GetMapping
    @Operation(
            operationId = "listGemeenten",
            summary = "Gemeenten zoeken",
            description = "Filter op (een deel van) de naam en op de jeugdregio waar de gemeente vandaag bij hoort.")
    ResponseEntity<List<GemeenteJson>> zoek(
            @RequestParam(required = false) String naam,
            @RequestParam(required = false) String jeugdregio,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        return regioService
                .zoekGemeenten(naam, jeugdregio, Paginering.van(page, pageSize))
                .map(GemeenteJson::van)
                .alsAntwoord();
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getGemeente", summary = "Eén gemeente", description = "Gemeente op CBS-gemeentecode.")
    GemeenteJson gemeente(@PathVariable String code) {
        return GemeenteJson.van(vind(code));
    }

    @PostMapping
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(
            operationId = "createGemeente",
            summary = "Gemeente toevoegen",
            description = "Alleen voor beheerders. Antwoordt 201 met de Location van de nieuwe gemeente.")
    ResponseEntity<GemeenteJson> voegToe(@Valid @RequestBody GemeenteFormulier formulier) {
        Gemeente gemeente = regioService.voegGemeenteToe(
                new GemeenteCode(formulier.code()), formulier.naam(), formulier.provincie());
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{code}")
                .buildAndExpand(gemeente.code().value())
                .toUri();
        return ResponseEntity.created(locatie).body(GemeenteJson.van(gemeente));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(operationId = "updateGemeente", summary = "Gemeente wijzigen", description = "Alleen voor beheerders.")
    GemeenteJson wijzig(@PathVariable String code, @Valid @RequestBody GemeenteFormulier formulier) {
        GemeenteCode gemeenteCode = vind(code).code();
        if (!gemeenteCode.value().equals(formulier.code())) {
            throw new nl.jeugdregie.platform.OngeldigeInvoer("code", "De code in het pad en in de inhoud verschillen");
        }
        return GemeenteJson.van(regioService.wijzigGemeente(gemeenteCode, formulier.naam(), formulier.provincie()));
    }

    @GetMapping("/{code}/lidmaatschappen")
    @Operation(
            operationId = "listLidmaatschappen",
            summary = "Lidmaatschappen van een gemeente",
            description = "Alle periodes waarin de gemeente bij een jeugdregio hoorde of hoort.")
    List<LidmaatschapJson> lidmaatschappen(@PathVariable String code) {
        return regioService.lidmaatschappen(vind(code).code()).stream()
                .map(LidmaatschapJson::van)
                .toList();
    }

    @PostMapping("/{code}/lidmaatschappen")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(
            operationId = "createLidmaatschap",
            summary = "Lidmaatschap toevoegen",
            description = "Alleen voor beheerders. Een gemeente hoort op elke dag bij hoogstens één jeugdregio.")
    ResponseEntity<LidmaatschapJson> voegLidmaatschapToe(
            @PathVariable String code, @Valid @RequestBody LidmaatschapFormulier formulier) {
        Lidmaatschap lidmaatschap = regioService.voegLidmaatschapToe(
                vind(code).code(), formulier.jeugdregio(), formulier.begindatum(), formulier.einddatum());
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(lidmaatschap.id())
                .toUri();
        return ResponseEntity.created(locatie).body(LidmaatschapJson.van(lidmaatschap));
    }

    @PutMapping("/{code}/lidmaatschappen/{id}")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(
            operationId = "endLidmaatschap",
            summary = "Lidmaatschap beëindigen",
            description = "Alleen voor beheerders. Zet de einddatum (inclusief) van een lidmaatschap.")
    List<LidmaatschapJson> beeindig(
            @PathVariable String code, @PathVariable long id, @Valid @RequestBody Beeindiging beeindiging) {
        GemeenteCode gemeente = vind(code).code();
        if (regioService.lidmaatschappen(gemeente).stream().noneMatch(l -> l.id() == id)) {
            throw new NietGevonden("Lidmaatschap " + id + " van gemeente " + code + " bestaat niet");
        }
        regioService.beeindigLidmaatschap(id, beeindiging.einddatum());
        return lidmaatschappen(code);
    }

    private Gemeente vind(String code) {
        GemeenteCode gemeenteCode = GemeenteCode.parse(code);
        return regioService
                .gemeente(gemeenteCode)
                .orElseThrow(() -> new NietGevonden("Gemeente " + code + " bestaat niet"));
    }
}
