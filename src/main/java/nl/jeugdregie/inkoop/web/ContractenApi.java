package nl.jeugdregie.inkoop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.inkoop.Contract;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Inkooprechten;
import nl.jeugdregie.inkoop.OntwikkelopgaveService;
import nl.jeugdregie.inkoop.Tarief;
import nl.jeugdregie.inkoop.web.InkoopJson.ContractDetailJson;
import nl.jeugdregie.inkoop.web.InkoopJson.ContractJson;
import nl.jeugdregie.inkoop.web.InkoopJson.ContractproductJson;
import nl.jeugdregie.inkoop.web.InkoopJson.GeldendTariefJson;
import nl.jeugdregie.inkoop.web.InkoopJson.OntwikkelafspraakJson;
import nl.jeugdregie.inkoop.web.InkoopJson.TariefJson;
import nl.jeugdregie.inkoop.web.InkoopJson.WijzigingJson;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping(Api.BASIS + "/contracten")
@Tag(
        name = "Contracten",
        description = "Contracten met producten, tarieven per periode, ontwikkelafspraken en wijzigingshistorie")
class ContractenApi {

    private final ContractService contracten;
    private final OntwikkelopgaveService ontwikkelopgaven;
    private final Inkooprechten toegang;
    private final Clock clock;

    ContractenApi(
            ContractService contracten, OntwikkelopgaveService ontwikkelopgaven, Inkooprechten toegang, Clock clock) {
        this.contracten = contracten;
        this.ontwikkelopgaven = ontwikkelopgaven;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            operationId = "listContracten",
            summary = "Contracten zoeken",
            description = "Filter op aanbieder (AGB), perceel en peildatum (contracten die dan lopen). Voor inkoop,"
                    + " beheer en backoffice; een aanbieder ziet alleen de eigen contracten.")
    ResponseEntity<List<ContractJson>> zoek(
            @RequestParam(required = false) String agb,
            @RequestParam(required = false) String perceel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        AgbCode aanbieder = toegang.beperktTot().orElse(agb == null || agb.isBlank() ? null : new AgbCode(agb));
        if (aanbieder != null) {
            toegang.vereisInzageContracten(aanbieder);
        } else {
            toegang.vereisInzageAlleContracten();
        }
        return contracten
                .zoek(aanbieder, perceel, peildatum, Paginering.van(page, pageSize))
                .map(ContractJson::van)
                .alsAntwoord();
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getContract",
            summary = "Eén contract",
            description = "Met de gecontracteerde producten, hun tarieven en de ontwikkelafspraken.")
    ContractDetailJson contract(@PathVariable long id) {
        Contract contract = vind(id);
        return new ContractDetailJson(
                ContractJson.van(contract),
                contracten.producten(id).stream().map(ContractproductJson::van).toList(),
                ontwikkelopgaven.afspraken(id).stream()
                        .map(OntwikkelafspraakJson::van)
                        .toList());
    }

    @GetMapping("/{id}/historie")
    @Operation(
            operationId = "listContractwijzigingen",
            summary = "Wijzigingshistorie",
            description = "Wie wat wanneer aan het contract, de producten, tarieven en ontwikkelafspraken wijzigde.")
    List<WijzigingJson> historie(@PathVariable long id) {
        vind(id);
        return contracten.historie(id).stream().map(WijzigingJson::van).toList();
    }

    @GetMapping("/{id}/tarief")
    @Operation(
            operationId = "getTariefOpDatum",
            summary = "Tarief op een leverdatum",
            description = "Het tarief van een product in dit contract dat geldt op de leverdatum (standaard vandaag).")
    GeldendTariefJson tariefOp(
            @PathVariable long id,
            @RequestParam String productcode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leverdatum) {
        vind(id);
        LocalDate dag = leverdatum == null ? LocalDate.now(clock) : leverdatum;
        return contracten
                .tariefOp(id, productcode, dag)
                .map(GeldendTariefJson::van)
                .orElseThrow(() ->
                        new NietGevonden("Geen tarief voor " + productcode + " in contract " + id + " op " + dag));
    }

