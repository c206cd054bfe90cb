package nl.jeugdregie.inkoop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
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
    private final Namen namen;
    private final Inkooprechten toegang;

    ProductService(ProductRepository repository, Clock clock, Namen namen, Inkooprechten toegang) {
        this.repository = repository;
        this.clock = clock;
        this.namen = namen;
        this.toegang = toegang;
    }

    /**
     * Filter for the catalogue; every field is optional.
     *
     * @param zonderJeugdzorgvorm only the products without jeugdzorgvorm (onbekend)
     */
    public record Filter(
            String tekst,
            Productcategorie categorie,
            Uitvoeringsvariant variant,
            Hulpvorm hulpvorm,
            Productbron bron,
            boolean ookVervallen,
            Jeugdzorgvorm jeugdzorgvorm,
            boolean zonderJeugdzorgvorm) {

        public static Filter alles() {
            return new Filter(null, null, null, null, null, true, null, false);
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

    /** Who changed what of the product and when, newest first. */
    public List<Productwijziging> historie(String code) {
        return repository.historie(vereis(code).code());
    }

    /** How many valid products have no jeugdzorgvorm, so the sturingsinformatie counts them as onbekend. */
    public long aantalZonderJeugdzorgvorm() {
        return repository.aantalZonderJeugdzorgvorm();
    }

    /**
     * Sets the jeugdzorgvorm the sturingsinformatie counts the product under (null: onbekend), by INKOOP or
     * BEHEERDER; from then on a new Standaardproductcodelijst leaves it as it is. Recorded with who and when.
     */
    @Transactional
    public Product wijzigJeugdzorgvorm(String code, Jeugdzorgvorm jeugdzorgvorm) {
        if (!toegang.isInkoop()) {
            throw new NietGeautoriseerd("Alleen inkoop en beheer wijzigen de jeugdzorgvorm van een product");
        }
        String productcode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Product oud = repository
                .productVoorWijziging(productcode)
                .orElseThrow(() -> new NietGevonden("Product " + code + " bestaat niet"));
        if (!oud.jeugdzorgvormStandaard() && oud.jeugdzorgvorm() == jeugdzorgvorm) {
            return oud;
        }
        OffsetDateTime nu = OffsetDateTime.now(clock);
        repository.wijzigJeugdzorgvorm(productcode, jeugdzorgvorm, nu, toegang.gebruikersnaam());
        String was = tekst(oud.jeugdzorgvorm()) + (oud.jeugdzorgvormStandaard() ? " (standaard)" : "");
        registreer(productcode, nu, "Jeugdzorgvorm " + was + " → " + tekst(jeugdzorgvorm));
        return vereis(productcode);
    }

    /** A jeugdzorgvorm as the history names it: code and name, or onbekend. */
    private static String tekst(Jeugdzorgvorm jeugdzorgvorm) {
        return jeugdzorgvorm == null ? "onbekend" : jeugdzorgvorm.code() + " " + jeugdzorgvorm.omschrijving();
    }

    private void registreer(String code, OffsetDateTime nu, String omschrijving) {
        repository.registreerWijziging(
                code, new Productwijziging(nu, toegang.gebruikersnaam(), "JEUGDZORGVORM", omschrijving));
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
                        null,
                        null,
                        true)
                .metStandaardJeugdzorgvorm();
        repository.schrijf(product, OffsetDateTime.now(clock), toegang.gebruikersnaam());
        return product;
    }

    /**
     * Brings the catalogue in line with an updated official list (the JSON export or a CSV with the
     * same columns). Everything or nothing: a single unusable line refuses the whole list. Codes the
     * list no longer holds are marked vervallen, never deleted, because contracts may still use them.
     */
    @Transactional
    public Importverslag importeerLijst(byte[] bestand) {
        Importverslag verslag = new Importverslag(false);
        importeerLijst(bestand, verslag);
        return verslag;
    }

    /** {@link #importeerLijst(byte[])}, adding each line to {@code verslag} as soon as it is handled. */
    @Transactional
    public void importeerLijst(byte[] bestand, Importverslag verslag) {
        List<Map<String, Object>> rijen = Bronbestand.lees(bestand);
        verslag.begin(rijen.size());
        Map<String, Product> catalogus = repository.alle();
        List<Lijstregel> lijst = lees(rijen, catalogus);
        weigerBijFouten(lijst, verslag);
        List<String> actueel = actueleJz21Codes(catalogus);
        weigerOnvolledigeLijst(lijst, actueel, verslag);
        OffsetDateTime nu = OffsetDateTime.now(clock);
        for (Lijstregel regel : lijst) {
            verslag.voegToe(werkBij(regel, catalogus.get(regel.product().code()), nu));
        }
        Set<String> inLijst = lijst.stream().map(r -> r.product().code()).collect(Collectors.toSet());
        List<String> vervallen =
                actueel.stream().filter(code -> !inLijst.contains(code)).toList();
        repository.markeerVervallen(vervallen, LocalDate.now(clock));
        verslag.vervallen(vervallen);
    }

    /** One line of the official list: its product, or why it cannot be used. */
    private record Lijstregel(int regel, String code, String omschrijving, Product product, String fout) {

        Importregel alsFout() {
            return new Importregel(regel, code, omschrijving, Importuitkomst.FOUT, fout);
        }

        Importregel nietIngelezen() {
            return new Importregel(regel, code, omschrijving, Importuitkomst.NIET_INGELEZEN, null);
        }
    }

    /**
     * The lines of the list, each with its product or what is wrong: unreadable, a code twice, or a code already in
     * use as a regional product.
     */
    private static List<Lijstregel> lees(List<Map<String, Object>> rijen, Map<String, Product> catalogus) {
        List<Lijstregel> lijst = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            int regel = i + 1;
            Productregel productregel = productregel(rijen.get(i));
            String code = productregel.productcode();
            try {
                Product product = productregel.alsProduct();
                Integer eerder = gezien.putIfAbsent(product.code(), regel);
                Product bestaand = catalogus.get(product.code());
                String fout = eerder != null
                        ? "productcode " + product.code() + " staat dubbel in de lijst (ook op regel " + eerder + ")"
                        : bestaand != null && bestaand.bron() == Productbron.REGIONAAL
                                ? "productcode " + product.code() + " is al als regionale code in gebruik"
                                : null;
                lijst.add(new Lijstregel(regel, product.code(), product.omschrijving(), product, fout));
            } catch (IllegalArgumentException e) {
                lijst.add(new Lijstregel(regel, code, productregel.omschrijving(), null, e.getMessage()));
            }
        }
        return lijst;
    }

    /** One unusable line refuses the list: the report shows every line, the refusal names the wrong ones. */
    private static void weigerBijFouten(List<Lijstregel> lijst, Importverslag verslag) {
        List<OngeldigeParameter> fouten = lijst.stream()
                .filter(r -> r.fout() != null)
                .map(r -> new OngeldigeParameter("regel " + r.regel(), r.fout()))
                .toList();
        if (!fouten.isEmpty()) {
            lijst.forEach(r -> verslag.voegToe(r.fout() != null ? r.alsFout() : r.nietIngelezen()));
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** A list with less than half of the valid codes is a mistake (a part, another list), not an update. */
    private static void weigerOnvolledigeLijst(List<Lijstregel> lijst, List<String> actueel, Importverslag verslag) {
        if (lijst.size() * 2 < actueel.size()) {
            lijst.forEach(r -> verslag.voegToe(r.nietIngelezen()));
            throw new OngeldigeInvoer(
                    "bestand",
                    "De lijst bevat " + lijst.size() + " codes, minder dan de helft van de " + actueel.size()
                            + " geldige codes: dit lijkt geen volledige Standaardproductcodelijst");
        }
    }

    /**
     * Stores the line's product when it is new, changed or vervallen before, and says which it was. A jeugdzorgvorm
     * inkoop set stays; a standaard one follows the product, and a change of it is recorded.
     */
    private Importregel werkBij(Lijstregel regel, Product bestaand, OffsetDateTime nu) {
        Product product = bestaand == null || bestaand.jeugdzorgvormStandaard()
                ? regel.product()
                : regel.product().metJeugdzorgvorm(bestaand.jeugdzorgvorm(), false);
        Importuitkomst uitkomst;
        String toelichting = null;
        if (bestaand == null) {
            uitkomst = Importuitkomst.NIEUW;
        } else if (bestaand.isVervallen()) {
            uitkomst = Importuitkomst.HERSTELD;
            toelichting = "vervallen sinds " + Datumbereik.datum(bestaand.vervallenOp());
        } else if (verschillen(bestaand, product).isEmpty()) {
            return new Importregel(regel.regel(), regel.code(), regel.omschrijving(), Importuitkomst.ONGEWIJZIGD, null);
        } else {
            uitkomst = Importuitkomst.BIJGEWERKT;
            toelichting = "gewijzigd: " + String.join(", ", verschillen(bestaand, product));
        }
        repository.schrijf(product, nu, toegang.gebruikersnaam());
        if (bestaand != null && bestaand.jeugdzorgvorm() != product.jeugdzorgvorm()) {
            registreer(
                    product.code(),
                    nu,
                    "Standaard jeugdzorgvorm " + tekst(bestaand.jeugdzorgvorm()) + " → "
                            + tekst(product.jeugdzorgvorm()) + " volgens de nieuwe productcodelijst");
        }
        namen.vergeet(Codesoort.PRODUCT);
        return new Importregel(regel.regel(), regel.code(), regel.omschrijving(), uitkomst, toelichting);
    }

    /** The fields of the catalogue entry an update of the list changes, by their Dutch names. */
    private static List<String> verschillen(Product oud, Product nieuw) {
        Map<String, Boolean> velden = new LinkedHashMap<>();
        velden.put("omschrijving", !Objects.equals(oud.omschrijving(), nieuw.omschrijving()));
        velden.put("productcategorie", oud.categorie() != nieuw.categorie());
        velden.put(
                "uitvoeringsvariant",
                oud.uitvoeringsvariant() != nieuw.uitvoeringsvariant()
                        || oud.variantAfgeleid() != nieuw.variantAfgeleid());
        velden.put("eenheden", !oud.eenheden().equals(nieuw.eenheden()));
        velden.put("hulpvorm", oud.hulpvorm() != nieuw.hulpvorm());
        velden.put(
                "dimensie",
                !Objects.equals(oud.dimensieCode(), nieuw.dimensieCode())
                        || !Objects.equals(oud.dimensieOmschrijving(), nieuw.dimensieOmschrijving()));
        velden.put("NZa-declaratiecode", !Objects.equals(oud.nzaDeclaratiecode(), nieuw.nzaDeclaratiecode()));
        return velden.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
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
}
