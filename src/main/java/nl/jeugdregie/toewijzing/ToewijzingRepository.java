package nl.jeugdregie.toewijzing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores toewijzingen (current state plus every version) in schema {@code toewijzing}. */
@Repository
class ToewijzingRepository {

    private static final String KOLOMMEN = """
            t.gemeente, t.nummer, t.bsn, t.aanbieder, t.productcategorie, t.productcode,
            lower(t.geldig) as ingangsdatum, upper(t.geldig) - 1 as einddatum, t.volume, t.eenheid, t.frequentie,
            t.budget, t.toewijzingsmoment, t.reden_wijziging, t.referentie_aanbieder, t.commentaar, t.versie""";

    private final JdbcClient jdbc;
    private final Pseudonimisering pseudonimisering;

    ToewijzingRepository(JdbcClient jdbc, Pseudonimisering pseudonimisering) {
        this.jdbc = jdbc;
        this.pseudonimisering = pseudonimisering;
    }

    Toewijzingnummer volgendNummer() {
        return new Toewijzingnummer(jdbc.sql("select nextval('toewijzing.toewijzingnummer')")
                .query(Long.class)
                .single());
    }

    /**
     * Locks the client within the gemeente until the transaction ends, so that concurrent changes for one client
     * (a verzoek, a start, a new toewijzing) are checked against each other's results.
     */
    void vergrendelClient(GemeenteCode gemeente, Bsn client) {
        jdbc.sql("""
                        insert into toewijzing.client (gemeente, bsn, pseudoniem) values (:gemeente, :bsn, :pseudoniem)
                        on conflict do nothing""")
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .param("pseudoniem", pseudonimisering.pseudoniem(client))
                .update();
        jdbc.sql("select 1 from toewijzing.client where gemeente = :gemeente and bsn = :bsn for update")
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .query(Integer.class)
                .single();
    }

    Optional<Toewijzing> vind(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return stand(gemeente, nummer).map(Toewijzing::herstel);
    }

    Optional<ToegewezenProduct> stand(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from toewijzing.toewijzing t where gemeente = :gemeente and nummer = :nummer")
                .param("gemeente", gemeente.value())
                .param("nummer", nummer.value())
                .query(ToewijzingRepository::stand)
                .optional();
    }

    /** A page of the toewijzingen of these gemeenten, optionally of one aanbieder and in one state on {@code dag}. */
    Resultaatpagina<ToegewezenProduct> zoek(
            Collection<GemeenteCode> gemeenten,
            AgbCode aanbieder,
            Toewijzingsstatus status,
            LocalDate dag,
            Paginering paginering) {
        return pagina(gemeenten, aanbieder, status, dag, "t.gemeente, t.nummer", paginering);
    }

    /** A page of the toewijzingen of one aanbieder in these gemeenten, the most recently changed first. */
    Resultaatpagina<ToegewezenProduct> vanAanbieder(
            AgbCode aanbieder,
            Collection<GemeenteCode> gemeenten,
            Toewijzingsstatus status,
            LocalDate dag,
            Paginering paginering) {
        return pagina(
                gemeenten, aanbieder, status, dag, "t.toewijzingsmoment desc, t.gemeente, t.nummer desc", paginering);
    }

