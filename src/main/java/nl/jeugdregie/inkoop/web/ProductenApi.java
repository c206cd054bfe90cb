package nl.jeugdregie.inkoop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.jeugdregie.inkoop.Importen;
import nl.jeugdregie.inkoop.Importsoort;
import nl.jeugdregie.inkoop.Product;
import nl.jeugdregie.inkoop.ProductService;
import nl.jeugdregie.inkoop.Productbron;
import nl.jeugdregie.inkoop.Uitvoeringsvariant;
import nl.jeugdregie.inkoop.web.InkoopJson.ImportJson;
import nl.jeugdregie.inkoop.web.InkoopJson.ProductJson;
import nl.jeugdregie.inkoop.web.InkoopJson.WijzigingJson;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Api;
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
@RequestMapping(Api.BASIS + "/producten")
@Tag(
        name = "Producten",
        description = "De productcatalogus: Standaardproductcodelijst Jeugdwet (JZ21) en regionale producten")
class ProductenApi {

    private final ProductService producten;
    private final Importen importen;

    ProductenApi(ProductService producten, Importen importen) {
        this.producten = producten;
        this.importen = importen;
    }

    @GetMapping
    @Operation(
            operationId = "listProducten",
            summary = "Producten zoeken",
            description = "Filter op (het begin van) de code of een deel van de omschrijving, productcategorie (JZ020),"
                    + " uitvoeringsvariant, CBS-hulpvorm, bron en jeugdzorgvorm (een code, of 'onbekend' voor de"
                    + " producten zonder jeugdzorgvorm). Vervallen codes alleen met vervallen=true.")
    ResponseEntity<List<ProductJson>> zoek(
            @RequestParam(required = false) String tekst,
            @RequestParam(required = false) String categorie,
            @RequestParam(required = false) Uitvoeringsvariant uitvoeringsvariant,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) Productbron bron,
            @RequestParam(defaultValue = "false") boolean vervallen,
            @RequestParam(required = false) String jeugdzorgvorm,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        ProductService.Filter filter = new ProductService.Filter(
                tekst,
                categorie == null || categorie.isBlank() ? null : Productcategorie.vanCode(categorie),
                uitvoeringsvariant,
                hulpvorm == null || hulpvorm.isBlank() ? null : Hulpvorm.vanCode(hulpvorm),
                bron,
                vervallen,
                JeugdzorgvormFormulier.filter(jeugdzorgvorm),
                JeugdzorgvormFormulier.isOnbekend(jeugdzorgvorm));
        return producten
                .zoek(filter, Paginering.van(page, pageSize))
                .map(ProductJson::van)
                .alsAntwoord();
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getProduct", summary = "Eén product", description = "Product op productcode.")
    ProductJson product(@PathVariable String code) {
        return ProductJson.van(producten.vereis(code));
    }

    @GetMapping("/{code}/historie")
    @Operation(
            operationId = "getProducthistorie",
            summary = "Wijzigingen van een product",
            description = "Wie wat wanneer aan het product wijzigde (de jeugdzorgvorm), nieuwste eerst.")
    List<WijzigingJson> historie(@PathVariable String code) {
        return producten.historie(code).stream().map(WijzigingJson::van).toList();
    }

    @PutMapping("/{code}/jeugdzorgvorm")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "updateJeugdzorgvorm",
            summary = "Jeugdzorgvorm van een product vastleggen",
            description = "De CBS-jeugdzorgvorm waaronder de sturingsinformatie het product telt: 01-04 zonder"
                    + " verblijf, 11-14 met verblijf, JB jeugdbescherming, JR jeugdreclassering, of null (of het veld"
                    + " weggelaten) voor onbekend. Een onbekende code geeft 400 met het veld jeugdzorgvorm. Daarna"
                    + " is het niet meer de standaard jeugdzorgvorm en laat een nieuwe productcodelijst hem staan."
                    + " Alleen INKOOP en BEHEERDER.")
    ProductJson wijzigJeugdzorgvorm(@PathVariable String code, @RequestBody JeugdzorgvormFormulier formulier) {
        return ProductJson.van(producten.wijzigJeugdzorgvorm(code, formulier.gekozen()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "createRegionaalProduct",
            summary = "Regionaal product toevoegen",
            description = "Een regionale productcode (5 tekens) gekoppeld aan een productcategorie. 409 als de code"
                    + " al bestaat.")
    ResponseEntity<ProductJson> voegToe(@Valid @RequestBody RegionaalProductFormulier formulier) {
        Product product = producten.voegRegionaalProductToe(
                formulier.code(),
                formulier.omschrijving(),
                formulier.productcategorie(),
                formulier.uitvoeringsvariant(),
                formulier.gekozenEenheden(),
                formulier.cbsHulpvorm());
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{code}")
                .buildAndExpand(product.code())
                .toUri();
        return ResponseEntity.created(locatie).body(ProductJson.van(product));
    }

    @PostMapping(
            value = "/import",
            consumes = {"application/json", "text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    @Operation(
            operationId = "importProductcodelijst",
            summary = "Nieuwe versie van de Standaardproductcodelijst inlezen",
            description = "De inhoud is de lijst als JSON (met een lijst 'products') of CSV met kopregel (productcode,"
                    + " omschrijving, productcategorie_code, uitvoeringsvariant, dimensie_hulpvorm_code,"
                    + " dimensie_hulpvorm_omschrijving, nza_declaratiecode). Het inlezen loopt op de achtergrond: het"
                    + " antwoord is 202 met de status van de import en in Location het adres om die te volgen. Alles"
                    + " of niets: één onbruikbare regel weigert de hele lijst (status GEWEIGERD, de regels noemen"
                    + " waarom). Codes die niet meer in de lijst staan, vervallen.")
    ResponseEntity<ImportJson> importeer(@RequestBody byte[] inhoud) {
        return ImportenApi.gestart(importen.start(Importsoort.PRODUCTCODELIJST, inhoud, false));
    }
}
