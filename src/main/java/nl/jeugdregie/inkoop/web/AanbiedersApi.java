package nl.jeugdregie.inkoop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.AanbiederStatus;
import nl.jeugdregie.inkoop.BudgetService;
import nl.jeugdregie.inkoop.Contactpersoon;
import nl.jeugdregie.inkoop.InkoopToegang;
import nl.jeugdregie.inkoop.Locatie;
import nl.jeugdregie.inkoop.Relatie;
import nl.jeugdregie.inkoop.web.InkoopJson.AanbiederDetailJson;
import nl.jeugdregie.inkoop.web.InkoopJson.AanbiederJson;
import nl.jeugdregie.inkoop.web.InkoopJson.BudgetJson;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
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
@RequestMapping(Api.BASIS + "/aanbieders")
@Tag(name = "Aanbieders", description = "Het aanbiedersregister: AGB-code, KvK, relatie, locaties, contactpersonen")
class AanbiedersApi {

    private final AanbiederService aanbieders;
    private final BudgetService budget;
    private final InkoopToegang toegang;

    AanbiedersApi(AanbiederService aanbieders, BudgetService budget, InkoopToegang toegang) {
        this.aanbieders = aanbieders;
        this.budget = budget;
        this.toegang = toegang;
    }

    record LocatieFormulier(
            @NotBlank(message = "Vul de naam van de locatie in") @Size(max = 200)
            String naam,

            @Size(max = 200) String adres,
            String postcode,
            @Size(max = 100) String plaats) {}

    record ContactpersoonFormulier(
            @NotBlank(message = "Vul de naam in") @Size(max = 200)
            String naam,

            @Size(max = 200) String functie,
            String email,
            @Size(max = 30) String telefoon) {}

    record PlafondFormulier(
            @NotNull(message = "Vul het jaar in") Integer jaar,
            @NotNull(message = "Vul het plafond in euro in") BigDecimal plafond,
            Integer signaleringsgrens) {}

    @GetMapping
    @Operation(
            operationId = "listAanbieders",
            summary = "Aanbieders zoeken",
            description = "Filter op (een deel van) naam, AGB- of KvK-nummer, relatie en status. Een aanbieder ziet"
                    + " alleen zichzelf.")
    ResponseEntity<List<AanbiederJson>> zoek(
            @RequestParam(required = false) String naam,
            @RequestParam(required = false) Relatie relatie,
            @RequestParam(required = false) AanbiederStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        AgbCode alleen = toegang.beperktTot().orElse(null);
        return aanbieders
                .zoek(naam, relatie, status, alleen, Paginering.van(page, pageSize))
                .map(AanbiederJson::van)
                .alsAntwoord();
    }

    @GetMapping("/{agb}")
    @Operation(
            operationId = "getAanbieder",
            summary = "Eén aanbieder",
            description = "Met locaties en contactpersonen. Een aanbieder ziet alleen zichzelf (anders 403).")
    AanbiederDetailJson aanbieder(@PathVariable String agb) {
        Aanbieder aanbieder = vind(agb);
        return new AanbiederDetailJson(
                AanbiederJson.van(aanbieder),
                aanbieders.locaties(aanbieder.agb()),
                aanbieders.contactpersonen(aanbieder.agb()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createAanbieder",
            summary = "Aanbieder toevoegen",
            description = "Voor inkoop en beheer. Antwoordt 201 met de Location; 409 als de AGB-code al bestaat.")
    ResponseEntity<AanbiederJson> voegToe(@Valid @RequestBody AanbiederFormulier formulier) {
        Aanbieder aanbieder = aanbieders.voegToe(formulier.gegevens());
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{agb}")
                .buildAndExpand(aanbieder.agb().value())
                .toUri();
        return ResponseEntity.created(locatie).body(AanbiederJson.van(aanbieder));
    }

    @PutMapping("/{agb}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(operationId = "updateAanbieder", summary = "Aanbieder wijzigen", description = "Voor inkoop en beheer.")
    AanbiederJson wijzig(@PathVariable String agb, @Valid @RequestBody AanbiederFormulier formulier) {
        Aanbieder aanbieder = vind(agb);
        if (!aanbieder.agb().value().equals(formulier.agb())) {
            throw new OngeldigeInvoer("agb", "De AGB-code in het pad en in de inhoud verschillen");
        }
        return AanbiederJson.van(aanbieders.wijzig(aanbieder.agb(), formulier.gegevens()));
    }

    @PostMapping("/{agb}/locaties")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(operationId = "createLocatie", summary = "Locatie toevoegen", description = "Voor inkoop en beheer.")
    ResponseEntity<Locatie> voegLocatieToe(@PathVariable String agb, @Valid @RequestBody LocatieFormulier formulier) {
        Locatie locatie = aanbieders.voegLocatieToe(
                vind(agb).agb(), formulier.naam(), formulier.adres(), formulier.postcode(), formulier.plaats());
        return ResponseEntity.status(201).body(locatie);
    }

    @PostMapping("/{agb}/contactpersonen")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createContactpersoon",
            summary = "Contactpersoon toevoegen",
            description = "Voor inkoop en beheer.")
    ResponseEntity<Contactpersoon> voegContactpersoonToe(
            @PathVariable String agb, @Valid @RequestBody ContactpersoonFormulier formulier) {
        Contactpersoon persoon = aanbieders.voegContactpersoonToe(
                vind(agb).agb(), formulier.naam(), formulier.functie(), formulier.email(), formulier.telefoon());
        return ResponseEntity.status(201).body(persoon);
    }

    @GetMapping("/{agb}/budget")
    @Operation(
            operationId = "listBudget",
            summary = "Budgetplafonds en verplichtingen",
            description = "Per jaar het plafond, de verplichtingen en de signalering. Voor inkoop, beheer, backoffice"
                    + " en de aanbieder zelf.")
    List<BudgetJson> budget(@PathVariable String agb) {
        Aanbieder aanbieder = vind(agb);
        toegang.vereisInzageContracten(aanbieder.agb());
        return budget.budgetstanden(aanbieder.agb()).stream()
                .map(BudgetJson::van)
                .toList();
    }

    @PutMapping("/{agb}/budget")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "setBudgetplafond",
            summary = "Budgetplafond instellen",
            description = "Het plafond van een jaar in euro's; signalering vanaf de signaleringsgrens (standaard 80%).")
    BudgetJson stelPlafondIn(@PathVariable String agb, @Valid @RequestBody PlafondFormulier formulier) {
        Aanbieder aanbieder = vind(agb);
        Bedrag plafond;
        try {
            plafond = Bedrag.euro(formulier.plafond());
        } catch (nl.jeugdregie.kern.OngeldigeWaarde e) {
            throw new OngeldigeInvoer("plafond", e.getMessage());
        }
        return BudgetJson.van(budget.stelPlafondIn(
                aanbieder.agb(),
                formulier.jaar(),
                plafond,
                formulier.signaleringsgrens() == null ? 80 : formulier.signaleringsgrens()));
    }

    private Aanbieder vind(String agb) {
        AgbCode code = new AgbCode(agb);
        toegang.vereisInzageAanbieder(code);
        return aanbieders.vereis(code);
    }
}