    private Resultaatpagina<ToegewezenProduct> pagina(
            Collection<GemeenteCode> gemeenten,
            AgbCode aanbieder,
            Toewijzingsstatus status,
            LocalDate dag,
            String volgorde,
            Paginering paginering) {
        if (gemeenten.isEmpty()) {
            return new Resultaatpagina<>(List.of(), 0, paginering);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("gemeenten", gemeenten.stream().map(GemeenteCode::value).toList());
        params.put("agb", aanbieder == null ? null : aanbieder.value());
        params.put("status", status == null ? null : status.name());
        params.put("dag", dag);
        return Paginaquery.pagina(jdbc, KOLOMMEN, """
                from toewijzing.toewijzing t
                where t.gemeente in (:gemeenten)
                  and (cast(:agb as varchar) is null or t.aanbieder = :agb)
                  and case cast(:status as varchar)
                        when 'VERVALLEN' then t.vervallen
                        when 'ACTUEEL' then not t.vervallen and t.geldig @> cast(:dag as date)
                        when 'TOEKOMSTIG' then not t.vervallen and lower(t.geldig) > cast(:dag as date)
                        when 'BEEINDIGD' then not t.vervallen and upper(t.geldig) <= cast(:dag as date)
                        else true end""", volgorde, params, paginering, ToewijzingRepository::stand);
    }

    /** Toewijzingen of the aanbieder in the gemeente that share at least one day with {@code periode}, not vervallen. */
    List<ToegewezenProduct> geldigBijAanbieder(AgbCode aanbieder, GemeenteCode gemeente, Periode periode) {
        return jdbc.sql("select " + KOLOMMEN + """
                         from toewijzing.toewijzing t
                        where aanbieder = :aanbieder and gemeente = :gemeente and not vervallen
                          and geldig && daterange(:begin, :eind, '[]')
                        order by bsn, lower(geldig), nummer""")
                .param("aanbieder", aanbieder.value())
                .param("gemeente", gemeente.value())
                .param("begin", periode.begin())
                .param("eind", periode.eind())
                .query(ToewijzingRepository::stand)
                .list();
    }

    List<ToegewezenProduct> vanClient(GemeenteCode gemeente, Bsn client) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from toewijzing.toewijzing t where gemeente = :gemeente and bsn = :bsn"
                        + " order by aanbieder, lower(geldig), nummer")
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .query(ToewijzingRepository::stand)
                .list();
    }

    List<ToegewezenProduct> vanClientBijAanbieder(GemeenteCode gemeente, Bsn client, AgbCode aanbieder) {
        return vanClient(gemeente, client).stream()
                .filter(t -> t.aanbieder().equals(aanbieder))
                .toList();
    }

    /** Toewijzingen of the client at the aanbieder that share at least one day with {@code periode}, not vervallen. */
    List<ToegewezenProduct> geldigIn(GemeenteCode gemeente, Bsn client, AgbCode aanbieder, Periode periode) {
        return jdbc.sql("select " + KOLOMMEN + """
                         from toewijzing.toewijzing t
                        where gemeente = :gemeente and bsn = :bsn and aanbieder = :aanbieder and not vervallen
                          and geldig && daterange(:begin, :eind, '[]')
                        order by lower(geldig), nummer""")
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .param("aanbieder", aanbieder.value())
                .param("begin", periode.begin())
                .param("eind", periode.eind())
                .query(ToewijzingRepository::stand)
                .list();
    }

    List<Toewijzingsversie> versies(GemeenteCode gemeente, Toewijzingnummer nummer) {
        ToegewezenProduct huidig = stand(gemeente, nummer).orElse(null);
        if (huidig == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select versie, lower(geldig) as ingangsdatum, upper(geldig) - 1 as einddatum, volume, eenheid,
                               frequentie, budget, reden_wijziging, referentie_aanbieder, commentaar, door, op, waarom
                          from toewijzing.toewijzingsversie where gemeente = :gemeente and nummer = :nummer
                         order by versie""")
                .param("gemeente", gemeente.value())
                .param("nummer", nummer.value())
                .query((rs, i) -> new Toewijzingsversie(
                        new ToegewezenProduct(
                                huidig.nummer(),
                                huidig.gemeente(),
                                huidig.client(),
                                huidig.aanbieder(),
                                huidig.product(),
                                new Periode(
                                        rs.getObject("ingangsdatum", LocalDate.class),
                                        rs.getObject("einddatum", LocalDate.class)),
                                omvang(rs),
                                budget(rs),
                                rs.getTimestamp("op").toLocalDateTime(),
                                reden(rs),
                                rs.getString("referentie_aanbieder"),
                                rs.getString("commentaar"),
                                rs.getInt("versie")),
                        rs.getString("door"),
                        rs.getTimestamp("op").toLocalDateTime(),
                        rs.getString("waarom")))
                .list();
    }

    void bewaar(Toewijzing toewijzing) {
        ToegewezenProduct t = toewijzing.stand();
        jdbc.sql("""
                        insert into toewijzing.toewijzing (gemeente, nummer, bsn, aanbieder, productcategorie, productcode,
                            productsleutel, geldig, volume, eenheid, frequentie, budget, toewijzingsmoment, reden_wijziging,
                            referentie_aanbieder, commentaar, versie, vervallen)
                        values (:gemeente, :nummer, :bsn, :aanbieder, :categorie, :code, :sleutel,
                            daterange(:begin, :eind, '[]'), :volume, :eenheid, :frequentie, :budget, :moment, :reden,
                            :referentie, :commentaar, :versie, :vervallen)
                        on conflict (gemeente, nummer) do update set
                            geldig = excluded.geldig, volume = excluded.volume, eenheid = excluded.eenheid,
                            frequentie = excluded.frequentie, budget = excluded.budget,
                            toewijzingsmoment = excluded.toewijzingsmoment, reden_wijziging = excluded.reden_wijziging,
                            referentie_aanbieder = excluded.referentie_aanbieder, commentaar = excluded.commentaar,
                            versie = excluded.versie, vervallen = excluded.vervallen""")
                .param("gemeente", t.gemeente().value())
                .param("nummer", t.nummer().value())
                .param("bsn", t.client().value())
                .param("aanbieder", t.aanbieder().value())
                .param(
                        "categorie",
                        t.product().categorie() == null
                                ? null
                                : t.product().categorie().code())
                .param("code", t.product().code())
                .param("sleutel", t.product().sleutel())
                .param("begin", t.periode().begin())
                .param("eind", t.periode().eind())
                .param("volume", t.omvang() == null ? null : t.omvang().volume())
                .param(
                        "eenheid",
                        t.omvang() == null ? null : t.omvang().eenheid().code())
                .param(
                        "frequentie",
                        t.omvang() == null ? null : t.omvang().frequentie().code())
                .param("budget", t.budget() == null ? null : t.budget().eurocent())
                .param("moment", t.toewijzingsmoment())
                .param(
                        "reden",
                        t.redenWijziging() == null ? null : t.redenWijziging().code())
                .param("referentie", t.referentieAanbieder())
                .param("commentaar", t.commentaar())
                .param("versie", t.versie())
                .param("vervallen", t.isVervallen())
                .update();
        for (Toewijzingsversie v : toewijzing.nieuweVersies()) {
            ToegewezenProduct s = v.stand();
            jdbc.sql("""
                            insert into toewijzing.toewijzingsversie (gemeente, nummer, versie, geldig, volume, eenheid,
                                frequentie, budget, reden_wijziging, referentie_aanbieder, commentaar, door, op, waarom)
                            values (:gemeente, :nummer, :versie, daterange(:begin, :eind, '[]'), :volume, :eenheid,
                                :frequentie, :budget, :reden, :referentie, :commentaar, :door, :op, :waarom)
                            on conflict do nothing""")
                    .param("gemeente", s.gemeente().value())
                    .param("nummer", s.nummer().value())
                    .param("versie", s.versie())
                    .param("begin", s.periode().begin())
                    .param("eind", s.periode().eind())
                    .param("volume", s.omvang() == null ? null : s.omvang().volume())
                    .param(
                            "eenheid",
                            s.omvang() == null ? null : s.omvang().eenheid().code())
                    .param(
                            "frequentie",
                            s.omvang() == null ? null : s.omvang().frequentie().code())
                    .param("budget", s.budget() == null ? null : s.budget().eurocent())
                    .param(
                            "reden",
                            s.redenWijziging() == null
                                    ? null
                                    : s.redenWijziging().code())
                    .param("referentie", s.referentieAanbieder())
                    .param("commentaar", s.commentaar())
                    .param("door", v.door())
                    .param("op", v.op())
                    .param("waarom", v.waarom())
                    .update();
        }
    }

    static ToegewezenProduct stand(ResultSet rs, int rij) throws SQLException {
        return new ToegewezenProduct(
                new Toewijzingnummer(rs.getLong("nummer")),
                new GemeenteCode(rs.getString("gemeente")),
                new Bsn(rs.getString("bsn")),
                new AgbCode(rs.getString("aanbieder")),
                product(rs),
                new Periode(rs.getObject("ingangsdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class)),
                omvang(rs),
                budget(rs),
                rs.getTimestamp("toewijzingsmoment").toLocalDateTime(),
                reden(rs),
                rs.getString("referentie_aanbieder"),
                rs.getString("commentaar"),
                rs.getInt("versie"));
    }

    static Productaanduiding product(ResultSet rs) throws SQLException {
        String categorie = rs.getString("productcategorie");
        return new Productaanduiding(
                categorie == null ? null : Productcategorie.vanCode(categorie), rs.getString("productcode"));
    }

    static Omvang omvang(ResultSet rs) throws SQLException {
        String eenheid = rs.getString("eenheid");
        return eenheid == null
                ? null
                : new Omvang(
                        rs.getLong("volume"), Eenheid.vanCode(eenheid), Frequentie.vanCode(rs.getString("frequentie")));
    }

    static Bedrag budget(ResultSet rs) throws SQLException {
        long budget = rs.getLong("budget");
        return rs.wasNull() ? null : new Bedrag(budget);
    }

    private static RedenWijziging reden(ResultSet rs) throws SQLException {
        String reden = rs.getString("reden_wijziging");
        return reden == null ? null : RedenWijziging.vanCode(reden);
    }
}
