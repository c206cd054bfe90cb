package nl.jeugdregie.financien;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Load test, not part of the normal run: the financial picture at national scale. Puts {@code
 * -Dbenchmark.toewijzingen} (default 3 million) toewijzingen over every gemeente (in proportion to its inhabitants aged
 * 0-17), a third of them with an approved prestatie, straight into the tables of toewijzing and declaratie (a load
 * generator, not the domain's way in), with 30 aanbieders contracted through inkoop. Then times, with a fixed clock (2
 * March 2026) and year 2026: the picture of Enschede and of Tubbergen through {@link FinancienService#beeld}, the three
 * questions for the fourteen gemeenten of Twente, and for every gemeente of the Netherlands at once. Prints the median
 * and the slowest of each and writes them, with the number of distinct toewijzingen the verplichtingen price after
 * folding alike ones and the EXPLAIN ANALYZE of the verplichtingen of Enschede and of the whole country, to {@code
 * target/financien-benchmark.txt}; asserts nothing about time.
 *
 * <p>Keeps its own database in {@code target/financien-benchmark/postgres}; a second run skips the generation ({@code
 * -Dbenchmark.opnieuw=true} generates again). Run: {@code ./mvnw -B test -Dtest=FinancienBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@JeugdregieTest
@TestPropertySource(
        properties = {
            "jeugdregie.embedded-db.data-dir=target/financien-benchmark/postgres",
            "jeugdregie.embedded-db.clean-on-start=false",
            "jeugdregie.demo=false"
        })
class FinancienBenchmark {

    private static final Path UITVOER = Path.of("target/financien-benchmark.txt");
    private static final int AANBIEDERS = 30;
    private static final int HERHALINGEN = Integer.getInteger("benchmark.herhalingen", 7);
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 2);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FinancienService financien;

    @Autowired
    FinancienRepository repository;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    private final List<String> rapport = new ArrayList<>();

    @Test
    void recomputesTheFinancialPictureAtNationalScale() throws Exception {
        long gevraagd = Long.getLong("benchmark.toewijzingen", 3_000_000L);
        schrijf(
                "Financiën op landelijke schaal (%d processors, %d MB heap)",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long aanwezig = jdbc.sql("select count(*) from toewijzing.toewijzing")
                .query(Long.class)
                .single();
        if (aanwezig == 0 || Boolean.getBoolean("benchmark.opnieuw")) {
            genereer(gevraagd);
        }
        schrijf(
                "Toewijzingen: %,d; prestaties: %,d; gemeenten met toewijzingen: %d",
                jdbc.sql("select count(*) from toewijzing.toewijzing")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from declaratie.prestatie")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(distinct gemeente) from toewijzing.toewijzing")
                        .query(Long.class)
                        .single());

        for (String code : List.of("0153", "0183")) {
            GemeenteCode gemeente = new GemeenteCode(code);
            long toewijzingen = jdbc.sql("select count(*) from toewijzing.toewijzing where gemeente = :g")
                    .param("g", code)
                    .query(Long.class)
                    .single();
            Financieelbeeld[] laatste = new Financieelbeeld[1];
            meet("beeld " + code + " (" + toewijzingen + " toewijzingen)", () -> {
                laatste[0] = FinancienFixtures.alsBackoffice(() -> financien.beeld(gemeente, 2026));
                return laatste[0].totaal().prognose();
            });
            schrijf(
                    "  totaal %s: verplichtingen %s, realisatie %s, prognose %s",
                    code,
                    laatste[0].totaal().verplichtingen(),
                    laatste[0].totaal().realisatie(),
                    laatste[0].totaal().prognose());
        }
        List<GemeenteCode> twente = jdbc.sql("select gemeente from regio.v_lidmaatschap where jeugdregio = 'JZ14'")
                .query((rs, i) -> new GemeenteCode(rs.getString(1)))
                .list();
        List<GemeenteCode> alle = jdbc.sql("select distinct gemeente from toewijzing.toewijzing")
                .query((rs, i) -> new GemeenteCode(rs.getString(1)))
                .list();
        schrijf(
                "Lopend in de rest van 2026: %,d toewijzingen, na samenvouwen van gelijk geprijsde: %,d",
                jdbc.sql("""
                                select count(*) from toewijzing.toewijzing
                                where not vervallen and lower(geldig) <= date '2026-12-31'
                                  and coalesce(upper(geldig) - 1, date '2026-12-31') >= date '2026-03-02'""").query(Long.class).single(),
                jdbc.sql("""
                                select count(*) from (
                                    select distinct gemeente, aanbieder, productcategorie, productcode, volume, eenheid,
                                           frequentie, budget, greatest(lower(geldig), date '2026-03-02'),
                                           least(coalesce(upper(geldig) - 1, date '2026-12-31'), date '2026-12-31'),
                                           case when budget is not null or frequentie = '6'
                                                then coalesce(upper(geldig) - 1, date '2026-12-31') - lower(geldig) end
                                    from toewijzing.toewijzing
                                    where not vervallen and lower(geldig) <= date '2026-12-31'
                                      and coalesce(upper(geldig) - 1, date '2026-12-31') >= date '2026-03-02') gevouwen""").query(Long.class).single());
        meetVragen("Twente (" + twente.size() + " gemeenten)", twente);
        meetVragen("Nederland (" + alle.size() + " gemeenten)", alle);

        legUit("Enschede", "'{0153}'::char(4)[]");
        legUit("Nederland", "(select array_agg(distinct gemeente) from toewijzing.toewijzing)::char(4)[]");
        Files.write(UITVOER, rapport);
        System.out.println("Geschreven: " + UITVOER.toAbsolutePath());
        assertThat(rapport).isNotEmpty();
    }

    /** Writes the EXPLAIN ANALYZE of the verplichtingen of the gemeenten this SQL array expression gives. */
    private void legUit(String naam, String gemeenten) throws java.io.IOException {
        schrijf("");
        schrijf("EXPLAIN ANALYZE verplichtingen %s:", naam);
        String sql = new String(
                        getClass()
                                .getResourceAsStream("/sql/financien/verplichtingen.sql")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("cast(:gemeenten as char(4)[])", gemeenten)
                .replace(":begin", "date '2026-03-02'")
                .replace(":eind", "date '2026-12-31'");
        jdbc.sql("explain (analyze, buffers) " + sql)
                .query((rs, i) -> rs.getString(1))
                .list()
                .forEach(rapport::add);
    }

    private void meetVragen(String naam, List<GemeenteCode> gemeenten) {
        LocalDate eind = LocalDate.of(2026, 12, 31);
        meet(
                "verplichtingen " + naam,
                () -> repository.verplichtingen(gemeenten, PEILDATUM, eind).size());
        meet(
                "realisatie " + naam,
                () -> repository
                        .realisatie(gemeenten, LocalDate.of(2026, 1, 1), eind)
                        .size());
        meet(
                "instroom " + naam,
                () -> repository
                        .instroom(gemeenten, YearMonth.of(2025, 3), YearMonth.of(2026, 2))
                        .size());
    }

    private void meet(String naam, Supplier<Object> vraag) {
        vraag.get();
        long[] duren = new long[HERHALINGEN];
        for (int i = 0; i < HERHALINGEN; i++) {
            long begin = System.nanoTime();
            vraag.get();
            duren[i] = System.nanoTime() - begin;
        }
        Arrays.sort(duren);
        schrijf(
                "%-55s mediaan %,8.1f ms   traagste %,8.1f ms",
                naam, duren[HERHALINGEN / 2] / 1e6, duren[HERHALINGEN - 1] / 1e6);
    }

    /** The toewijzingen, clients, aanbieders with contracts, and one approved prestatie for every third toewijzing. */
    private void genereer(long aantal) {
        long begin = System.nanoTime();
        List<String> agbs = new ArrayList<>();
        for (int i = 1; i <= AANBIEDERS; i++) {
            AgbCode agb = new AgbCode(String.format("950000%02d", i));
            InkoopFixtures.aanbiederMetContract(
                    aanbieders, contracten, agb, "Benchmarkaanbieder " + i, "45A48", Bedrag.euro(70 + i));
            agbs.add(agb.value());
        }
        jdbc.sql("create schema if not exists financienbench").update();
        jdbc.sql("drop table if exists financienbench.gemeente").update();
        jdbc.sql("""
                        create table financienbench.gemeente as
                        select gemeente, greatest(1, round(:aantal * aantal::numeric / sum(aantal) over ()))::int as aantal,
                               row_number() over (order by gemeente) as nr
                        from regio.v_jeugd_0_17 where jaar = 2025""").param("aantal", aantal).update();
        jdbc.sql("""
                        insert into toewijzing.client (gemeente, bsn, pseudoniem)
                        select g.gemeente, lpad((g.nr * 100000 + s)::text, 9, '0'), md5(g.gemeente || s) || md5(s || g.gemeente)
                        from financienbench.gemeente g, generate_series(1, g.aantal) s""").update();
        jdbc.sql("""
                        insert into toewijzing.toewijzing (gemeente, nummer, bsn, aanbieder, productcategorie, productcode,
                                                           productsleutel, geldig, volume, eenheid, frequentie, budget,
                                                           toewijzingsmoment, versie)
                        select g.gemeente, s, lpad((g.nr * 100000 + s)::text, 9, '0'),
                               (cast(:agbs as text[]))[1 + (s % 30)],
                               '45', case when s % 10 = 9 then null else '45A48' end,
                               case when s % 10 = 9 then '45' else '45/45A48' end,
                               daterange(date '2024-01-01' + (s * 7919 % 1065), date '2024-01-01' + (s * 7919 % 1065) + 30 + (s % 700)),
                               case when s % 10 = 9 then null else 1 + s % 8 end,
                               case when s % 10 = 9 then null else '04' end,
                               case when s % 10 = 9 then null when s % 10 < 6 then '2' when s % 10 < 8 then '4' else '6' end,
                               case when s % 10 = 9 then 100000 + (s % 50) * 10000 end,
                               timestamp '2024-01-01' + (s * 7919 % 1065) * interval '1 day', 1
                        from financienbench.gemeente g, generate_series(1, g.aantal) s""").param("agbs", "{" + String.join(",", agbs) + "}").update();
        jdbc.sql("""
                        insert into declaratie.declaratie (gemeente, aanbieder, declaratienummer, periode_begin, periode_eind,
                                                           dagtekening, totaal_ingediend, totaal_toegekend, aantal_prestaties,
                                                           aantal_afgewezen, beoordeeld_op)
                        select g.gemeente, a, 'B' || g.gemeente || right(a, 2), date '2024-01-01', date '2026-02-28',
                               date '2026-03-01', 0, 0, 0, 0, now()
                        from financienbench.gemeente g, unnest(cast(:agbs as text[])) a""").param("agbs", "{" + String.join(",", agbs) + "}").update();
        jdbc.sql("""
                        insert into declaratie.prestatie (declaratie_id, gemeente, aanbieder, referentienummer, bsn,
                                                          client_pseudoniem, toewijzingnummer, productcategorie, productcode,
                                                          begindatum, einddatum, volume, eenheid, producttarief, bedrag,
                                                          debet_credit, goedgekeurd)
                        select d.id, t.gemeente, t.aanbieder, 'P' || t.nummer, t.bsn, c.pseudoniem, t.nummer, '45', '45A48',
                               date_trunc('month', lower(t.geldig))::date,
                               (date_trunc('month', lower(t.geldig)) + interval '1 month - 1 day')::date,
                               4, '04', 8000, 32000, 'D', t.nummer % 20 <> 0
                        from toewijzing.toewijzing t
                                 join toewijzing.client c on c.gemeente = t.gemeente and c.bsn = t.bsn
                                 join declaratie.declaratie d on d.gemeente = t.gemeente and d.aanbieder = t.aanbieder
                        where t.nummer % 3 = 0 and t.productcode is not null and lower(t.geldig) < date '2026-03-01'""").update();
        jdbc.sql("analyze").update();
        schrijf("Gegenereerd in %,.0f s", (System.nanoTime() - begin) / 1e9);
    }

    private void schrijf(String regel, Object... argumenten) {
        String tekst = String.format(Locale.ROOT, regel, argumenten);
        rapport.add(tekst);
        System.out.println(tekst);
    }
}
