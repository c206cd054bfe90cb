package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of contracts, contracted products, tariffs and the contract history. Periods are PostgreSQL
 * {@code daterange}s with an exclusive upper bound; here they become {@link Periode}s with an inclusive end.
 */
@Repository
class ContractRepository {

    /** The daterange of the parameters {@code :begin} and {@code :eind} (inclusive, may be null). */
    private static final String PERIODE = "daterange(cast(:begin as date), cast(:eind as date) + 1)";

    private static final String KOLOMMEN =
            "c.id, c.nummer, a.agb, a.naam, c.perceel, c.toelichting, " + kolommen("c.looptijd", "looptijd");

    /**
     * The period a tariff applies ({@code t}, under contract {@code c}): a tariff stored without an upper bound runs
     * until the contract ends.
     */
    private static final String TARIEFPERIODE = """
            lower(t.geldig) as geldig_begin, coalesce(upper(t.geldig), upper(c.looptijd)) - 1 as geldig_eind,
            upper_inf(t.geldig) as tot_einde_contract""";

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every parameter may be null: no filter on it. */
    Resultaatpagina<Contract> zoek(AgbCode agb, String perceel, LocalDate loptOp, Paginering paginering) {
        String filter = """
                from inkoop.contract c join inkoop.aanbieder a on a.id = c.aanbieder_id
                where (cast(:agb as text) is null or a.agb = cast(:agb as text))
                  and (cast(:perceel as text) is null or c.perceel ilike '%' || cast(:perceel as text) || '%')
                  and (cast(:dag as date) is null or c.looptijd @> cast(:dag as date))""";
        Map<String, Object> params = new HashMap<>();
        params.put("agb", agb == null ? null : agb.value());
        params.put("perceel", perceel);
        params.put("dag", loptOp);
        return Paginaquery.pagina(
                jdbc,
                KOLOMMEN,
                filter,
                "a.naam, lower(c.looptijd) desc, c.nummer",
                params,
                paginering,
                ContractRepository::contract);
    }

