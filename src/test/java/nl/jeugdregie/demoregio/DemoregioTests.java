package nl.jeugdregie.demoregio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.sturing.Cel;
import nl.jeugdregie.sturing.Rapportageperiode;
import nl.jeugdregie.sturing.Selectie;
import nl.jeugdregie.sturing.SturingService;
import nl.jeugdregie.sturing.Uitsplitsing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One seeded history of two gemeenten (Rijssen-Holten and Hellendoorn, which no other test uses) over fourteen months
 * at a quarter of the calibrated volume, built through the real services and the inbox, which processes messages as it
 * does in production. Every flow happened and the rules refused nothing; and the steering information of 2025, as
 * {@code sturing} computes it from the events, is within 10 % of the figures {@link Kalibratie} states. Runs in a context
 * of its own (the inbox processes by itself here), closed afterwards.
 */
@JeugdregieTest
@TestPropertySource(
        properties = {"jeugdregie.berichtenverkeer.automatisch=true", "jeugdregie.berichtenverkeer.interval=PT1H"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoregioTests {

    static final List<GemeenteCode> GEMEENTEN = List.of(new GemeenteCode("1742"), new GemeenteCode("0163"));
    static final double SCHAAL = 0.25;
    static final Rapportageperiode JAAR = Rapportageperiode.jaar(2025);
    static final double MARGE = 0.10;

    private static final Logger log = LoggerFactory.getLogger(DemoregioTests.class);
    private static Demoregio.Verslag verslag;
    private static String banner;

    @Autowired
    Demoregio demoregio;

    @Autowired
    SturingService sturing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    /**
     * Builds the history once, on a thread of its own as at a first start, while a page is asked for until it shows the
     * banner with the progress.
     */
    @BeforeEach
    void bouwEenmaal() throws InterruptedException {
        if (verslag == null) {
            AtomicReference<Demoregio.Verslag> uitkomst = new AtomicReference<>();
            Thread draad = new Thread(() -> uitkomst.set(demoregio.bouw(
                    new Demoregio.Instellingen(LocalDate.of(2026, 3, 2), 14, Set.copyOf(GEMEENTEN), SCHAAL, 7))));
            draad.start();
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> (banner = opbouwmelding()) != null || !draad.isAlive());
            draad.join();
            verslag = uitkomst.get();
            log.info(
                    "Demoregio in de test: {} jeugdigen, {} trajecten, {} berichten in {} ms",
                    verslag.casussen(),
                    verslag.trajecten(),
                    verslag.voortgang().berichten(),
                    verslag.milliseconden());
        }
    }

    @Test
    void pagesWorkAndShowTheProgressWhileTheHistoryIsBuilt() throws Exception {
        assertThat(banner).matches("Demoregio wordt opgebouwd: .*\\(\\d{1,3} %\\)\\. De pagina's werken al.*");
        assertThat(opbouwmelding()).as("no banner once the load is done").isNull();
    }

    /** The banner of the page /regio, which answers while the history is built; null when it shows none. */
    private String opbouwmelding() throws java.io.UnsupportedEncodingException {
        MvcTestResult pagina =
                mvc.get().uri("/regio").with(user("a").roles("AANBIEDER")).exchange();
        assertThat(pagina).hasStatusOk();
        Matcher melding = Pattern.compile("id=\"opbouwmelding\"[^>]*>\\s*([^<]*?)\\s*</div>")
                .matcher(pagina.getResponse().getContentAsString(StandardCharsets.UTF_8));
        return melding.find() ? melding.group(1).replace("&#39;", "'") : null;
    }

    @Test
    void buildsHistoryThroughTheRealFlowsWithoutRefusedMessages() {
        Voortgang voortgang = verslag.voortgang();
        assertThat(voortgang.status()).isEqualTo(Voortgang.Status.KLAAR);
        assertThat(voortgang.geweigerd()).isZero();
        assertThat(voortgang.fouten()).isZero();
        assertThat(voortgang.berichten()).isPositive();
        String gemeenten = "gemeente in ('1742', '0163')";
        assertThat(telling("select count(*) from toewijzing.v_toewijzingen where " + gemeenten
                        + " and ingangsdatum < date '2025-01-01'"))
                .isPositive();
        assertThat(telling("select count(*) from toewijzing.v_trajecten where " + gemeenten
                        + " and begindatum < date '2025-01-01'"))
                .isPositive();
        assertThat(telling("select count(*) from toewijzing.v_trajecten where " + gemeenten
                        + " and reden_beeindiging is not null"))
                .isPositive();
        assertThat(telling("select count(*) from declaratie.v_prestaties where " + gemeenten
                        + " and goedgekeurd and declaratienummer like 'DR%'"))
                .isPositive();
        assertThat(telling("select count(*) from toegang.v_besluiten")).isPositive();
    }

    @Test
    void steeringFiguresOfTheYearAreWithinTenPercentOfTheCalibrationTargets() {
        double verblijf = aandeel("aandeel-jeugdhulp-met-verblijf");
        double duur = aandeel("gemiddelde-duur");
        double uitval = aandeel("uitval");
        double inZorg = telling("select count(distinct jeugdige) from " + trajecten());
        double doelInZorg = GEMEENTEN.stream()
                        .mapToDouble(g -> Kalibratie.twente().gemeente(g).jeugdigenPerJaar())
                        .sum()
                * SCHAAL;
        Map<String, Double> verwijzers = verwijzers();
        Map<String, Double> doelVerwijzers = doelVerwijzers();
        log.info(
                "Kalibratie 2025 (doel / gemeten): verblijf {} / {} %, duur {} / {} dagen, uitval {} / {} %,"
                        + " jeugdigen met jeugdzorg {} / {}, verwijzers {} / {}",
                Kalibratie.AANDEEL_VERBLIJF * 100,
                verblijf,
                Kalibratie.GEMIDDELDE_DUUR_BEEINDIGD,
                duur,
                Kalibratie.UITVAL * 100,
                uitval,
                Math.round(doelInZorg),
                inZorg,
                doelVerwijzers,
                verwijzers);

        assertThat(verblijf)
                .isCloseTo(Kalibratie.AANDEEL_VERBLIJF * 100, within(Kalibratie.AANDEEL_VERBLIJF * 100 * MARGE));
        assertThat(duur)
                .isCloseTo(Kalibratie.GEMIDDELDE_DUUR_BEEINDIGD, within(Kalibratie.GEMIDDELDE_DUUR_BEEINDIGD * MARGE));
        assertThat(uitval).isCloseTo(Kalibratie.UITVAL * 100, within(Kalibratie.UITVAL * 100 * MARGE));
        assertThat(inZorg).isCloseTo(doelInZorg, within(doelInZorg * MARGE));
        doelVerwijzers.forEach((verwijzer, doel) -> {
            if (doel >= 5) {
                assertThat(verwijzers.getOrDefault(verwijzer, 0.0))
                        .as("verwijzer %s", verwijzer)
                        .isCloseTo(doel, within(doel * MARGE));
            }
        });
    }

    /**
     * The indicator over both gemeenten: the numerators and the denominators of each gemeente's total added, as the
     * region's figure is made.
     */
    private double aandeel(String indicator) {
        BigDecimal teller = BigDecimal.ZERO;
        BigDecimal noemer = BigDecimal.ZERO;
        for (GemeenteCode gemeente : GEMEENTEN) {
            Cel cel = sturing.uitkomst(indicator, Selectie.van(gemeente, JAAR).metUitsplitsing(Uitsplitsing.TOTAAL))
                    .gemeentecel("totaal")
                    .orElseThrow();
            assertThat(cel.onderdrukt()).isFalse();
            teller = teller.add(cel.teller());
            noemer = noemer.add(cel.noemer());
        }
        double waarde = teller.doubleValue() / noemer.doubleValue();
        return indicator.equals("gemiddelde-duur") ? waarde : 100 * waarde;
    }

    /**
     * Begun jeugdhulp trajecten per verwijzer as a percentage, as CBS 85097NED counts them: the read model of the
     * indicator 'begonnen trajecten', without jeugdbescherming and jeugdreclassering.
     */
    private Map<String, Double> verwijzers() {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        jdbc.sql("select verwijzer, count(*) from " + trajecten()
                        + " where jeugdhulp and begindatum >= date '2025-01-01' group by verwijzer order by verwijzer")
                .query(rs -> {
                    aantallen.put(rs.getString(1), rs.getLong(2));
                });
        long totaal = aantallen.values().stream().mapToLong(Long::longValue).sum();
        return aantallen.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> Math.round(1000.0 * e.getValue() / totaal) / 10.0,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The CBS verwijzer mix of {@link Kalibratie#VERWIJZERS} by iJw verwijzer, as a percentage. */
    private static Map<String, Double> doelVerwijzers() {
        Map<String, Double> doel = new java.util.TreeMap<>();
        Kalibratie.VERWIJZERS.forEach(
                (herkomst, aandeel) -> doel.merge(herkomst.route().verwijzer().code(), aandeel * 100, Double::sum));
        doel.replaceAll((k, v) -> Math.round(v * 10) / 10.0);
        return doel;
    }

    private static String trajecten() {
        return "sturing.trajecten(array['1742', '0163'], date '2025-01-01', date '2025-12-31', null, null, null, null,"
                + " null, 'totaal')";
    }

    private long telling(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
