package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The kept answers of the indicators: served while nothing they were computed from changed, computed again after a
 * change of their gemeente or of a view they read, judged by snapshot so a change that commits while an answer is being
 * computed is never missed. A kept answer is made recognisable by replacing its rows with a figure no computation
 * gives.
 */
@JeugdregieTest
class CijferbladTests {

    private static final BigDecimal HERKENBAAR = new BigDecimal("424242");
    private static final String BEREIK = "jongeren-met-jeugdhulp";

    @Autowired
    SturingService sturing;

    @Autowired
    Cijferblad cijferblad;

    @Autowired
    CijferbladRepository opslag;

    @Autowired
    SturingRepository leesmodel;

    @Autowired
    Indicatoren indicatoren;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private GemeenteCode gemeente;
    private GemeenteCode buurgemeente;
    private Selectie selectie;
    private String run;
    private long nummer;

    @BeforeEach
    void gemeenten() {
        Rapportageperiode periode = Rapportageperiode.van("2025");
        List<GemeenteCode> regio = sturing.gemeenten(periode.eind());
        gemeente = regio.get(regio.size() - 1);
        buurgemeente = regio.get(regio.size() - 2);
        selectie = Selectie.van(gemeente, periode).metUitsplitsing(Uitsplitsing.TOTAAL);
        run = "C" + System.nanoTime() + "-";
        nummer = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    }

    @Test
    void answersFromTheKeptAnswerUntilItsOwnGemeenteChanges() {
        BigDecimal berekend = gemeentewaarde(BEREIK);
        maakHerkenbaar(BEREIK, gemeente);
        assertThat(gemeentewaarde(BEREIK)).isEqualByComparingTo(HERKENBAAR);

        nieuweJeugdigen(buurgemeente);
        assertThat(gemeentewaarde(BEREIK))
                .as("a change in another gemeente leaves the answer current")
                .isEqualByComparingTo(HERKENBAAR);

        nieuweJeugdigen(gemeente);
        assertThat(gemeentewaarde(BEREIK))
                .as("a change in the gemeente makes it outdated")
                .isEqualByComparingTo(berekend(BEREIK))
                .isNotEqualByComparingTo(berekend);
    }

    @Test
    void servesExactlyWhatItComputedForEveryIndicator() {
        nieuweJeugdigen(gemeente);
        List<Indicatoruitkomst> berekend = sturing.overzicht(selectie);
        List<Indicatoruitkomst> bewaard = sturing.overzicht(selectie);
        assertThat(bewaard).isEqualTo(berekend);
        long gehouden = berekend.stream()
                .filter(u -> Cijferblad.bewaarbaar(u.indicator()))
                .count();
        assertThat(aantalBewaard(gemeente)).isGreaterThanOrEqualTo(gehouden);
    }

