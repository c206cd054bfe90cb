package nl.jeugdregie.financien;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the verdeelsleutels, and the inwoners and jeugdigen per gemeente the verdeling needs. */
@Repository
class VerdelingRepository {

    /** The inhabitants aged 0-17 of a gemeente on 1 January of {@code jaar}, and whether the figure is an estimate. */
    record Inwonertal(GemeenteCode gemeente, int jaar, long aantal, boolean geschat) {}

    private final JdbcClient jdbc;
    private final String inwoners;
    private final String jeugdigen;

    VerdelingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.inwoners = FinancienRepository.sql("verdeling-inwoners");
        this.jeugdigen = FinancienRepository.sql("verdeling-jeugdigen");
    }

    /** Serialises the changes of the keys of one year, so two cannot take the same version number. */
    void vergrendel(int jaar) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('financien:verdeling:' || :jaar))")
                .param("jaar", jaar)
                .query((rs, i) -> 1)
                .list();
    }

    /** Every version of the keys of {@code jaar}, the oldest first. */
    List<Sleutelversie> versies(int jaar) {
        Map<Long, List<Verdeelsleutel>> sleutels = new HashMap<>();
        jdbc.sql("""
                        select s.versie_id, s.deel, s.per_inwoner, s.per_jeugdige, s.naar_gebruik
                        from financien.verdeelsleutel s
                                 join financien.verdeelsleutelversie v on v.id = s.versie_id
                        where v.jaar = :jaar""")
                .param("jaar", jaar)
                .query((rs, i) -> {
                    sleutels.computeIfAbsent(rs.getLong("versie_id"), id -> new ArrayList<>())
                            .add(new Verdeelsleutel(
                                    Inkoopdeel.find(rs.getString("deel")).orElseThrow(),
                                    rs.getInt("per_inwoner"),
                                    rs.getInt("per_jeugdige"),
                                    rs.getInt("naar_gebruik")));
                    return 1;
                })
                .list();
        return jdbc.sql("""
                        select id, versie, toelichting, door, op
                        from financien.verdeelsleutelversie
                        where jaar = :jaar
                        order by versie""")
                .param("jaar", jaar)
                .query((rs, i) -> new Sleutelversie(
                        rs.getInt("versie"),
                        rs.getString("toelichting"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        sleutels.getOrDefault(rs.getLong("id"), List.of()).stream()
                                .sorted(java.util.Comparator.comparing(Verdeelsleutel::deel))
                                .toList()))
                .list();
    }

    void voegToe(int jaar, int versie, String toelichting, String door, Instant op, List<Verdeelsleutel> sleutels) {
        long id = jdbc.sql("""
                        insert into financien.verdeelsleutelversie (jaar, versie, toelichting, door, op)
                        values (:jaar, :versie, :toelichting, :door, :op)
                        returning id""")
                .param("jaar", jaar)
                .param("versie", versie)
                .param("toelichting", toelichting)
                .param("door", door)
                .param("op", Timestamp.from(op))
                .query(Long.class)
                .single();
        for (Verdeelsleutel s : sleutels) {
            jdbc.sql("""
                            insert into financien.verdeelsleutel (versie_id, deel, per_inwoner, per_jeugdige, naar_gebruik)
                            values (:id, :deel, :inwoner, :jeugdige, :gebruik)""")
                    .param("id", id)
                    .param("deel", s.deel().code())
                    .param("inwoner", s.perInwoner())
                    .param("jeugdige", s.perJeugdige())
                    .param("gebruik", s.naarGebruik())
                    .update();
        }
    }

    /** The inwoner figure of each gemeente that has one (see {@code sql/financien/verdeling-inwoners.sql}). */
    Map<GemeenteCode, Inwonertal> inwoners(Collection<GemeenteCode> gemeenten, int jaar) {
        Map<GemeenteCode, Inwonertal> tallen = new LinkedHashMap<>();
        jdbc.sql(inwoners)
                .param("gemeenten", FinancienRepository.codes(gemeenten))
                .param("jaar", jaar)
                .query((rs, i) -> new Inwonertal(
                        new GemeenteCode(rs.getString("gemeente")),
                        rs.getInt("jaar"),
                        rs.getLong("aantal"),
                        rs.getBoolean("geschat")))
                .list()
                .forEach(t -> tallen.put(t.gemeente(), t));
        return tallen;
    }

    /** The jeugdigen with a toewijzing of each part between {@code begin} and {@code eind}, per gemeente. */
    Map<GemeenteCode, Map<Inkoopdeel, Long>> jeugdigen(
            Collection<GemeenteCode> gemeenten, LocalDate begin, LocalDate eind) {
        List<String> vormen = new ArrayList<>();
        List<String> delen = new ArrayList<>();
        for (Jeugdzorgvorm vorm : Jeugdzorgvorm.values()) {
            vormen.add(vorm.code());
            delen.add(Inkoopdeel.van(vorm.code()).code());
        }
        Map<GemeenteCode, Map<Inkoopdeel, Long>> aantallen = new HashMap<>();
        jdbc.sql(jeugdigen)
                .param("vormen", "{" + String.join(",", vormen) + "}")
                .param("delen", "{" + String.join(",", delen) + "}")
                .param("overig", Inkoopdeel.OVERIG.code())
                .param("gemeenten", FinancienRepository.codes(gemeenten))
                .param("begin", begin)
                .param("eind", eind)
                .query((rs, i) -> {
                    aantallen
                            .computeIfAbsent(
                                    new GemeenteCode(rs.getString("gemeente")), g -> new EnumMap<>(Inkoopdeel.class))
                            .put(Inkoopdeel.find(rs.getString("deel")).orElseThrow(), rs.getLong("jeugdigen"));
                    return 1;
                })
                .list();
        return aantallen;
    }
}
