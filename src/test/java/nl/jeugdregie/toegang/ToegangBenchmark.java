package nl.jeugdregie.toegang;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Load test, not part of the normal run: the register holds {@value #AANTAL} jeugdigen in Enschede, and a toegang
 * worker searches through the API ({@code POST /api/v1/jeugdigen/zoeken}) by BSN and by achternaam and birth date, and
 * asks the advice of a hulpvraag ({@code GET /api/v1/hulpvragen/{id}/advies}), each request whole: security, the
 * scoped query, the toegangslog entry and the JSON. Prints p50, p95 and p99 per kind after a warm-up; asserts nothing
 * about time.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=ToegangBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@JeugdregieTest
class ToegangBenchmark {

    static final int AANTAL = 100_000;
    private static final int METINGEN = 2_000;
    private static final RequestPostProcessor TOEGANG = Testgebruikers.als("toegang", "TOEGANG", "0153");
    private static final String[] NAMEN = {
        "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits"
    };

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Pseudonimisering pseudonimisering;

    @Test
    void searchAndAdviceAmongAHundredThousandJeugdigen() throws Exception {
        List<Bsn> bsns = vulRegister();
        List<LocalDate> geboren = jdbc.queryForList(
                "select geboortedatum from jeugdige.jeugdige where bsn = any(?) order by bsn", LocalDate.class, (Object)
                        bsns.stream().limit(METINGEN).map(Bsn::value).toArray(String[]::new));

        meet(
                "zoeken op BSN",
                i -> mvc.post()
                        .uri("/api/v1/jeugdigen/zoeken")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"" + bsns.get(i * 37 % bsns.size()).value() + "\"}")
                        .with(TOEGANG)
                        .exchange());
        meet(
                "zoeken op achternaam en geboortedatum",
                i -> mvc.post()
                        .uri("/api/v1/jeugdigen/zoeken")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"achternaam\": \"" + NAMEN[i % NAMEN.length] + "\", \"geboortedatum\": \""
                                + geboren.get(i % geboren.size()) + "\"}")
                        .with(TOEGANG)
                        .exchange());

        String jeugdige = jdbc.queryForObject(
                "select id::text from jeugdige.jeugdige where bsn = ?",
                String.class,
                bsns.get(0).value());
        String hulpvraag = new tools.jackson.databind.json.JsonMapper()
                .readTree(mvc.post()
                        .uri("/api/v1/hulpvragen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jeugdige\": \"" + jeugdige
                                + "\", \"route\": \"zelf\", \"omschrijving\": \"Vraag\"}")
                        .with(TOEGANG)
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
        mvc.put()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"domeinen": {"opvoeding": {"ernst": 3}, "ontwikkeling": {"ernst": 2}, "gezondheid": {"ernst": 1},
                           "school": {"ernst": 2}, "veiligheid": {"ernst": 0}, "netwerk": {"ernst": 1},
                           "financien": {"ernst": 1}, "wonen": {"ernst": 0}},
                         "veiligheid": {"thuisVeilig": true}, "urgentie": "normaal",
                         "deelnemers": [{"rol": "ouder", "naam": "Ouder"}]}""")
                .with(TOEGANG)
                .exchange();
        meet(
                "advies (triage, ladder, aanbod met wachttijden)",
                i -> mvc.get()
                        .uri("/api/v1/hulpvragen/" + hulpvraag + "/advies")
                        .with(TOEGANG)
                        .exchange());
    }

    private List<Bsn> vulRegister() {
        List<Bsn> bsns = new ArrayList<>();
        long kandidaat = 120_000_000L;
        while (bsns.size() < AANTAL) {
            Bsn bsn = nl.jeugdregie.kern.Testbsn.vanaf(kandidaat);
            bsns.add(bsn);
            kandidaat = Long.parseLong(bsn.value()) + 1;
        }
        long voor = System.nanoTime();
        List<Object[]> rijen = new ArrayList<>();
        List<Object[]> woonplaatsen = new ArrayList<>();
        Timestamp nu = Timestamp.from(Instant.now());
        for (int i = 0; i < bsns.size(); i++) {
            UUID id = UUID.nameUUIDFromBytes(bsns.get(i).value().getBytes());
            rijen.add(new Object[] {
                id,
                bsns.get(i).value(),
                pseudonimisering.pseudoniem(bsns.get(i)),
                LocalDate.of(2008, 1, 1).plusDays(i % 6_570),
                NAMEN[i % NAMEN.length],
                "Kind" + i,
                nu
            });
            woonplaatsen.add(new Object[] {id, nu});
        }
        jdbc.batchUpdate(
                """
                insert into jeugdige.jeugdige (id, bsn, pseudoniem, geboortedatum, geslacht, achternaam, voornamen,
                    naamgebruik, gegevensbron, ingeschreven_op, gegevens_gewijzigd_op, gegevens_gewijzigd_door)
                values (?, ?, ?, ?, '0', ?, ?, '1', 'GEMEENTE', ?, ?, 'benchmark')
                on conflict (bsn) do nothing""",
                rijen.stream()
                        .map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[6]})
                        .toList());
        jdbc.batchUpdate(
                """
                insert into jeugdige.woonplaats (jeugdige, gemeente, geldig, vastgelegd_op, vastgelegd_door)
                select ?, '0153', daterange('2020-01-01', null), ?, 'benchmark'
                 where not exists (select 1 from jeugdige.woonplaats w where w.jeugdige = ?)""",
                woonplaatsen.stream().map(w -> new Object[] {w[0], w[1], w[0]}).toList());
        jdbc.execute("analyze jeugdige.jeugdige");
        jdbc.execute("analyze jeugdige.woonplaats");
        System.out.printf(
                "register gevuld: %d jeugdigen in %.1f s (%d in totaal in het register)%n",
                AANTAL,
                (System.nanoTime() - voor) / 1e9,
                jdbc.queryForObject("select count(*) from jeugdige.jeugdige", Long.class));
        return bsns;
    }

    private interface Verzoek {
        void doe(int i) throws Exception;
    }

    private static void meet(String wat, Verzoek verzoek) throws Exception {
        for (int i = 0; i < 500; i++) {
            verzoek.doe(i + METINGEN);
        }
        long[] duur = new long[METINGEN];
        for (int i = 0; i < METINGEN; i++) {
            long start = System.nanoTime();
            verzoek.doe(i);
            duur[i] = System.nanoTime() - start;
        }
        Arrays.sort(duur);
        System.out.printf(
                "%s: %d metingen, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                wat,
                METINGEN,
                duur[METINGEN / 2] / 1e6,
                duur[METINGEN * 95 / 100] / 1e6,
                duur[METINGEN * 99 / 100] / 1e6,
                duur[METINGEN - 1] / 1e6);
    }
}
