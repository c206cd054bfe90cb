package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue: the Standaardproductcodelijst Jeugdwet (JZ21) and regional products. */
@Service
public class ProductService {

    private static final String KOLOMMEN = """
            code, omschrijving, categorie, uitvoeringsvariant, variant_afgeleid, eenheden, hulpvorm,
            dimensie_code, dimensie_omschrijving, nza_declaratiecode, bron, vervallen_op""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Namen namen;

    ProductService(JdbcClient jdbc, Clock clock, Namen namen) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.namen = namen;
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
        String where = """
                from inkoop.product
                where (cast(:tekst as text) is null or code ilike cast(:tekst as text) || '%'
                       or omschrijving ilike '%' || cast(:tekst as text) || '%')
                  and (cast(:categorie as text) is null or categorie = cast(:categorie as text))
                  and (cast(:variant as text) is null or uitvoeringsvariant = cast(:variant as text))
                  and (cast(:hulpvorm as text) is null or hulpvorm = cast(:hulpvorm as text))
                  and (cast(:bron as text) is null or bron = cast(:bron as text))
                  and (:ookVervallen or vervallen_op is null)""";
        Map<String, Object> params = new HashMap<>();
        params.put(
                "tekst",
                filter.tekst() == null || filter.tekst().isBlank()
                        ? null
                        : filter.tekst().trim());
        params.put(
                "categorie",
                filter.categorie() == null ? null : filter.categorie().code());
        params.put("variant", filter.variant() == null ? null : filter.variant().name());
        params.put(
                "hulpvorm", filter.hulpvorm() == null ? null : filter.hulpvorm().code());
        params.put("bron", filter.bron() == null ? null : filter.bron().name());
        params.put("ookVervallen", filter.ookVervallen());
        return Paginaquery.pagina(jdbc, KOLOMMEN, where, "code", params, paginering, ProductService::product);
    }

    public Optional<Product> product(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + KOLOMMEN + " from inkoop.product where code = :code")
                .param("code", code.trim().toUpperCase(java.util.Locale.ROOT))
                .query(ProductService::product)
                .optional();
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
        String productcode = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
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
        schrijf(product);
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
        Map<String, Product> nieuw = new LinkedHashMap<>();
        List<OngeldigeParameter> fouten = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            Map<String, Object> rij = rijen.get(i);
            Productregel regel = new Productregel(
                    Bronbestand.tekst(rij, "productcode", "code"),
                    Bronbestand.tekst(rij, "omschrijving"),
                    Bronbestand.tekst(rij, "productcategorie_code", "productcategorie", "categorie"),
                    Bronbestand.tekst(rij, "uitvoeringsvariant"),
                    Bronbestand.tekst(rij, "dimensie_hulpvorm_code", "hulpvorm_code"),
                    Bronbestand.tekst(rij, "dimensie_hulpvorm_omschrijving", "hulpvorm_omschrijving"),
                    Bronbestand.tekst(rij, "nza_declaratiecode"));
            try {
                Product product = regel.alsProduct();
                if (nieuw.putIfAbsent(product.code(), product) != null) {
                    fouten.add(new OngeldigeParameter(
                            "regel " + (i + 1), "productcode " + product.code() + " staat dubbel in de lijst"));
                }
            } catch (IllegalArgumentException e) {
                fouten.add(new OngeldigeParameter("regel " + (i + 1), e.getMessage()));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<String> actueel = jdbc.sql(
                        "select code from inkoop.product where bron = 'JZ21' and vervallen_op is null order by code")
                .query(String.class)
                .list();
        if (nieuw.size() * 2 < actueel.size()) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "De lijst bevat " + nieuw.size() + " codes, minder dan de helft van de " + actueel.size()
                            + " geldige codes: dit lijkt geen volledige Standaardproductcodelijst");
        }
        int toegevoegd = 0;
        int gewijzigd = 0;
        int ongewijzigd = 0;
        List<String> hersteld = new ArrayList<>();
        for (Product product : nieuw.values()) {
            Optional<Product> bestaand = product(product.code());
            if (bestaand.isEmpty()) {
                schrijf(product);
                toegevoegd++;
                continue;
            }
            if (bestaand.get().bron() == Productbron.REGIONAAL) {
                throw new Conflict("Productcode " + product.code()
                        + " staat nu in de officiële lijst maar is ook als regionale code in gebruik");
            }
            if (bestaand.get().isVervallen()) {
                schrijf(product);
                hersteld.add(product.code());
            } else if (bestaand.get().equals(product)) {
                ongewijzigd++;
            } else {
                schrijf(product);
                gewijzigd++;
            }
        }
        List<String> vervallen =
                actueel.stream().filter(code -> !nieuw.containsKey(code)).toList();
        if (!vervallen.isEmpty()) {
            jdbc.sql("update inkoop.product set vervallen_op = :vandaag where code in (:codes)")
                    .param("vandaag", LocalDate.now(clock))
                    .param("codes", vervallen)
                    .update();
        }
        return new Productimportverslag(rijen.size(), toegevoegd, gewijzigd, ongewijzigd, vervallen, hersteld);
    }

    private void schrijf(Product product) {
        jdbc.sql("""
                        insert into inkoop.product (code, omschrijving, categorie, uitvoeringsvariant, variant_afgeleid,
                            eenheden, hulpvorm, dimensie_code, dimensie_omschrijving, nza_declaratiecode, bron,
                            vervallen_op, gewijzigd_op)
                        values (:code, :omschrijving, :categorie, :variant, :afgeleid, cast(:eenheden as varchar(2)[]),
                            :hulpvorm, :dimensieCode, :dimensieOmschrijving, :nza, :bron, null, :nu)
                        on conflict (code) do update set omschrijving = excluded.omschrijving,
                            categorie = excluded.categorie, uitvoeringsvariant = excluded.uitvoeringsvariant,
                            variant_afgeleid = excluded.variant_afgeleid, eenheden = excluded.eenheden,
                            hulpvorm = excluded.hulpvorm, dimensie_code = excluded.dimensie_code,
                            dimensie_omschrijving = excluded.dimensie_omschrijving,
                            nza_declaratiecode = excluded.nza_declaratiecode, vervallen_op = null,
                            gewijzigd_op = excluded.gewijzigd_op""")
                .param("code", product.code())
                .param("omschrijving", product.omschrijving())
                .param("categorie", product.categorie().code())
                .param("variant", product.uitvoeringsvariant().name())
                .param("afgeleid", product.variantAfgeleid())
                .param(
                        "eenheden",
                        "{"
                                + String.join(
                                        ",",
                                        product.eenheden().stream()
                                                .map(Eenheid::code)
                                                .toList())
                                + "}")
                .param("hulpvorm", product.cbsHulpvorm().map(Hulpvorm::code).orElse(null))
                .param("dimensieCode", product.dimensieCode())
                .param("dimensieOmschrijving", product.dimensieOmschrijving())
                .param("nza", product.nzaDeclaratiecode())
                .param("bron", product.bron().name())
                .param("nu", OffsetDateTime.now(clock))
                .update();
        namen.vergeet(Codesoort.PRODUCT);
    }

    static Product product(ResultSet rs, int rij) throws SQLException {
        String[] eenheden = (String[]) rs.getArray("eenheden").getArray();
        String hulpvorm = rs.getString("hulpvorm");
        return new Product(
                rs.getString("code"),
                rs.getString("omschrijving"),
                Productcategorie.vanCode(rs.getString("categorie")),
                Uitvoeringsvariant.valueOf(rs.getString("uitvoeringsvariant")),
                rs.getBoolean("variant_afgeleid"),
                Arrays.stream(eenheden).map(Eenheid::vanCode).toList(),
                hulpvorm == null ? null : Hulpvorm.vanCode(hulpvorm),
                rs.getString("dimensie_code"),
                rs.getString("dimensie_omschrijving"),
                rs.getString("nza_declaratiecode"),
                Productbron.valueOf(rs.getString("bron")),
                rs.getObject("vervallen_op", LocalDate.class));
    }
}