    Optional<Contract> contract(long id) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from inkoop.contract c join inkoop.aanbieder a on a.id = c.aanbieder_id where c.id = :id")
                .param("id", id)
                .query(ContractRepository::contract)
                .optional();
    }

    boolean nummerBestaat(String nummer) {
        return jdbc.sql("select exists (select 1 from inkoop.contract where nummer = :nummer)")
                .param("nummer", nummer)
                .query(Boolean.class)
                .single();
    }

    long voegToe(long aanbiederId, Contractgegevens gegevens, OffsetDateTime nu) {
        return jdbc.sql("insert into inkoop.contract (nummer, aanbieder_id, perceel, looptijd, toelichting,"
                        + " aangemaakt_op) values (:nummer, :aanbieder, :perceel, " + PERIODE
                        + ", :toelichting, :nu) returning id")
                .param("nummer", gegevens.nummer())
                .param("aanbieder", aanbiederId)
                .param("perceel", gegevens.perceel())
                .param("begin", gegevens.looptijd().begin())
                .param("eind", gegevens.looptijd().eind())
                .param("toelichting", gegevens.toelichting())
                .param("nu", nu)
                .query(Long.class)
                .single();
    }

    void wijzig(long id, Contractgegevens gegevens) {
        jdbc.sql("update inkoop.contract set perceel = :perceel, looptijd = " + PERIODE
                        + ", toelichting = :toelichting where id = :id")
                .param("id", id)
                .param("perceel", gegevens.perceel())
                .param("begin", gegevens.looptijd().begin())
                .param("eind", gegevens.looptijd().eind())
                .param("toelichting", gegevens.toelichting())
                .update();
    }

    /** The contracted products with their tariffs in time order, in product code order. */
    List<Contractproduct> producten(long contractId) {
        record Rij(long id, String productcode, String omschrijving, String eenheid) {}
        List<Rij> rijen = jdbc.sql("""
                        select cp.id, cp.productcode, p.omschrijving, cp.eenheid from inkoop.contractproduct cp
                        join inkoop.product p on p.code = cp.productcode
                        where cp.contract_id = :id order by cp.productcode""").param("id", contractId).query(Rij.class).list();
        Map<Long, List<Tarief>> tarieven = new HashMap<>();
        jdbc.sql("select t.id, t.contractproduct_id, t.eurocent, " + TARIEFPERIODE + """
                         from inkoop.tarief t join inkoop.contractproduct cp on cp.id = t.contractproduct_id
                        join inkoop.contract c on c.id = cp.contract_id
                        where cp.contract_id = :id order by lower(t.geldig)""")
                .param("id", contractId)
                .query((rs, i) -> Map.entry(
                        rs.getLong("contractproduct_id"),
                        new Tarief(
                                rs.getLong("id"),
                                new Bedrag(rs.getLong("eurocent")),
                                periode(rs, "geldig"),
                                rs.getBoolean("tot_einde_contract"))))
                .list()
                .forEach(e -> tarieven.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rijen.stream()
                .map(r -> new Contractproduct(
                        r.id(),
                        r.productcode(),
                        r.omschrijving(),
                        Eenheid.vanCode(r.eenheid()),
                        tarieven.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** Adds a product; a product already in the contract breaks a unique constraint. */
    void voegProductToe(long contractId, String productcode, Eenheid eenheid) {
        jdbc.sql("insert into inkoop.contractproduct (contract_id, productcode, eenheid) values (:c, :p, :e)")
                .param("c", contractId)
                .param("p", productcode)
                .param("e", eenheid.code())
                .update();
    }

    /** Adds a tariff; an overlapping period breaks the exclusion constraint. */
    long voegTariefToe(long contractproductId, Bedrag bedrag, Periode geldig) {
        return jdbc.sql("insert into inkoop.tarief (contractproduct_id, eurocent, geldig) values (:cp, :eurocent, "
                        + PERIODE + ") returning id")
                .param("cp", contractproductId)
                .param("eurocent", bedrag.eurocent())
                .param("begin", geldig.begin())
                .param("eind", geldig.eind())
                .query(Long.class)
                .single();
    }

    /** Changes a tariff; an overlapping period breaks the exclusion constraint. */
    void wijzigTarief(long tariefId, Bedrag bedrag, Periode geldig) {
        jdbc.sql("update inkoop.tarief set eurocent = :eurocent, geldig = " + PERIODE + " where id = :id")
                .param("id", tariefId)
                .param("eurocent", bedrag.eurocent())
                .param("begin", geldig.begin())
                .param("eind", geldig.eind())
                .update();
    }

    void verwijderTarief(long tariefId) {
        jdbc.sql("delete from inkoop.tarief where id = :id")
                .param("id", tariefId)
                .update();
    }

    /** Per contract holding the product and running that day, the tariff valid on that day. */
    List<GeldendTarief> tarievenOp(AgbCode agb, String productcode, LocalDate dag) {
        return jdbc.sql("select c.id, c.nummer, a.agb, cp.productcode, cp.eenheid, t.eurocent, " + TARIEFPERIODE + """
                         from inkoop.tarief t
                        join inkoop.contractproduct cp on cp.id = t.contractproduct_id
                        join inkoop.contract c on c.id = cp.contract_id
                        join inkoop.aanbieder a on a.id = c.aanbieder_id
                        where a.agb = :agb and cp.productcode = :product and t.geldig @> cast(:dag as date)
                          and c.looptijd @> cast(:dag as date)
                        order by c.nummer""")
                .param("agb", agb.value())
                .param("product", productcode)
                .param("dag", dag)
                .query((rs, i) -> new GeldendTarief(
                        rs.getLong("id"),
                        rs.getString("nummer"),
                        new AgbCode(rs.getString("agb")),
                        rs.getString("productcode"),
                        Eenheid.vanCode(rs.getString("eenheid")),
                        new Bedrag(rs.getLong("eurocent")),
                        periode(rs, "geldig")))
                .list();
    }

    List<Contractwijziging> historie(long contractId) {
        return jdbc.sql("""
                        select tijdstip, gebruiker, soort, omschrijving from inkoop.contractwijziging
                        where contract_id = :id order by tijdstip desc, id desc""")
                .param("id", contractId)
                .query(Contractwijziging.class)
                .list();
    }

    void registreerWijziging(long contractId, Contractwijziging wijziging) {
        jdbc.sql("""
                        insert into inkoop.contractwijziging (contract_id, tijdstip, gebruiker, soort, omschrijving)
                        values (:contract, :tijdstip, :gebruiker, :soort, :omschrijving)""")
                .param("contract", contractId)
                .param("tijdstip", wijziging.tijdstip())
                .param("gebruiker", wijziging.gebruiker())
                .param("soort", wijziging.soort())
                .param("omschrijving", wijziging.omschrijving())
                .update();
    }

    /** Reads {@code lower(x) as <naam>_begin, upper(x) - 1 as <naam>_eind} of a daterange. */
    private static String kolommen(String kolom, String naam) {
        return "lower(" + kolom + ") as " + naam + "_begin, upper(" + kolom + ") - 1 as " + naam + "_eind";
    }

    private static Periode periode(ResultSet rs, String naam) throws SQLException {
        return new Periode(
                rs.getObject(naam + "_begin", LocalDate.class), rs.getObject(naam + "_eind", LocalDate.class));
    }

    private static Contract contract(ResultSet rs, int rij) throws SQLException {
        return new Contract(
                rs.getLong("id"),
                rs.getString("nummer"),
                new AgbCode(rs.getString("agb")),
                rs.getString("naam"),
                rs.getString("perceel"),
                periode(rs, "looptijd"),
                rs.getString("toelichting"));
    }
}
