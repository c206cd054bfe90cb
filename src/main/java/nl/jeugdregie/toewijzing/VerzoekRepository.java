package nl.jeugdregie.toewijzing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores verzoeken with their aanvragen and regels; answers the work queue. */
@Repository
class VerzoekRepository {

    private static final String WERKITEM = """
            select a.id, v.soort, v.gemeente, v.aanbieder, v.bsn, a.referentie, a.status, v.ontvangen, a.uiterlijk,
                   (select string_agg(coalesce(r.productcategorie || coalesce('/' || r.productcode, ''),
                                               case r.soort when 'NIEUW' then 'generiek' else 'toewijzing ' || r.nummer end),
                                      ', ' order by r.id)
                      from toewijzing.verzoekregel r where r.aanvraag_id = a.id and r.soort <> 'ONGEWIJZIGD') as producten
              from toewijzing.aanvraag a join toewijzing.verzoek v on v.id = a.verzoek_id
            """;

    private final JdbcClient jdbc;

    VerzoekRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean referentieBestaat(AgbCode aanbieder, String referentie) {
        return jdbc.sql(
                                "select count(*) from toewijzing.aanvraag where aanbieder = :aanbieder and referentie = :referentie")
                        .param("aanbieder", aanbieder.value())
                        .param("referentie", referentie)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** TR374: the referenties of open aanvragen of this client at this aanbieder. */
    List<String> onderhanden(GemeenteCode gemeente, AgbCode aanbieder, Bsn client) {
        return jdbc.sql("""
                        select a.referentie from toewijzing.aanvraag a join toewijzing.verzoek v on v.id = a.verzoek_id
                         where v.gemeente = :gemeente and v.aanbieder = :aanbieder and v.bsn = :bsn
                           and a.status in ('ONTVANGEN', 'IN_ONDERZOEK') order by a.id""")
                .param("gemeente", gemeente.value())
                .param("aanbieder", aanbieder.value())
                .param("bsn", client.value())
                .query(String.class)
                .list();
    }

    Optional<Verzoek> vindOpReferentie(AgbCode aanbieder, String referentie) {
        return jdbc.sql(
                        "select verzoek_id from toewijzing.aanvraag where aanbieder = :aanbieder and referentie = :referentie")
                .param("aanbieder", aanbieder.value())
                .param("referentie", referentie)
                .query(Long.class)
                .optional()
                .flatMap(this::vind);
    }

    Optional<Verzoek> vindOpAanvraag(long aanvraagId) {
        return jdbc.sql("select verzoek_id from toewijzing.aanvraag where id = :id")
                .param("id", aanvraagId)
                .query(Long.class)
                .optional()
                .flatMap(this::vind);
    }

    Optional<Verzoek> vind(long id) {
        List<Verzoek.Aanvraag> aanvragen = jdbc.sql("""
                        select id, referentie, status, uiterlijk, reden_afwijzing, woonplaatsgemeente
                          from toewijzing.aanvraag where verzoek_id = :id order by id""")
                .param("id", id)
                .query((rs, i) -> new Verzoek.Aanvraag(
                        rs.getLong("id"),
                        rs.getString("referentie"),
                        Aanvraagstatus.valueOf(rs.getString("status")),
                        rs.getObject("uiterlijk", LocalDate.class),
                        rs.getString("reden_afwijzing") == null
                                ? null
                                : RedenAfwijzingVerzoek.vanCode(rs.getString("reden_afwijzing")),
                        rs.getString("woonplaatsgemeente") == null
                                ? null
                                : new GemeenteCode(rs.getString("woonplaatsgemeente")),
                        regels(rs.getLong("id"))))
                .list();
        return jdbc.sql("select * from toewijzing.verzoek where id = :id")
                .param("id", id)
                .query((rs, i) -> new Verzoek(
                        rs.getLong("id"),
                        Verzoeksoort.valueOf(rs.getString("soort")),
                        new GemeenteCode(rs.getString("gemeente")),
                        new AgbCode(rs.getString("aanbieder")),
                        new Bsn(rs.getString("bsn")),
                        rs.getObject("dagtekening", LocalDate.class),
                        rs.getObject("ontvangen", LocalDate.class),
                        rs.getString("reden_verzoek") == null
                                ? null
                                : RedenVerzoek.vanCode(rs.getString("reden_verzoek")),
                        rs.getString("commentaar"),
                        aanvragen))
                .optional();
    }

    private List<Verzoek.Regel> regels(long aanvraagId) {
        return jdbc.sql("select * from toewijzing.verzoekregel where aanvraag_id = :id order by id")
                .param("id", aanvraagId)
                .query((rs, i) -> new Verzoek.Regel(
                        Verzoek.Regelsoort.valueOf(rs.getString("soort")),
                        nummer(rs),
                        Verzoek.Regelsoort.valueOf(rs.getString("soort")) == Verzoek.Regelsoort.AANGEVRAAGD
                                        || Verzoek.Regelsoort.valueOf(rs.getString("soort")) == Verzoek.Regelsoort.NIEUW
                                ? ToewijzingRepository.product(rs)
                                : null,
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class),
                        ToewijzingRepository.omvang(rs),
                        ToewijzingRepository.budget(rs),
                        rs.getString("verwijzer") == null ? null : Verwijzer.vanCode(rs.getString("verwijzer")),
                        rs.getString("commentaar")))
                .list();
    }

