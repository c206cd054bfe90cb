package nl.jeugdregie.inkoop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import nl.jeugdregie.inkoop.Importen;
import nl.jeugdregie.inkoop.Importsoort;
import nl.jeugdregie.inkoop.Inkooprechten;
import nl.jeugdregie.inkoop.Wachttijd;
import nl.jeugdregie.inkoop.WachttijdService;
import nl.jeugdregie.inkoop.Wachttijdbron;
import nl.jeugdregie.inkoop.web.InkoopJson.ImportJson;
import nl.jeugdregie.inkoop.web.InkoopJson.MetingJson;
import nl.jeugdregie.inkoop.web.InkoopJson.WachttijdJson;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
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
@RequestMapping(Api.BASIS + "/wachttijden")
@Tag(
        name = "Wachttijden",
        description = "Het wachttijden- en capaciteitsregister: wachttijd tot intake en tot start, vrije plaatsen")
class WachttijdenApi {

    private final WachttijdService wachttijden;
    private final Importen importen;
    private final Inkooprechten toegang;

    WachttijdenApi(WachttijdService wachttijden, Importen importen, Inkooprechten toegang) {
        this.wachttijden = wachttijden;
        this.importen = importen;
        this.toegang = toegang;
    }

    @GetMapping
    @Operation(
            operationId = "listWachttijden",
            summary = "Wachttijden zoeken",
            description =
                    "Filter op aanbieder (AGB), tekst (aanbieder, aanbod, locatie), productcategorie, productcode,"
                            + " CBS-hulpvorm, maximale wachttijd tot intake, alleen actueel (niet verouderd) en zonder"
                            + " aanmeldstop. Sorteer op wachttijd (standaard), totaal, bevestigd, aanbieder of"
                            + " vrije_plaatsen. Een aanbieder ziet alleen de eigen wachttijden.")
    ResponseEntity<List<WachttijdJson>> zoek(
            @RequestParam(required = false) String agb,
            @RequestParam(required = false) String tekst,
            @RequestParam(required = false) String productcategorie,
            @RequestParam(required = false) String productcode,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) BigDecimal maxWekenTotIntake,
            @RequestParam(defaultValue = "false") boolean actueel,
            @RequestParam(defaultValue = "false") boolean zonderAanmeldstop,
            @RequestParam(required = false) String sorteer,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        AgbCode aanbieder = toegang.beperktTot().orElse(agb == null || agb.isBlank() ? null : new AgbCode(agb));
        WachttijdService.Filter filter = new WachttijdService.Filter(
                aanbieder,
                tekst,
                productcategorie == null || productcategorie.isBlank()
                        ? null
                        : Productcategorie.vanCode(productcategorie),
                productcode,
                hulpvorm == null || hulpvorm.isBlank() ? null : Hulpvorm.vanCode(hulpvorm),
                maxWekenTotIntake,
                actueel,
                zonderAanmeldstop);
        return wachttijden
                .zoek(filter, WachttijdService.Sortering.lees(sorteer), Paginering.van(page, pageSize))
                .map(WachttijdJson::van)
                .alsAntwoord();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWachttijd", summary = "Eén wachttijd", description = "Met bron en bevestigingsdatum.")
    WachttijdJson wachttijd(@PathVariable long id) {
        return WachttijdJson.van(vind(id));
    }

    @GetMapping("/{id}/historie")
    @Operation(
            operationId = "listWachttijdHistorie",
            summary = "Historie van een wachttijd",
            description = "Elke bevestigde waarde, oudste eerst: de trend.")
    List<MetingJson> historie(@PathVariable long id) {
        vind(id);
        return wachttijden.historie(id).stream().map(MetingJson::van).toList();
    }

    @PostMapping
    @Operation(
            operationId = "createWachttijd",
            summary = "Wachttijd registreren",
            description = "Een nieuwe wachttijd, of nieuwe waarden voor hetzelfde aanbod (aanbieder, product, aanbod,"
                    + " locatie). Een aanbieder registreert alleen voor de eigen AGB-code (anders 403); zonder agb"
                    + " geldt de eigen AGB-code.")
    ResponseEntity<WachttijdJson> registreer(@Valid @RequestBody WachttijdFormulier formulier) {
        AgbCode agb = formulier.agb() == null || formulier.agb().isBlank()
                ? toegang.beperktTot()
                        .orElseThrow(() -> new OngeldigeInvoer("agb", "Vul de AGB-code van de aanbieder in"))
                : new AgbCode(formulier.agb());
        toegang.vereisBeheerWachttijden(agb);
        Wachttijd wachttijd = wachttijden.registreer(formulier.gegevens(agb), bron());
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(wachttijd.id())
                .toUri();
        return ResponseEntity.created(locatie).body(WachttijdJson.van(wachttijd));
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "updateWachttijd",
            summary = "Wachttijd bijwerken",
            description = "Nieuwe waarden (en daarmee een nieuwe bevestiging) voor een bestaande wachttijd. Een"
                    + " aanbieder werkt alleen de eigen wachttijden bij (anders 403).")
    WachttijdJson wijzig(@PathVariable long id, @Valid @RequestBody WachttijdFormulier formulier) {
        Wachttijd bestaand = vind(id);
        toegang.vereisBeheerWachttijden(bestaand.agb());
        AgbCode agb =
                formulier.agb() == null || formulier.agb().isBlank() ? bestaand.agb() : new AgbCode(formulier.agb());
        return WachttijdJson.van(wachttijden.wijzig(id, formulier.gegevens(agb), bron()));
    }

    @PostMapping(
            value = "/import",
            consumes = {"application/json", "text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "importWachttijden",
            summary = "Wachttijden inlezen uit een feed",
            description = "De inhoud is de feed als JSON (een lijst, of een object met een lijst zoals 'rows') of CSV"
                    + " met kopregel. Regels worden op AGB-code of (genormaliseerde) naam aan een aanbieder gekoppeld."
                    + " Het inlezen loopt op de achtergrond: het antwoord is 202 met de status van de import en in"
                    + " Location het adres om die te volgen; het verslag noemt per regel de uitkomst. Alles in één"
                    + " transactie; met proef=true wordt niets opgeslagen.")
    ResponseEntity<ImportJson> importeer(
            @RequestBody byte[] inhoud, @RequestParam(defaultValue = "false") boolean proef) {
        return ImportenApi.gestart(importen.start(Importsoort.WACHTTIJDEN, inhoud, proef));
    }

    private Wachttijdbron bron() {
        return toegang.isInkoop() ? Wachttijdbron.REGIO : Wachttijdbron.AANBIEDER;
    }

    private Wachttijd vind(long id) {
        Wachttijd wachttijd = wachttijden.vereis(id);
        toegang.vereisInzageAanbieder(wachttijd.agb());
        return wachttijd;
    }
}
