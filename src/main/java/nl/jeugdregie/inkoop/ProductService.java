package nl.jeugdregie.inkoop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue: the Standaardproductcodelijst Jeugdwet (JZ21) and regional products. */
@Service
public class ProductService {

    private final ProductRepository repository;
    private final Clock clock;

    ProductService(ProductRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Filter for the catalogue; every field is optional. */
    public record Filter(
            String tekst,
            Productcategorie categorie,
            Uitvoeringsvariant variant,
            Hulpvorm hulpvorm,
            Productbron bron,
            boolean ookVervallen) {

        public static Filter alles() {
            return new Filter(null, null, null, null, null, true);
        }
    }

    public Resultaatpagina<Product> zoek(Filter filter, Paginering paginering) {
        return repository.zoek(filter, paginering);
    }

    public Optional<Product> product(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return repository.product(code.trim().toUpperCase(Locale.ROOT));
    }

    public Product vereis(String code) {
        return product(code).orElseThrow(() -> new NietGevonden("Product " + code + " bestaat niet"));
    }

    /**
     * Adds a regional product code mapped to a category. The code has the five positions of an iJw
     * productcode and must not exist yet (also not in JZ21). Without eenheden the variant's are used.
     */
    @Transactional
    public Product voegRegionaalProductToe(
            String code,
            String omschrijving,
            Productcategorie categorie,
            Uitvoeringsvariant variant,
            List<Eenheid> eenheden,
            Hulpvorm hulpvorm) {
        String productcode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (!productcode.matches("[0-9A-Z]{5}")) {
            fouten.add(new OngeldigeParameter("code", "Productcode moet uit 5 letters of cijfers bestaan"));
        }
        List<Eenheid> gekozen = eenheden == null || eenheden.isEmpty() ? variant.eenheden() : eenheden;
        gekozen.stream()
                .filter(e -> !variant.eenheden().contains(e))
                .forEach(e -> fouten.add(new OngeldigeParameter(
                        "eenheden",
                        "Eenheid " + e.omschrijving() + " past niet bij "
                                + variant.omschrijving().toLowerCase())));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        if (product(productcode).isPresent()) {
            throw new Conflict("Productcode " + productcode + " bestaat al");
        }
        Hulpvorm cbs = hulpvorm != null ? hulpvorm : categorie.hulpvorm().orElse(null);
        Product product = new Product(
                productcode,
                omschrijving.trim(),
                categorie,
                variant,
                false,
                gekozen,
                cbs,
                cbs == null ? null : cbs.code(),
                cbs == null ? null : cbs.omschrijving(),
                null,
                Productbron.REGIONAAL,
                null);
        repository.schrijf(product, OffsetDateTime.now(clock));
        return product;
    }

    /**
     * Brings the catalogue in line with an updated official list (the JSON export or a CSV with the
     * same columns). Everything or nothing: a single unusable line refuses the whole list. Codes the
     * list no longer holds are marked vervallen, never deleted, because contracts may still use them.
     */
    @Transactional
    public Productimportverslag importeerLijst(byte[] bestand) {
        List<Map<String, Object>> rijen = Bronbestand.lees(bestand);
        Map<String, Product> lijst = producten(rijen);
        Map<String, Product> catalogus = repository.alle();
        List<String> actueel = actueleJz21Codes(catalogus);
        weigerOnvolledigeLijst(lijst, actueel);
        OffsetDateTime nu = OffsetDateTime.now(clock);
        int toegevoegd = 0;
        int gewijzigd = 0;
        int ongewijzigd = 0;
        List<String> hersteld = new ArrayList<>();
        for (Product product : lijst.values()) {
            Product bestaand = catalogus.get(product.code());
            if (bestaand == null) {
                repository.schrijf(product, nu);
                toegevoegd++;
            } else if (bestaand.bron() == Productbron.REGIONAAL) {
                throw new Conflict("Productcode " + product.code()
                        + " staat nu in de officiële lijst maar is ook als regionale code in gebruik");
            } else if (bestaand.isVervallen()) {
                repository.schrijf(product, nu);
                hersteld.add(product.code());
            } else if (bestaand.equals(product)) {
                ongewijzigd++;
            } else {
                repository.schrijf(product, nu);
                gewijzigd++;
            }
        }
        List<String> vervallen =
                actueel.stream().filter(code -> !lijst.containsKey(code)).toList();
        repository.markeerVervallen(vervallen, LocalDate.now(clock));
        return new Productimportverslag(rijen.size(), toegevoegd, gewijzigd, ongewijzigd, vervallen, hersteld);
    }

    /** The products of the list's lines, by code; every unusable or repeated line refuses the list. */
    private static Map<String, Product> producten(List<Map<String, Object>> rijen) {
        Map<String, Product> producten = new LinkedHashMap<>();
        List<OngeldigeParameter> fouten = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            String regel = "regel " + (i + 1);
            try {
                Product product = productregel(rijen.get(i)).alsProduct();
                if (producten.putIfAbsent(product.code(), product) != null) {
                    fouten.add(new OngeldigeParameter(
                            regel, "productcode " + product.code() + " staat dubbel in de lijst"));
                }
            } catch (IllegalArgumentException e) {
                fouten.add(new OngeldigeParameter(regel, e.getMessage()));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return producten;
    }

    private static Productregel productregel(Map<String, Object> rij) {
        return new Productregel(
                Bronbestand.tekst(rij, "productcode", "code"),
                Bronbestand.tekst(rij, "omschrijving"),
                Bronbestand.tekst(rij, "productcategorie_code", "productcategorie", "categorie"),
                Bronbestand.tekst(rij, "uitvoeringsvariant"),
                Bronbestand.tekst(rij, "dimensie_hulpvorm_code", "hulpvorm_code"),
                Bronbestand.tekst(rij, "dimensie_hulpvorm_omschrijving", "hulpvorm_omschrijving"),
                Bronbestand.tekst(rij, "nza_declaratiecode"));
    }

    /** The valid JZ21 codes of the catalogue, in code order. */
    private static List<String> actueleJz21Codes(Map<String, Product> catalogus) {
        return catalogus.values().stream()
                .filter(p -> p.bron() == Productbron.JZ21 && !p.isVervallen())
                .map(Product::code)
                .sorted()
                .toList();
    }

    /** A list with less than half of the valid codes is a mistake (a part, another list), not an update. */
    private static void weigerOnvolledigeLijst(Map<String, Product> lijst, List<String> actueel) {
        if (lijst.size() * 2 < actueel.size()) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "De lijst bevat " + lijst.size() + " codes, minder dan de helft van de " + actueel.size()
                            + " geldige codes: dit lijkt geen volledige Standaardproductcodelijst");
        }
    }
}