    private static Toewijzingnummer nummer(ResultSet rs) throws SQLException {
        long nummer = rs.getLong("nummer");
        return rs.wasNull() ? null : new Toewijzingnummer(nummer);
    }

    void bewaar(Verzoek verzoek) {
        if (verzoek.id == null) {
            verzoek.id = jdbc.sql("""
                            insert into toewijzing.verzoek (soort, gemeente, aanbieder, bsn, dagtekening, ontvangen,
                                reden_verzoek, commentaar)
                            values (:soort, :gemeente, :aanbieder, :bsn, :dagtekening, :ontvangen, :reden, :commentaar)
                            returning id""")
                    .param("soort", verzoek.soort.name())
                    .param("gemeente", verzoek.gemeente.value())
                    .param("aanbieder", verzoek.aanbieder.value())
                    .param("bsn", verzoek.client.value())
                    .param("dagtekening", verzoek.dagtekening)
                    .param("ontvangen", verzoek.ontvangen)
                    .param("reden", verzoek.redenVerzoek == null ? null : verzoek.redenVerzoek.code())
                    .param("commentaar", verzoek.commentaar)
                    .query(Long.class)
                    .single();
        }
        for (Verzoek.Aanvraag aanvraag : verzoek.aanvragen) {
            if (aanvraag.id == null) {
                aanvraag.id = jdbc.sql("""
                                insert into toewijzing.aanvraag (verzoek_id, aanbieder, referentie, status, uiterlijk)
                                values (:verzoek, :aanbieder, :referentie, :status, :uiterlijk) returning id""")
                        .param("verzoek", verzoek.id)
                        .param("aanbieder", verzoek.aanbieder.value())
                        .param("referentie", aanvraag.referentie)
                        .param("status", aanvraag.status.name())
                        .param("uiterlijk", aanvraag.uiterlijk)
                        .query(Long.class)
                        .single();
                for (Verzoek.Regel regel : aanvraag.regels) {
                    voegRegelToe(aanvraag.id, regel);
                }
            } else {
                jdbc.sql("""
                                update toewijzing.aanvraag set status = :status, uiterlijk = :uiterlijk,
                                    reden_afwijzing = :reden, woonplaatsgemeente = :woonplaats where id = :id""")
                        .param("status", aanvraag.status.name())
                        .param("uiterlijk", aanvraag.uiterlijk)
                        .param("reden", aanvraag.redenAfwijzing == null ? null : aanvraag.redenAfwijzing.code())
                        .param(
                                "woonplaats",
                                aanvraag.woonplaatsgemeente == null ? null : aanvraag.woonplaatsgemeente.value())
                        .param("id", aanvraag.id)
                        .update();
            }
        }
    }

    private void voegRegelToe(long aanvraagId, Verzoek.Regel r) {
        jdbc.sql("""
                        insert into toewijzing.verzoekregel (aanvraag_id, soort, nummer, productcategorie, productcode,
                            begindatum, einddatum, volume, eenheid, frequentie, budget, verwijzer, commentaar)
                        values (:aanvraag, :soort, :nummer, :categorie, :code, :begin, :eind, :volume, :eenheid,
                            :frequentie, :budget, :verwijzer, :commentaar)""")
                .param("aanvraag", aanvraagId)
                .param("soort", r.soort().name())
                .param("nummer", r.nummer() == null ? null : r.nummer().value())
                .param(
                        "categorie",
                        r.product() == null || r.product().categorie() == null
                                ? null
                                : r.product().categorie().code())
                .param("code", r.product() == null ? null : r.product().code())
                .param("begin", r.begin())
                .param("eind", r.eind())
                .param("volume", r.omvang() == null ? null : r.omvang().volume())
                .param(
                        "eenheid",
                        r.omvang() == null ? null : r.omvang().eenheid().code())
                .param(
                        "frequentie",
                        r.omvang() == null ? null : r.omvang().frequentie().code())
                .param("budget", r.budget() == null ? null : r.budget().eurocent())
                .param("verwijzer", r.verwijzer() == null ? null : r.verwijzer().code())
                .param("commentaar", r.commentaar())
                .update();
    }

