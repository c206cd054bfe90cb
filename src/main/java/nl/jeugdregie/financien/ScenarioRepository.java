package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved scenario's with their grondslag, and the two questions behind a grondslag that the picture lacks. */
@Repository
class ScenarioRepository {

    /** The average duration of ended care of a form; {@code eigen} for the gemeente itself, else for the region. */
    record Duur(String jeugdzorgvorm, boolean eigen, long beeindigd, BigDecimal maanden) {}

    /** The contract tariff of an aanbieder for a product on a day. */
    record Tarief(AgbCode aanbieder, String productcode, String eenheid, long eurocent) {}

    private static final Map<Hefboom, String> KOLOMMEN = kolommen();

    private final JdbcClient jdbc;
    private final String duur;
    private final String tarieven;

    ScenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.duur = FinancienRepository.sql("duur");
        this.tarieven = FinancienRepository.sql("tarieven");
    }

    List<Duur> duur(GemeenteCode gemeente, Collection<GemeenteCode> regio, LocalDate van, LocalDate tot) {
        return jdbc.sql(duur)
                .param("gemeente", gemeente.value())
                .param("gemeenten", FinancienRepository.codes(regio))
                .param("van", van)
                .param("tot", tot)
                .query((rs, i) -> new Duur(
                        rs.getString("jeugdzorgvorm"),
                        rs.getBoolean("eigen"),
                        rs.getLong("beeindigd"),
                        rs.getBigDecimal("maanden")))
                .list();
    }

    List<Tarief> tarieven(LocalDate peildatum) {
        return jdbc.sql(tarieven)
                .param("peildatum", peildatum)
                .query((rs, i) -> new Tarief(
                        new AgbCode(rs.getString("agb")),
                        rs.getString("productcode"),
                        rs.getString("eenheid"),
                        rs.getLong("tarief_eurocent")))
                .list();
    }

    boolean bestaat(GemeenteCode gemeente, String naam) {
        return jdbc.sql("select count(*) from financien.scenario where gemeente = :gemeente and naam = :naam")
                        .param("gemeente", gemeente.value())
                        .param("naam", naam)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long opslaan(GemeenteCode gemeente, Scenarioinvoer.Keuze keuze, Grondslag grondslag, String door, Instant op) {
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("gemeente", gemeente.value());
        waarden.put("naam", keuze.naam());
        waarden.put("toelichting", keuze.toelichting());
        waarden.put("basisjaar", grondslag.basisjaar());
        waarden.put("peildatum", grondslag.peildatum());
        KOLOMMEN.forEach((h, kolom) -> waarden.put(kolom, keuze.hefbomen().waarde(h)));
        waarden.put("investering_eurocent", keuze.hefbomen().investering().eurocent());
        waarden.put(
                "opgave_eurocent",
                keuze.opgave().stream()
                        .map(b -> Long.toString(b.eurocent()))
                        .collect(Collectors.joining(",", "{", "}")));
        waarden.put("door", door);
        waarden.put("op", op.atOffset(ZoneOffset.UTC));
        String kolommen = String.join(", ", waarden.keySet());
        String parameters = waarden.keySet().stream()
                .map(k -> k.equals("opgave_eurocent") ? "cast(:opgave_eurocent as bigint[])" : ":" + k)
                .collect(Collectors.joining(", "));
        long id = jdbc.sql("insert into financien.scenario (" + kolommen + ") values (" + parameters + ") returning id")
                .params(waarden)
                .query(Long.class)
                .single();
        for (Grondslag.Vorm v : grondslag.vormen()) {
            jdbc.sql("insert into financien.scenariogrondslag (scenario_id, jeugdzorgvorm, basis_eurocent,"
                            + " duur_maanden, duur_bron, kosten_per_jeugdige_eurocent, aanbiedersbesparing)"
                            + " values (:id, :vorm, :basis, :duur, :bron, :kosten, cast(:besparing as numeric[]))")
                    .param("id", id)
                    .param("vorm", v.jeugdzorgvorm())
                    .param("basis", v.basis().eurocent())
                    .param("duur", v.duurMaanden())
                    .param("bron", v.duurbron().name().toLowerCase(java.util.Locale.ROOT))
                    .param("kosten", v.kostenPerJeugdige().map(Bedrag::eurocent).orElse(null))
                    .param(
                            "besparing",
                            v.aanbiedersbesparing().stream()
                                    .map(BigDecimal::toPlainString)
                                    .collect(Collectors.joining(",", "{", "}")))
                    .update();
        }
        return id;
    }

    Optional<Scenario> vind(long id) {
        return lijst("where s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The scenario's of the gemeenten, newest first. */
    List<Scenario> van(Collection<GemeenteCode> gemeenten) {
        return lijst(
                "where s.gemeente = any (cast(:gemeenten as char(4)[]))",
                Map.of("gemeenten", FinancienRepository.codes(gemeenten)));
    }

    void verwijder(long id) {
        jdbc.sql("delete from financien.scenario where id = :id")
                .param("id", id)
                .update();
    }

    private List<Scenario> lijst(String waar, Map<String, Object> parameters) {
        Map<Long, List<Grondslag.Vorm>> vormen = new LinkedHashMap<>();
        jdbc.sql("select g.* from financien.scenariogrondslag g join financien.scenario s on s.id = g.scenario_id "
                        + waar + " order by g.scenario_id, g.jeugdzorgvorm")
                .params(parameters)
                .query((ResultSet rs) -> {
                    vormen.computeIfAbsent(rs.getLong("scenario_id"), k -> new ArrayList<>())
                            .add(vorm(rs));
                });
        return jdbc.sql("select s.* from financien.scenario s " + waar + " order by s.op desc, s.id desc")
                .params(parameters)
                .query((rs, i) -> scenario(rs, vormen.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Grondslag.Vorm vorm(ResultSet rs) throws SQLException {
        long kosten = rs.getLong("kosten_per_jeugdige_eurocent");
        Optional<Bedrag> perJeugdige = rs.wasNull() ? Optional.empty() : Optional.of(new Bedrag(kosten));
        BigDecimal[] besparing =
                (BigDecimal[]) rs.getArray("aanbiedersbesparing").getArray();
        return new Grondslag.Vorm(
                rs.getString("jeugdzorgvorm"),
                new Bedrag(rs.getLong("basis_eurocent")),
                rs.getBigDecimal("duur_maanden"),
                Grondslag.Duurbron.valueOf(rs.getString("duur_bron").toUpperCase(java.util.Locale.ROOT)),
                perJeugdige,
                Arrays.asList(besparing));
    }

    private static Scenario scenario(ResultSet rs, List<Grondslag.Vorm> vormen) throws SQLException {
        EnumMap<Hefboom, Integer> waarden = new EnumMap<>(Hefboom.class);
        for (Map.Entry<Hefboom, String> e : KOLOMMEN.entrySet()) {
            waarden.put(e.getKey(), rs.getInt(e.getValue()));
        }
        Long[] opgave = (Long[]) rs.getArray("opgave_eurocent").getArray();
        return new Scenario(
                rs.getLong("id"),
                new GemeenteCode(rs.getString("gemeente").strip()),
                rs.getString("naam"),
                rs.getString("toelichting"),
                new Grondslag(rs.getInt("basisjaar"), rs.getObject("peildatum", LocalDate.class), vormen),
                new Hefbomen(waarden, new Bedrag(rs.getLong("investering_eurocent"))),
                Arrays.stream(opgave).map(Bedrag::new).toList(),
                rs.getString("door"),
                rs.getTimestamp("op").toInstant());
    }

    private static Map<Hefboom, String> kolommen() {
        Map<Hefboom, String> kolommen = new EnumMap<>(Hefboom.class);
        kolommen.put(Hefboom.NAAR_PLEEGZORG, "naar_pleegzorg");
        kolommen.put(Hefboom.NAAR_GEZINSHUIS, "naar_gezinshuis");
        kolommen.put(Hefboom.KORTERE_DUUR, "kortere_duur");
        kolommen.put(Hefboom.MINDER_INSTROOM, "minder_instroom");
        kolommen.put(Hefboom.INDEXATIE, "indexatie");
        kolommen.put(Hefboom.MAX_AANBIEDERS, "max_aanbieders");
        kolommen.put(Hefboom.VERWACHTE_INDEXATIE, "verwachte_indexatie");
        kolommen.put(Hefboom.AUTONOME_GROEI, "autonome_groei");
        return Map.copyOf(kolommen);
    }
}
