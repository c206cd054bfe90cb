package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
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
            dimensie_code, dimensie_omschrijving, nza_declaratiecode, bron, vervallen_op, jeugdzorgvorm,
            jeugdzorgvorm_standaard""";

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
                  and (cast(:jeugdzorgvorm as text) is null or jeugdzorgvorm = cast(:jeugdzorgvorm as text))
                  and (not :zonderJeugdzorgvorm or jeugdzorgvorm is null)
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
        params.put(
                "jeugdzorgvorm",
                filter.jeugdzorgvorm() == null ? null : filter.jeugdzorgvorm().code());
        params.put("zonderJeugdzorgvorm", filter.zonderJeugdzorgvorm());
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

    /** The product, locked until the end of the transaction, to change it. */
    Optional<Product> productVoorWijziging(String code) {
        return jdbc.sql("select " + KOLOMMEN + " from inkoop.product where code = :code for update")
                .param("code", code)
                .query(ProductRepository::product)
                .optional();
    }

    /**
     * Adds the product, or replaces the entry with its code (and makes it valid again). Who and when of the
     * jeugdzorgvorm change only when it changes.
     */
    void schrijf(Product product, OffsetDateTime nu, String gebruiker) {
        jdbc.sql("""
                        insert into inkoop.product as p (code, omschrijving, categorie, uitvoeringsvariant,
                            variant_afgeleid, eenheden, hulpvorm, dimensie_code, dimensie_omschrijving,
                            nza_declaratiecode, bron, vervallen_op, gewijzigd_op, jeugdzorgvorm, jeugdzorgvorm_standaard,
                            jeugdzorgvorm_gewijzigd_op, jeugdzorgvorm_gewijzigd_door)
                        values (:code, :omschrijving, :categorie, :variant, :afgeleid, cast(:eenheden as varchar(2)[]),
                            :hulpvorm, :dimensieCode, :dimensieOmschrijving, :nza, :bron, null, :nu, :jeugdzorgvorm,
                            :standaard, :nu, :gebruiker)
                        on conflict (code) do update set omschrijving = excluded.omschrijving,
                            categorie = excluded.categorie, uitvoeringsvariant = excluded.uitvoeringsvariant,
                            variant_afgeleid = excluded.variant_afgeleid, eenheden = excluded.eenheden,
                            hulpvorm = excluded.hulpvorm, dimensie_code = excluded.dimensie_code,
                            dimensie_omschrijving = excluded.dimensie_omschrijving,
                            nza_declaratiecode = excluded.nza_declaratiecode, vervallen_op = null,
                            gewijzigd_op = excluded.gewijzigd_op, jeugdzorgvorm = excluded.jeugdzorgvorm,
                            jeugdzorgvorm_standaard = excluded.jeugdzorgvorm_standaard,
                            jeugdzorgvorm_gewijzigd_op = case when p.jeugdzorgvorm is distinct from excluded.jeugdzorgvorm
                                or p.jeugdzorgvorm_standaard <> excluded.jeugdzorgvorm_standaard
                                then excluded.jeugdzorgvorm_gewijzigd_op else p.jeugdzorgvorm_gewijzigd_op end,
                            jeugdzorgvorm_gewijzigd_door = case when p.jeugdzorgvorm is distinct from excluded.jeugdzorgvorm
                                or p.jeugdzorgvorm_standaard <> excluded.jeugdzorgvorm_standaard
                                then excluded.jeugdzorgvorm_gewijzigd_door else p.jeugdzorgvorm_gewijzigd_door end""")
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
                .param("jeugdzorgvorm", codeVan(product.jeugdzorgvorm()))
                .param("standaard", product.jeugdzorgvormStandaard())
                .param("gebruiker", gebruiker)
                .update();
    }

    /** Sets the jeugdzorgvorm inkoop chose (null: onbekend); it is no longer the standaard one. */
    void wijzigJeugdzorgvorm(String code, Jeugdzorgvorm jeugdzorgvorm, OffsetDateTime nu, String gebruiker) {
        jdbc.sql("""
                        update inkoop.product
                        set jeugdzorgvorm = :jeugdzorgvorm, jeugdzorgvorm_standaard = false,
                            jeugdzorgvorm_gewijzigd_op = :nu, jeugdzorgvorm_gewijzigd_door = :gebruiker
                        where code = :code""")
                .param("code", code)
                .param("jeugdzorgvorm", codeVan(jeugdzorgvorm))
                .param("nu", nu)
                .param("gebruiker", gebruiker)
                .update();
    }

    /** How many valid products have no jeugdzorgvorm. */
    long aantalZonderJeugdzorgvorm() {
        return jdbc.sql("select count(*) from inkoop.product where jeugdzorgvorm is null and vervallen_op is null")
                .query(Long.class)
                .single();
    }

    List<Productwijziging> historie(String code) {
        return jdbc.sql("""
                        select tijdstip, gebruiker, soort, omschrijving from inkoop.productwijziging
                        where productcode = :code order by tijdstip desc, id desc""").param("code", code).query(Productwijziging.class).list();
    }

    void registreerWijziging(String code, Productwijziging wijziging) {
        jdbc.sql("""
                        insert into inkoop.productwijziging (productcode, tijdstip, gebruiker, soort, omschrijving)
                        values (:code, :tijdstip, :gebruiker, :soort, :omschrijving)""")
                .param("code", code)
                .param("tijdstip", wijziging.tijdstip())
                .param("gebruiker", wijziging.gebruiker())
                .param("soort", wijziging.soort())
                .param("omschrijving", wijziging.omschrijving())
                .update();
    }

    private static String codeVan(Jeugdzorgvorm jeugdzorgvorm) {
        return jeugdzorgvorm == null ? null : jeugdzorgvorm.code();
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
        String jeugdzorgvorm = rs.getString("jeugdzorgvorm");
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
                rs.getObject("vervallen_op", LocalDate.class),
                jeugdzorgvorm == null ? null : Jeugdzorgvorm.vanCode(jeugdzorgvorm),
                rs.getBoolean("jeugdzorgvorm_standaard"));
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
