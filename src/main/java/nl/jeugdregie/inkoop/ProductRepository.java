package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the product catalogue. */
@Repository
class ProductRepository {

    private static final String KOLOMMEN = """
            code, omschrijving, categorie, uitvoeringsvariant, variant_afgeleid, eenheden, hulpvorm,
            dimensie_code, dimensie_omschrijving, nza_declaratiecode, bron, vervallen_op""";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Resultaatpagina<Product> zoek(ProductService.Filter filter, Paginering paginering) {
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
        params.put("tekst", AanbiederService.leegAlsNull(filter.tekst()));
        params.put(
                "categorie",
                filter.categorie() == null ? null : filter.categorie().code());
        params.put("variant", filter.variant() == null ? null : filter.variant().name());
        params.put(
                "hulpvorm", filter.hulpvorm() == null ? null : filter.hulpvorm().code());
        params.put("bron", filter.bron() == null ? null : filter.bron().name());
        params.put("ookVervallen", filter.ookVervallen());
        return Paginaquery.pagina(jdbc, KOLOMMEN, where, "code", params, paginering, ProductRepository::product);
    }

    Optional<Product> product(String code) {
        return jdbc.sql("select " + KOLOMMEN + " from inkoop.product where code = :code")
                .param("code", code)
                .query(ProductRepository::product)
                .optional();
    }

    /** The whole catalogue by code, vervallen codes included: a few thousand rows at most. */
    Map<String, Product> alle() {
        Map<String, Product> alle = new HashMap<>();
        jdbc.sql("select " + KOLOMMEN + " from inkoop.product")
                .query(ProductRepository::product)
                .list()
                .forEach(p -> alle.put(p.code(), p));
        return alle;
    }

    /** Adds the product, or replaces the entry with its code (and makes it valid again). */
    void schrijf(Product product, OffsetDateTime nu) {
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
                .param("nu", nu)
                .update();
    }

    void markeerVervallen(Collection<String> codes, LocalDate dag) {
        if (codes.isEmpty()) {
            return;
        }
        jdbc.sql("update inkoop.product set vervallen_op = :dag where code in (:codes)")
                .param("dag", dag)
                .param("codes", codes)
                .update();
    }

    private static Product product(ResultSet rs, int rij) throws SQLException {
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

    /** Every product's omschrijving by its code. */
    Map<String, String> omschrijvingPerCode() {
        Map<String, String> namen = new HashMap<>();
        jdbc.sql("select code, omschrijving from inkoop.product").query(rs -> {
            namen.put(rs.getString(1).strip(), rs.getString(2));
        });
        return namen;
    }
}