    @Test
    void keepsNoAnswerOfAnIndicatorThatReadsLargeViewsOfOtherModules() {
        assertThat(Cijferblad.bewaarbaar(indicator("besluiten-per-route"))).isFalse();
        assertThat(Cijferblad.bewaarbaar(indicator("retour-op-tijd"))).isFalse();
        assertThat(Cijferblad.bewaarbaar(indicator("kosten"))).isTrue();
        assertThat(Cijferblad.bewaarbaar(indicator("percentage-jongeren-met-jeugdhulp")))
                .isTrue();
        sturing.uitkomst("besluiten-per-route", selectie);
        assertThat(jdbc.sql("select count(*) from sturing.cijferblad where indicator = 'besluiten-per-route'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aChangeOfTheProductCatalogueMakesTheCostAnswersOutdated() {
        gemeentewaarde("kosten");
        maakHerkenbaar("kosten", gemeente);
        assertThat(gemeentewaarde("kosten")).isEqualByComparingTo(HERKENBAAR);

        String code = "Z"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase(Locale.ROOT);
        assertThat(mvc.post()
                        .uri("/api/v1/producten")
                        .with(Testgebruikers.als("inkoper", "INKOOP"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"omschrijving\":\"Regionaal product " + code
                                + "\",\"categorie\":\"45\",\"uitvoeringsvariant\":\"INSPANNINGSGERICHT\"}"))
                .hasStatus(HttpStatus.CREATED);

        assertThat(gemeentewaarde("kosten")).isNotEqualByComparingTo(HERKENBAAR);
    }

    @Test
    void anAnswerComputedWhileAChangeCommittedIsOutdated() {
        Cijfervraag vraag = new Cijfervraag(indicator(BEREIK), List.of(gemeente.value()), selectie);
        String voor = opslag.momentopname();
        nieuweJeugdigen(gemeente);
        bewaar(vraag, voor);
        assertThat(opslag.actueel(List.of(vraag.sleutel())))
                .as("computed from a snapshot that did not see the change")
                .isEmpty();

        bewaar(vraag, opslag.momentopname());
        assertThat(opslag.actueel(List.of(vraag.sleutel()))).hasSize(1);
    }

    @Test
    void doesNotKeepAnAnswerOlderThanTheChangesItWouldNeed() {
        Cijfervraag vraag = new Cijfervraag(indicator(BEREIK), List.of(gemeente.value()), selectie);
        String oud = opslag.momentopname();
        nieuweJeugdigen(gemeente);
        // Forget every kept answer, so every change seen by now may be forgotten too.
        opslag.ruimOp(Instant.now().plusSeconds(3_600));
        bewaar(vraag, oud);
        assertThat(jdbc.sql("select count(*) from sturing.cijferblad where sleutel = :s")
                        .param("s", vraag.sleutel())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void computesOutdatedAnswersAheadOfTheNextView() {
        BigDecimal berekend = gemeentewaarde(BEREIK);
        maakHerkenbaar(BEREIK, gemeente);
        nieuweJeugdigen(gemeente);

        assertThat(cijferblad.rekenVooruit()).isPositive();

        Cijfervraag vraag = new Cijfervraag(indicator(BEREIK), List.of(gemeente.value()), selectie);
        var actueel = opslag.actueel(List.of(vraag.sleutel()));
        // Read models of earlier tests may still be written by their listeners after the commit; an answer they
        // outdate at once is computed again by the next round, as in production.
        for (int ronde = 1; ronde < 5 && actueel.isEmpty(); ronde++) {
            cijferblad.rekenVooruit();
            actueel = opslag.actueel(List.of(vraag.sleutel()));
        }
        assertThat(actueel)
                .singleElement()
                .satisfies(o -> assertThat(o.rijen()).doesNotContain(HERKENBAAR.toPlainString()));
        assertThat(gemeentewaarde(BEREIK))
                .isEqualByComparingTo(berekend(BEREIK))
                .isNotEqualByComparingTo(berekend);
    }

    // --- helpers ---

    private BigDecimal gemeentewaarde(String code) {
        List<Cel> cellen = sturing.uitkomst(code, selectie).gemeente();
        return cellen.isEmpty() || cellen.get(0).waarde() == null
                ? BigDecimal.ZERO
                : cellen.get(0).waarde();
    }

    /** The gemeente's figure computed from the read models now, without the kept answers. */
    private BigDecimal berekend(String code) {
        List<Cel> cellen = leesmodel.cijfers(indicator(code), List.of(gemeente.value()), selectie);
        return cellen.isEmpty() ? BigDecimal.ZERO : cellen.get(0).waarde();
    }

    /** Replaces the rows of the kept answer for the gemeente by one no computation gives. */
    private void maakHerkenbaar(String code, GemeenteCode g) {
        String sleutel = new Cijfervraag(indicator(code), List.of(g.value()), selectie).sleutel();
        int bijgewerkt = jdbc.sql("""
                        update sturing.cijferblad
                           set rijen = cast('[{"groep":"totaal","naam":"totaal","waarde":424242,"teller":424242,
                                              "noemer":null,"jeugdigen":424242,"geschat":false,"onderdrukt":false}]'
                                            as jsonb)
                         where sleutel = :sleutel""").param("sleutel", sleutel).update();
        assertThat(bijgewerkt).as("kept answer " + sleutel).isEqualTo(1);
    }

    /**
     * Five jeugdigen (so the figure is never suppressed) with ambulant care through all of 2025 in the gemeente,
     * straight into the read model.
     */
    private void nieuweJeugdigen(GemeenteCode g) {
        String[] jeugdigen = new String[5];
        for (int i = 0; i < jeugdigen.length; i++) {
            jeugdigen[i] = run + g.value() + "-" + nummer;
            SturingFixtures.levering(
                    jdbc,
                    g.value(),
                    nummer++,
                    jeugdigen[i],
                    "98000001",
                    "45",
                    "2025-01-01",
                    null,
                    null,
                    "01",
                    "2024-12-15");
        }
        leesmodel.voegSamen(jeugdigen);
    }

    private void bewaar(Cijfervraag vraag, String momentopname) {
        opslag.bewaar(vraag, "{\"indicator\":\"" + BEREIK + "\"}", momentopname, "", "[]", Instant.now(), 1);
    }

    private long aantalBewaard(GemeenteCode g) {
        return jdbc.sql("select count(*) from sturing.cijferblad where gemeenten = cast(:g as varchar[])")
                .param("g", new String[] {g.value()})
                .query(Long.class)
                .single();
    }

    private Indicator indicator(String code) {
        return indicatoren.indicator(code).orElseThrow();
    }
}