    /** Open aanvragen of these gemeenten, earliest deadline first. */
    List<Werkitem> werkvoorraad(Collection<GemeenteCode> gemeenten, LocalDate vandaag) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WERKITEM + """
                         where a.status in ('ONTVANGEN', 'IN_ONDERZOEK') and v.gemeente in (:gemeenten)
                         order by a.uiterlijk, a.id""")
                .param("gemeenten", gemeenten.stream().map(GemeenteCode::value).toList())
                .query((rs, i) -> werkitem(rs, vandaag))
                .list();
    }

    /** One page of the open aanvragen of these gemeenten, earliest deadline first. */
    Resultaatpagina<Werkitem> werkvoorraad(
            Collection<GemeenteCode> gemeenten, LocalDate vandaag, Paginering paginering) {
        if (gemeenten.isEmpty()) {
            return new Resultaatpagina<>(List.of(), 0, paginering);
        }
        String select = WERKITEM.strip();
        int from = select.lastIndexOf("from toewijzing.aanvraag");
        return Paginaquery.pagina(
                jdbc,
                select.substring("select ".length(), from),
                select.substring(from)
                        + " where a.status in ('ONTVANGEN', 'IN_ONDERZOEK') and v.gemeente in (:gemeenten)",
                "a.uiterlijk, a.id",
                Map.of("gemeenten", gemeenten.stream().map(GemeenteCode::value).toList()),
                paginering,
                (rs, i) -> werkitem(rs, vandaag));
    }

    /** How many open aanvragen of these gemeenten are late, and how many are due within two days. */
    long[] termijnen(Collection<GemeenteCode> gemeenten, LocalDate vandaag) {
        if (gemeenten.isEmpty()) {
            return new long[] {0, 0};
        }
        return jdbc.sql("""
                        select count(*) filter (where a.uiterlijk < :vandaag),
                               count(*) filter (where a.uiterlijk >= :vandaag and a.uiterlijk <= :overTwee)
                          from toewijzing.aanvraag a join toewijzing.verzoek v on v.id = a.verzoek_id
                         where a.status in ('ONTVANGEN', 'IN_ONDERZOEK') and v.gemeente in (:gemeenten)""")
                .param("vandaag", vandaag)
                .param("overTwee", vandaag.plusDays(2))
                .param("gemeenten", gemeenten.stream().map(GemeenteCode::value).toList())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    List<Werkitem> vanClient(GemeenteCode gemeente, Bsn client, LocalDate vandaag) {
        return jdbc.sql(WERKITEM + " where v.gemeente = :gemeente and v.bsn = :bsn order by v.ontvangen desc, a.id")
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .query((rs, i) -> werkitem(rs, vandaag))
                .list();
    }

    /** The aanvragen of one aanbieder, newest first, with a rejection's reden and the toewijzingen made for them. */
    List<Aanvraagstand> vanAanbieder(AgbCode aanbieder, LocalDate vandaag, int hoogstens) {
        String select = WERKITEM.strip();
        int from = select.lastIndexOf("from toewijzing.aanvraag");
        return jdbc.sql(select.substring(0, from) + """
                        , a.reden_afwijzing,
                          array(select t.nummer from toewijzing.toewijzing t
                                 where t.aanbieder = v.aanbieder and t.gemeente = v.gemeente
                                   and t.referentie_aanbieder = a.referentie order by t.nummer) as toewijzingen
                        """ + select.substring(from) + """

                         where v.aanbieder = :aanbieder
                         order by v.ontvangen desc, a.id desc
                         limit :hoogstens""")
                .param("aanbieder", aanbieder.value())
                .param("hoogstens", hoogstens)
                .query((rs, i) -> {
                    java.sql.Array nummers = rs.getArray("toewijzingen");
                    List<Toewijzingnummer> toewijzingen = new java.util.ArrayList<>();
                    for (Long n : (Long[]) nummers.getArray()) {
                        toewijzingen.add(new Toewijzingnummer(n));
                    }
                    String reden = rs.getString("reden_afwijzing");
                    return new Aanvraagstand(
                            werkitem(rs, vandaag),
                            reden == null ? null : nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek.vanCode(reden),
                            toewijzingen);
                })
                .list();
    }

    /** The specific products an aanvraag asks for as new care: code, begin and (if closed) end. */
    List<Productperiode> aangevraagdeProducten(long aanvraagId) {
        return jdbc.sql("""
                        select productcode, begindatum, einddatum from toewijzing.verzoekregel
                         where aanvraag_id = :id and soort in ('AANGEVRAAGD', 'NIEUW') and productcode is not null
                           and begindatum is not null
                         order by id""")
                .param("id", aanvraagId)
                .query((rs, i) -> new Productperiode(
                        rs.getString("productcode"),
                        new Periode(
                                rs.getObject("begindatum", LocalDate.class),
                                rs.getObject("einddatum", LocalDate.class))))
                .list();
    }

    Optional<Werkitem> werkitem(long aanvraagId, LocalDate vandaag) {
        return jdbc.sql(WERKITEM + " where a.id = :id")
                .param("id", aanvraagId)
                .query((rs, i) -> werkitem(rs, vandaag))
                .optional();
    }

    private static Werkitem werkitem(ResultSet rs, LocalDate vandaag) throws SQLException {
        return new Werkitem(
                rs.getLong("id"),
                Verzoeksoort.valueOf(rs.getString("soort")),
                new GemeenteCode(rs.getString("gemeente")),
                new AgbCode(rs.getString("aanbieder")),
                new Bsn(rs.getString("bsn")),
                rs.getString("referentie"),
                Aanvraagstatus.valueOf(rs.getString("status")),
                rs.getObject("ontvangen", LocalDate.class),
                rs.getObject("uiterlijk", LocalDate.class),
                rs.getString("producten") == null ? "" : rs.getString("producten"),
                vandaag);
    }
}
