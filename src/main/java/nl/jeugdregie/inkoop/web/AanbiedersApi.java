package nl.jeugdregie.inkoop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.AanbiederStatus;
import nl.jeugdregie.inkoop.BudgetService;
import nl.jeugdregie.inkoop.Contactpersoon;
import nl.jeugdregie.inkoop.Inkooprechten;
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
@RequestMapping(Api.BASIS + "/aanbieders")
@Tag(name = "Aanbieders", description = "Het aanbiedersregister: AGB-code, KvK, relatie, locaties, contactpersonen")
class AanbiedersApi {

    private final AanbiederService aanbieders;
    private final BudgetService budget;
    private final Inkooprechten toegang;

    AanbiedersApi(AanbiederService aanbieders, BudgetService budget, Inkooprechten toegang) {
        this.aanbieders = aanbieders;
        this.budget = budget;
        this.toegang = toegang;
    }

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

    @PutMapping("/{agb}/locaties/{id}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(operationId = "updateLocatie", summary = "Locatie wijzigen", description = "Voor inkoop en beheer.")
    Locatie wijzigLocatie(
            @PathVariable String agb, @PathVariable long id, @Valid @RequestBody LocatieFormulier formulier) {
        return aanbieders.wijzigLocatie(
                vind(agb).agb(), id, formulier.naam(), formulier.adres(), formulier.postcode(), formulier.plaats());
    }

    @DeleteMapping("/{agb}/locaties/{id}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(operationId = "deleteLocatie", summary = "Locatie verwijderen", description = "Voor inkoop en beheer.")
    ResponseEntity<Void> verwijderLocatie(@PathVariable String agb, @PathVariable long id) {
        aanbieders.verwijderLocatie(vind(agb).agb(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{agb}/contactpersonen/{id}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "updateContactpersoon",
            summary = "Contactpersoon wijzigen",
            description = "Voor inkoop en beheer.")
    Contactpersoon wijzigContactpersoon(
            @PathVariable String agb, @PathVariable long id, @Valid @RequestBody ContactpersoonFormulier formulier) {
        return aanbieders.wijzigContactpersoon(
                vind(agb).agb(), id, formulier.naam(), formulier.functie(), formulier.email(), formulier.telefoon());
    }

    @DeleteMapping("/{agb}/contactpersonen/{id}")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "deleteContactpersoon",
            summary = "Contactpersoon verwijderen",
            description = "Voor inkoop en beheer.")
    ResponseEntity<Void> verwijderContactpersoon(@PathVariable String agb, @PathVariable long id) {
        aanbieders.verwijderContactpersoon(vind(agb).agb(), id);
        return ResponseEntity.noContent().build();
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
            plafond = formulier.bedrag();
        } catch (nl.jeugdregie.kern.OngeldigeWaarde e) {
            throw new OngeldigeInvoer("plafond", e.getMessage());
        }
        return BudgetJson.van(budget.stelPlafondIn(aanbieder.agb(), formulier.jaar(), plafond, formulier.grens()));
    }

    private Aanbieder vind(String agb) {
        AgbCode code = new AgbCode(agb);
        toegang.vereisInzageAanbieder(code);
        return aanbieders.vereis(code);
    }
}