    @GetMapping("/tarieven")
    @Operation(
            operationId = "listTarievenOpDatum",
            summary = "Tarieven van een aanbieder op een leverdatum",
            description = "Alle tarieven die een levering van het product door de aanbieder op de leverdatum prijzen"
                    + " (één per contract dat het product bevat).")
    List<GeldendTariefJson> tarievenOp(
            @RequestParam String agb,
            @RequestParam String productcode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leverdatum) {
        AgbCode aanbieder = new AgbCode(agb);
        toegang.vereisInzageContracten(aanbieder);
        return contracten.tarievenOp(aanbieder, productcode, leverdatum).stream()
                .map(GeldendTariefJson::van)
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createContract",
            summary = "Contract toevoegen",
            description = "Voor inkoop en beheer. Antwoordt 201 met de Location; 409 als het nummer al bestaat.")
    ResponseEntity<ContractJson> voegToe(@Valid @RequestBody ContractFormulier formulier) {
        Contract contract = contracten.voegToe(formulier.gegevens());
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(contract.id())
                .toUri();
        return ResponseEntity.created(locatie).body(ContractJson.van(contract));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "updateContract",
            summary = "Contract wijzigen",
            description = "Perceel, looptijd en toelichting. Een looptijd waarbuiten een tarief zou vallen, wordt"
                    + " geweigerd (400).")
    ContractJson wijzig(@PathVariable long id, @Valid @RequestBody ContractFormulier formulier) {
        vind(id);
        return ContractJson.van(contracten.wijzig(id, formulier.gegevens()));
    }

    @PostMapping("/{id}/producten")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createContractproduct",
            summary = "Product aan contract toevoegen",
            description =
                    "Met de eenheid (WJ756) waarin de tarieven gelden; die moet bij de uitvoeringsvariant passen.")
    ResponseEntity<ContractproductJson> voegProductToe(
            @PathVariable long id, @Valid @RequestBody ContractproductFormulier formulier) {
        vind(id);
        return ResponseEntity.status(201)
                .body(ContractproductJson.van(
                        contracten.voegProductToe(id, formulier.productcode(), Eenheid.vanCode(formulier.eenheid()))));
    }

    @PostMapping("/{id}/producten/{productcode}/tarieven")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createTarief",
            summary = "Tarief toevoegen",
            description = "Bedrag in euro's per eenheid, geldig van begindatum tot en met einddatum. Geweigerd: een"
                    + " negatief bedrag of een periode buiten de looptijd (400), overlap met een ander tarief (409).")
    ResponseEntity<TariefJson> voegTariefToe(
            @PathVariable long id, @PathVariable String productcode, @Valid @RequestBody TariefFormulier formulier) {
        vind(id);
        Tarief tarief = contracten.voegTariefToe(id, productcode, formulier.alsBedrag(), formulier.periode());
        return ResponseEntity.status(201).body(TariefJson.van(tarief));
    }

    @PutMapping("/{id}/tarieven/{tariefId}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "updateTarief",
            summary = "Tarief wijzigen",
            description = "Met dezelfde controles als een nieuw tarief.")
    TariefJson wijzigTarief(
            @PathVariable long id, @PathVariable long tariefId, @Valid @RequestBody TariefFormulier formulier) {
        vind(id);
        return TariefJson.van(contracten.wijzigTarief(id, tariefId, formulier.alsBedrag(), formulier.periode()));
    }

    @DeleteMapping("/{id}/tarieven/{tariefId}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(operationId = "deleteTarief", summary = "Tarief verwijderen", description = "Voor inkoop en beheer.")
    ResponseEntity<Void> verwijderTarief(@PathVariable long id, @PathVariable long tariefId) {
        vind(id);
        contracten.verwijderTarief(id, tariefId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/ontwikkelafspraken")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createOntwikkelafspraak",
            summary = "Ontwikkelafspraak toevoegen",
            description = "Alleen voor contracten met strategische partners.")
    ResponseEntity<OntwikkelafspraakJson> voegAfspraakToe(
            @PathVariable long id, @Valid @RequestBody OntwikkelafspraakFormulier formulier) {
        vind(id);
        return ResponseEntity.status(201).body(OntwikkelafspraakJson.van(formulier.voegToe(ontwikkelopgaven, id)));
    }

    @PostMapping("/{id}/ontwikkelafspraken/{afspraakId}/voortgang")
    @Operation(
            operationId = "createVoortgang",
            summary = "Voortgang rapporteren",
            description = "De waarde van de indicator op een peildatum; door inkoop of door de aanbieder zelf.")
    OntwikkelafspraakJson rapporteer(
            @PathVariable long id, @PathVariable long afspraakId, @Valid @RequestBody VoortgangFormulier formulier) {
        Contract contract = vind(id);
        toegang.vereisRapportage(contract.agb());
        return OntwikkelafspraakJson.van(ontwikkelopgaven.rapporteer(
                id, afspraakId, formulier.peildatum(), formulier.waarde(), formulier.toelichting()));
    }

    private Contract vind(long id) {
        Contract contract = contracten.vereis(id);
        toegang.vereisInzageContracten(contract.agb());
        return contract;
    }
}
