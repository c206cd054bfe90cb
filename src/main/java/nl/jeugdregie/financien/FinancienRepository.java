package nl.jeugdregie.financien;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The three questions behind the financial picture, each one SQL file under {@code sql/financien/}. */
@Repository
class FinancienRepository {

    private final JdbcClient jdbc;
    private final String verplichtingen;
    private final String realisatie;
    private final String instroom;

    FinancienRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.verplichtingen = sql("verplichtingen");
        this.realisatie = sql("realisatie");
        this.instroom = sql("instroom");
    }

    /** The text of {@code sql/financien/<naam>.sql}. */
    static String sql(String naam) {
        try {
            return new ClassPathResource("sql/financien/" + naam + ".sql")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the toewijzingen still commit from {@code begin} up to and including {@code eind}. */
    List<Verplichting> verplichtingen(Collection<GemeenteCode> gemeenten, LocalDate begin, LocalDate eind) {
        return jdbc.sql(verplichtingen)
                .param("gemeenten", codes(gemeenten))
                .param("begin", begin)
                .param("eind", eind)
                .query((rs, i) -> new Verplichting(
                        new GemeenteCode(rs.getString("gemeente")),
                        new AgbCode(rs.getString("aanbieder")),
                        rs.getString("jeugdzorgvorm"),
                        rs.getString("productcategorie"),
                        rs.getString("productcode"),
                        rs.getLong("toewijzingen"),
                        rs.getLong("zonder_tarief"),
                        new Bedrag(rs.getLong("eurocent")),
                        rs.getString("eenheid"),
                        rs.getBigDecimal("eenheden")))
                .list();
    }

    /** The declared amounts of care delivered from {@code begin} up to and including {@code eind}, per month. */
    List<Realisatie> realisatie(Collection<GemeenteCode> gemeenten, LocalDate begin, LocalDate eind) {
        return jdbc.sql(realisatie)
                .param("gemeenten", codes(gemeenten))
                .param("begin", begin)
                .param("eind", eind)
                .query((rs, i) -> new Realisatie(
                        new GemeenteCode(rs.getString("gemeente")),
                        new AgbCode(rs.getString("aanbieder")),
                        rs.getString("jeugdzorgvorm"),
                        rs.getString("productcategorie"),
                        rs.getString("productcode"),
                        rs.getInt("maand"),
                        rs.getLong("goedgekeurde_prestaties"),
                        new Bedrag(rs.getLong("goedgekeurd_eurocent")),
                        rs.getLong("afgewezen_prestaties"),
                        new Bedrag(rs.getLong("niet_goedgekeurd_eurocent")),
                        rs.getString("eenheid"),
                        rs.getBigDecimal("goedgekeurde_eenheden")))
                .list();
    }

    /**
     * The history per jeugdzorgvorm of the months {@code van} up to and including {@code tot}, every month present
     * (zero when nothing happened), oldest first.
     */
    Map<String, List<Instroommaand>> instroom(Collection<GemeenteCode> gemeenten, YearMonth van, YearMonth tot) {
        Map<String, Map<YearMonth, Instroommaand>> perVorm = new TreeMap<>();
        jdbc.sql(instroom)
                .param("gemeenten", codes(gemeenten))
                .param("van", van.atDay(1))
                .param("tot", tot.atDay(1))
                .query((rs, i) -> {
                    YearMonth maand = YearMonth.from(rs.getDate("maand").toLocalDate());
                    perVorm.computeIfAbsent(rs.getString("jeugdzorgvorm"), v -> new TreeMap<>())
                            .put(
                                    maand,
                                    new Instroommaand(
                                            maand,
                                            rs.getLong("nieuw"),
                                            rs.getLong("lopend"),
                                            new Bedrag(rs.getLong("eurocent"))));
                    return 1;
                })
                .list();
        Map<String, List<Instroommaand>> volledig = new LinkedHashMap<>();
        perVorm.forEach((vorm, maanden) -> {
            java.util.List<Instroommaand> reeks = new java.util.ArrayList<>();
            for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
                reeks.add(maanden.getOrDefault(m, new Instroommaand(m, 0, 0, Bedrag.NUL)));
            }
            volledig.put(vorm, reeks);
        });
        return volledig;
    }

    /** The codes as a PostgreSQL array literal ({@code {0153,0164}}); a GemeenteCode is four digits. */
    static String codes(Collection<GemeenteCode> gemeenten) {
        return gemeenten.stream().map(GemeenteCode::value).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
