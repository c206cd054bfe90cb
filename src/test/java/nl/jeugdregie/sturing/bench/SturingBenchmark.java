package nl.jeugdregie.sturing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.sturing.Cel;
import nl.jeugdregie.sturing.Indicator;
import nl.jeugdregie.sturing.Indicatoruitkomst;
import nl.jeugdregie.sturing.Rapportageperiode;
import nl.jeugdregie.sturing.Selectie;
import nl.jeugdregie.sturing.SturingService;
import nl.jeugdregie.sturing.Uitsplitsing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Load test, not part of the normal run: the steering dashboard at national scale. {@link Landelijkegegevens} puts
 * {@value Landelijkegegevens#TRAJECTEN} trajecten and {@value Landelijkegegevens#PRESTATIES} prestaties (over the 342
 * gemeenten) straight into the read models; the same rows go to Parquet for DuckDB. Then, for Enschede and a small
 * Twente gemeente, period 2025, side by side:
 *
 * <ul>
 *   <li>the overview page ({@code GET /sturing}: every indicator's total for the gemeente and the region, here the
 *       fourteen gemeenten of Twente) against DuckDB answering the same indicators' totals;
 *   <li>per indicator its total through {@link SturingService#uitkomst} against the same total in DuckDB;
 *   <li>per indicator its page ({@code GET /sturing/indicatoren/{code}}, breakdown by hulpvorm where the indicator
 *       has it, plus the trend over 12 months and 6 half-years) against DuckDB answering the breakdown and the 18 trend
 *       periods.
 * </ul>
 *
 * Before timing, every translated indicator's answers are compared between the two databases. Prints p50, p95 and p99
 * per series and writes them, with the data sizes and the EXPLAIN ANALYZE of the PostgreSQL questions for the region,
 * to {@code target/sturing-benchmark.txt}; asserts nothing about time.
 *
 * <p>The benchmark keeps its own embedded database in {@code target/sturing-benchmark/postgres} (not cleaned on
 * start) and its Parquet files next to it, so a second run skips the generation. {@code -Dbenchmark.opnieuw=true}
 * generates and exports again; delete {@code target/sturing-benchmark} when Flyway refuses a changed migration.
 * {@code -Dbenchmark.tijd=0.25} shortens every series' time budget (default 1.0); a series still takes at least {@value
 * Reeks#MINIMUM} measurements. {@code -Dbenchmark.indicatoren=code,code} times the indicator pages (and totals) of
 * only those indicators; the overview and the comparison always cover all of them. Generating takes about 12
 * minutes, the export 1 minute; at the speeds measured in March 2026 the measurements take 45 to 60 minutes.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=SturingBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@JeugdregieTest
@TestPropertySource(
        properties = {
            "jeugdregie.embedded-db.data-dir=target/sturing-benchmark/postgres",
            "jeugdregie.embedded-db.clean-on-start=false",
            "jeugdregie.demo=false"
        })
class SturingBenchmark {

    private static final Path MAP = Path.of("target/sturing-benchmark");
    private static final Path UITVOER = Path.of("target/sturing-benchmark.txt");
    private static final Path PLANNEN = Path.of("target/sturing-benchmark-explain.txt");
    private static final RequestPostProcessor ANALIST = Testgebruikers.als("analist", "ANALIST");
    private static final String PERIODE = "2025";
    /** Enschede, the largest gemeente of Twente, and Tubbergen, one of the smallest. */
    private static final Map<String, String> GEMEENTEN = Map.of("0153", "Enschede", "0183", "Tubbergen");

    private static final List<String> VOLGORDE = List.of("0153", "0183");
    private static final long MINIMALE_RUIMTE = 12L << 30;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SturingService sturing;

    private final List<String> rapport = new ArrayList<>();
    private final double tijd = Double.parseDouble(System.getProperty("benchmark.tijd", "1.0"));

    @Test
    void answersTheDashboardAtNationalScaleNextToDuckdb() throws Exception {
        Files.createDirectories(MAP);
        long vrij = Files.getFileStore(MAP).getUsableSpace();
        assertThat(vrij)
                .as("vrije schijfruimte voor de benchmark (%d GB vrij)", vrij >> 30)
                .isGreaterThan(MINIMALE_RUIMTE);
        schrijf("Sturingsinformatie op landelijke schaal: PostgreSQL (leesmodellen) naast DuckDB (Parquet)");
        schrijf("================================================================================================");
        schrijf(
                "Machine: %d processors, %d MB heap; periode %s; regio %s",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                PERIODE,
                sturing.platformregio());
        schrijf("");
        schrijf("Generatie");
        boolean opnieuw = Boolean.getBoolean("benchmark.opnieuw");
        boolean gegenereerd = new Landelijkegegevens(dataSource, this::schrijf).zorgVoor(opnieuw);
        vacuum();
        postgresGrootten();

        Rapportageperiode periode = Rapportageperiode.van(PERIODE);
        List<String> regio = sturing.gemeenten(periode.eind()).stream()
                .map(GemeenteCode::value)
                .toList();
        schrijf("Regio %s: %d gemeenten %s", sturing.platformregio(), regio.size(), regio);

        try (Duckdb duckdb = new Duckdb(MAP)) {
            schrijf("");
            schrijf("Export naar Parquet (CSV via COPY TO STDOUT, dan DuckDB COPY ... (FORMAT parquet))");
            duckdb.exporteer(dataSource, gegenereerd || opnieuw, this::schrijf);
            for (Duckdb.Tabel tabel : Duckdb.TABELLEN) {
                schrijf(
                        "  %-20s %,12d rijen %,8d MB Parquet",
                        tabel.naam(), duckdb.aantal(tabel.naam()), Files.size(duckdb.parquet(tabel)) >> 20);
            }
            assertThat(duckdb.aantal("traject")).isEqualTo(Landelijkegegevens.TRAJECTEN);
            assertThat(duckdb.aantal("prestatie")).isEqualTo(Landelijkegegevens.PRESTATIES);
            instellingen(duckdb);

            List<String> verschillen = vergelijk(duckdb, regio, periode);
            schrijf("Belasting van de machine voor de metingen (load average 1, 5, 15 min): %s", belasting());
            meetWeergaven(duckdb, regio, periode);
            schrijf("Belasting van de machine na de metingen (load average 1, 5, 15 min): %s", belasting());
            plannen(regio, periode);
            Files.write(UITVOER, rapport);
            System.out.println("Geschreven: " + UITVOER.toAbsolutePath() + " en " + PLANNEN.toAbsolutePath());
            assertThat(verschillen)
                    .as("PostgreSQL en DuckDB geven dezelfde cijfers")
                    .isEmpty();
        }
    }

    // --- sizes and settings ---

    private void postgresGrootten() {
        schrijf("");
        schrijf("PostgreSQL: rijen en grootte (tabel, indexen, totaal)");
        for (String tabel :
                List.of("sturing.traject", "sturing.kosten", "sturing.declaratieoordeel", "sturingbench.prestatie")) {
            Map<String, Object> r =
                    jdbc.sql("""
                            select (select count(*) from %s) as rijen,
                                   pg_table_size('%s') >> 20 as tabel, pg_indexes_size('%s') >> 20 as indexen,
                                   pg_total_relation_size('%s') >> 20 as totaal""".formatted(tabel, tabel, tabel, tabel)).query().singleRow();
            schrijf(
                    "  %-26s %,12d rijen %,7d MB + %,6d MB indexen = %,7d MB",
                    tabel, r.get("rijen"), r.get("tabel"), r.get("indexen"), r.get("totaal"));
        }
    }

    /**
     * Vacuum of the trajecten and costs, as autovacuum does after a migration rewrote them: it marks the pages all-visible, so
     * the covering index answers without visiting the table. Quick when nothing changed.
     */
    private void vacuum() {
        long begin = System.nanoTime();
        jdbc.sql("vacuum (analyze) sturing.traject").update();
        jdbc.sql("vacuum (analyze) sturing.kosten").update();
        schrijf("  %-70s %7.1f s", "vacuum analyze sturing.traject, sturing.kosten", (System.nanoTime() - begin) / 1e9);
    }

    private void instellingen(Duckdb duckdb) throws Exception {
        schrijf("");
        Map<String, Object> pg = jdbc.sql("""
                        select version() as versie, current_setting('shared_buffers') as shared_buffers,
                               current_setting('work_mem') as work_mem, current_setting('jit') as jit,
                               current_setting('max_parallel_workers_per_gather') as parallel,
                               current_setting('effective_cache_size') as cache""").query().singleRow();
        schrijf("PostgreSQL: %s", pg.get("versie"));
        schrijf(
                "  shared_buffers %s, work_mem %s, jit %s, max_parallel_workers_per_gather %s, effective_cache_size %s",
                pg.get("shared_buffers"), pg.get("work_mem"), pg.get("jit"), pg.get("parallel"), pg.get("cache"));
        schrijf(
                "DuckDB: %s, threads %s, memory_limit %s (in-process, views op de Parquet-bestanden)",
                duckdb.versie(), duckdb.instelling("threads"), duckdb.instelling("memory_limit"));
    }

    // --- the same answers ---

    /** Compares every translated indicator's total and breakdown for each gemeente and the region. */
    private List<String> vergelijk(Duckdb duckdb, List<String> regio, Rapportageperiode periode) throws Exception {
        List<String> verschillen = new ArrayList<>();
        int vergeleken = 0;
        for (String code : DuckdbIndicatoren.VERTAALD) {
            Indicator indicator = sturing.indicator(code);
            for (Uitsplitsing uitsplitsing : List.of(Uitsplitsing.TOTAAL, paginauitsplitsing(indicator))) {
                for (String gemeente : VOLGORDE) {
                    Indicatoruitkomst pg = sturing.uitkomst(code, selectie(gemeente, periode, uitsplitsing));
                    vergeleken += vergelijk(
                            pg.gemeente(),
                            duckdb.rijen(DuckdbIndicatoren.vraag(
                                            code,
                                            List.of(gemeente),
                                            periode.begin(),
                                            periode.eind(),
                                            uitsplitsing.code())
                                    .orElseThrow()),
                            code + " " + uitsplitsing.code() + " " + gemeente,
                            verschillen);
                    vergeleken += vergelijk(
                            pg.regiocellen(),
                            duckdb.rijen(DuckdbIndicatoren.vraag(
                                            code, regio, periode.begin(), periode.eind(), uitsplitsing.code())
                                    .orElseThrow()),
                            code + " " + uitsplitsing.code() + " regio",
                            verschillen);
                }
            }
        }
        schrijf("");
        schrijf(
                "Controle: %d cellen van %d indicatoren vergeleken, %d verschillen",
                vergeleken, DuckdbIndicatoren.VERTAALD.size(), verschillen.size());
        verschillen.stream().limit(20).forEach(v -> schrijf("  VERSCHIL %s", v));
        return verschillen;
    }

    private static int vergelijk(List<Cel> pg, List<Duckdb.Rij> duck, String wat, List<String> verschillen) {
        Map<String, Duckdb.Rij> perGroep = new HashMap<>();
        duck.forEach(r -> perGroep.put(r.groep(), r));
        int vergeleken = 0;
        for (Cel cel : pg) {
            if (cel.onderdrukt()) {
                continue;
            }
            Duckdb.Rij rij = perGroep.get(cel.groep());
            if (rij == null) {
                verschillen.add(wat + " groep " + cel.groep() + ": ontbreekt in DuckDB");
            } else if (!gelijk(cel.waarde(), rij.waarde())
                    || !gelijk(cel.teller(), rij.teller())
                    || !gelijk(cel.noemer(), rij.noemer())) {
                verschillen.add(wat + " groep " + cel.groep() + ": PostgreSQL " + cel.waarde() + " (" + cel.teller()
                        + "/" + cel.noemer() + "), DuckDB " + rij.waarde() + " (" + rij.teller() + "/" + rij.noemer()
                        + ")");
            }
            vergeleken++;
        }
        if (pg.size() != duck.size()) {
            verschillen.add(wat + ": " + pg.size() + " groepen in PostgreSQL, " + duck.size() + " in DuckDB");
        }
        return vergeleken;
    }

    private static boolean gelijk(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        BigDecimal marge = new BigDecimal("0.051").max(a.abs().multiply(new BigDecimal("1e-9")));
        return a.subtract(b).abs().compareTo(marge) <= 0;
    }

    // --- timing ---

    private void meetWeergaven(Duckdb duckdb, List<String> regio, Rapportageperiode periode) throws Exception {
        List<Indicator> indicatoren = sturing.indicatoren();
        List<String> vertaald = DuckdbIndicatoren.VERTAALD;
        schrijf("");
        schrijf("Weergaven (ms; n = metingen na %d keer opwarmen)", Reeks.OPWARMEN);
        schrijf(
                "%-58s %-10s | %-31s | %-31s",
                "weergave",
                "gemeente",
                "PostgreSQL  n      p50      p95      p99",
                "DuckDB  n      p50      p95      p99");
        for (String gemeente : VOLGORDE) {
            Reeks bewaard = Reeks.meet(
                    "overzicht", 200, budget(60), i -> pagina("/sturing?gemeente={g}&periode={p}", gemeente, PERIODE));
            Reeks berekend = Reeks.meet(
                    "overzicht berekend",
                    200,
                    budget(60),
                    i -> vergeet(),
                    i -> pagina("/sturing?gemeente={g}&periode={p}", gemeente, PERIODE));
            Reeks gewijzigd = Reeks.meet(
                    "overzicht na wijziging",
                    200,
                    budget(60),
                    i -> wijzig(gemeente),
                    i -> pagina("/sturing?gemeente={g}&periode={p}", gemeente, PERIODE));
            Reeks duck = Reeks.meet("overzicht", 200, budget(60), i -> {
                for (String code : vertaald) {
                    duckdb.rijen(vraag(code, List.of(gemeente), periode, "totaal"));
                    duckdb.rijen(vraag(code, regio, periode, "totaal"));
                }
            });
            String weergave = "overzicht /sturing (PG 20, DuckDB " + vertaald.size() + " indicatoren)";
            schrijf(
                    "%-58s %-10s | %s | %s",
                    weergave + ", bewaard", GEMEENTEN.get(gemeente), bewaard.cijfers(), duck.cijfers());
            schrijf("%-58s %-10s | %s |", weergave + ", berekend", GEMEENTEN.get(gemeente), berekend.cijfers());
            schrijf("%-58s %-10s | %s |", weergave + ", na wijziging", GEMEENTEN.get(gemeente), gewijzigd.cijfers());
        }

        Map<String, Reeks[]> perIndicator = new LinkedHashMap<>();
        String gekozen = System.getProperty("benchmark.indicatoren", "");
        if (!gekozen.isBlank()) {
            List<String> codes = List.of(gekozen.split(","));
            indicatoren =
                    indicatoren.stream().filter(i -> codes.contains(i.code())).toList();
            schrijf("Indicatorpagina's alleen voor -Dbenchmark.indicatoren=%s", gekozen);
        }
        for (Indicator indicator : indicatoren) {
            String code = indicator.code();
            boolean inDuckdb = vertaald.contains(code);
            Uitsplitsing uitsplitsing = paginauitsplitsing(indicator);
            for (String gemeente : VOLGORDE) {
                Reeks pgTotaal = Reeks.meet(
                        "totaal",
                        200,
                        budget(4),
                        i -> vergeet(),
                        i -> sturing.uitkomst(code, selectie(gemeente, periode, Uitsplitsing.TOTAAL)));
                Reeks.Verzoek paginaverzoek = i -> pagina(
                        "/sturing/indicatoren/{c}?gemeente={g}&periode={p}&uitsplitsing={u}",
                        code,
                        gemeente,
                        PERIODE,
                        uitsplitsing == Uitsplitsing.TOTAAL ? "" : uitsplitsing.code());
                Reeks pgPagina = Reeks.meet("pagina", 200, budget(8), paginaverzoek);
                Reeks pgPaginaBerekend = Reeks.meet("pagina berekend", 200, budget(8), i -> vergeet(), paginaverzoek);
                Reeks duckTotaal = null;
                Reeks duckPagina = null;
                if (inDuckdb) {
                    duckTotaal = Reeks.meet("totaal", 200, budget(4), i -> {
                        duckdb.rijen(vraag(code, List.of(gemeente), periode, "totaal"));
                        duckdb.rijen(vraag(code, regio, periode, "totaal"));
                    });
                    duckPagina = Reeks.meet(
                            "pagina",
                            200,
                            budget(8),
                            i -> duckdbPagina(duckdb, code, gemeente, regio, periode, uitsplitsing.code()));
                }
                perIndicator.put(code + " " + gemeente, new Reeks[] {pgTotaal, duckTotaal, pgPagina, duckPagina});
                schrijf(
                        "%-58s %-10s | %s | %s",
                        "indicatorpagina " + code + " (" + uitsplitsing.code() + "), bewaard",
                        GEMEENTEN.get(gemeente),
                        pgPagina.cijfers(),
                        duckPagina == null ? Reeks.leeg() : duckPagina.cijfers());
                schrijf(
                        "%-58s %-10s | %s |",
                        "indicatorpagina " + code + " (" + uitsplitsing.code() + "), berekend",
                        GEMEENTEN.get(gemeente),
                        pgPaginaBerekend.cijfers());
            }
        }
        schrijf("");
        schrijf(
                "Per indicator: het totaal voor gemeente en regio, berekend (PostgreSQL: SturingService.uitkomst bij een leeg"
                        + " cijferblad)");
        schrijf(
                "%-58s %-10s | %-31s | %-31s",
                "indicator",
                "gemeente",
                "PostgreSQL  n      p50      p95      p99",
                "DuckDB  n      p50      p95      p99");
        perIndicator.forEach((sleutel, reeksen) -> {
            String[] delen = sleutel.split(" ");
            schrijf(
                    "%-58s %-10s | %s | %s",
                    delen[0],
                    GEMEENTEN.get(delen[1]),
                    reeksen[0].cijfers(),
                    reeksen[1] == null ? Reeks.leeg() : reeksen[1].cijfers());
        });
    }

    /** The DuckDB work of an indicator page: the breakdown for gemeente and region and the 18 trend periods. */
    private static void duckdbPagina(
            Duckdb duckdb, String code, String gemeente, List<String> regio, Rapportageperiode periode, String groep)
            throws Exception {
        duckdb.rijen(vraag(code, List.of(gemeente), periode, groep));
        duckdb.rijen(vraag(code, regio, periode, groep));
        for (Rapportageperiode trend : trendperioden(periode)) {
            duckdb.rijen(vraag(code, List.of(gemeente), trend, "totaal"));
            duckdb.rijen(vraag(code, regio, trend, "totaal"));
        }
    }

    /** The 12 months up to the end of the period and the 6 half-years up to it, as SturingService takes them. */
    static List<Rapportageperiode> trendperioden(Rapportageperiode periode) {
        List<Rapportageperiode> perioden = new ArrayList<>();
        Rapportageperiode maand = Rapportageperiode.maand(YearMonth.from(periode.eind()));
        for (int i = 0; i < 12; i++, maand = maand.vorige()) {
            perioden.add(maand);
        }
        LocalDate eind = periode.eind();
        Rapportageperiode halfjaar = Rapportageperiode.halfjaar(eind.getYear(), eind.getMonthValue() <= 6 ? 1 : 2);
        for (int i = 0; i < 6; i++, halfjaar = halfjaar.vorige()) {
            perioden.add(halfjaar);
        }
        return perioden;
    }

    private static String vraag(String code, List<String> gemeenten, Rapportageperiode periode, String groep) {
        return DuckdbIndicatoren.vraag(code, gemeenten, periode.begin(), periode.eind(), groep)
                .orElseThrow();
    }

    private void pagina(String uri, Object... variabelen) {
        int status = mvc.get()
                .uri(uri, variabelen)
                .with(ANALIST)
                .exchange()
                .getResponse()
                .getStatus();
        if (status != 200) {
            throw new IllegalStateException(uri + " " + List.of(variabelen) + " gaf " + status);
        }
    }

    /** Forgets every kept answer, so the next view computes its figures. */
    private void vergeet() {
        jdbc.sql("delete from sturing.cijferblad").update();
    }

    /**
     * A change to the trajecten of the gemeente, as an event makes it: the figures of the gemeente and its region are
     * outdated, the data stay the same (the row is written unchanged).
     */
    private void wijzig(String gemeente) {
        jdbc.sql("""
                        update sturing.traject set wachtdagen = wachtdagen
                         where id = (select id from sturing.traject where gemeente = :g limit 1)""").param("g", gemeente).update();
    }

    private Duration budget(int seconden) {
        return Duration.ofMillis(Math.round(seconden * 1000 * tijd));
    }

    private static Uitsplitsing paginauitsplitsing(Indicator indicator) {
        return indicator.kanUitsplitsen(Uitsplitsing.HULPVORM)
                ? Uitsplitsing.HULPVORM
                : indicator.standaarduitsplitsing();
    }

    private static Selectie selectie(String gemeente, Rapportageperiode periode, Uitsplitsing uitsplitsing) {
        return Selectie.van(GemeenteCode.parse(gemeente), periode).metUitsplitsing(uitsplitsing);
    }

    // --- plans ---

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of every indicator's question for the region, total and page breakdown, with the
     * parameters SturingRepository binds.
     */
    private void plannen(List<String> regio, Rapportageperiode periode) throws Exception {
        List<String> plannen = new ArrayList<>(List.of("-- PostgreSQL-plannen, regio " + regio));
        for (Indicator indicator : sturing.indicatoren()) {
            for (Uitsplitsing uitsplitsing : List.of(Uitsplitsing.TOTAAL, paginauitsplitsing(indicator))) {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("gemeenten", regio.toArray(String[]::new));
                parameters.put("begin", periode.begin());
                parameters.put("eind", periode.eind());
                parameters.put("leeftijdVan", null);
                parameters.put("leeftijdTot", null);
                parameters.put("vorm", null);
                parameters.put("verwijzer", null);
                parameters.put("aanbieder", null);
                parameters.put("uitsplitsing", uitsplitsing.code());
                plannen.add("");
                plannen.add(
                        "==== " + indicator.code() + ", uitsplitsing " + uitsplitsing.code() + ", regio " + PERIODE);
                plannen.addAll(jdbc.sql("explain (analyze, buffers) " + zonderKop(indicator.sql()))
                        .params(parameters)
                        .query(String.class)
                        .list());
            }
        }
        Files.write(PLANNEN, plannen);
        schrijf("");
        schrijf("EXPLAIN ANALYZE van de vragen voor de regio: %s", PLANNEN);
        plannen.stream()
                .filter(r -> r.startsWith("==== ") || r.startsWith("Execution Time") || r.startsWith("Planning Time"))
                .forEach(r -> schrijf("  %s", r));
    }

    private static String zonderKop(String sql) {
        return sql.lines()
                .filter(r -> !r.startsWith("--"))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    /** The load average of the machine, where the system shows it: other builds may share the cores. */
    private static String belasting() {
        try {
            String[] delen = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return delen[0] + " " + delen[1] + " " + delen[2];
        } catch (java.io.IOException e) {
            return "onbekend";
        }
    }

    /** Prints a line and rewrites the report with it, so a run that is stopped halfway leaves its figures. */
    private void schrijf(String regel) {
        System.out.println(regel);
        rapport.add(regel);
        try {
            Files.write(UITVOER, rapport);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void schrijf(String vorm, Object... waarden) {
        schrijf(String.format(Locale.ROOT, vorm, waarden));
    }
}
