package nl.jeugdregie.regio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The population figures that come with the module, the 0-17 count with its estimate, and imports of 03759ned. */
@JeugdregieTest
class BevolkingTests {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final GemeenteCode HENGELO = new GemeenteCode("0164");

    @Autowired
    Bevolkingscijfers bevolking;

    @Autowired
    RegioService regioService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyGemeenteHasItsTotalsOf2024And2025AndAnEstimateOf0To17() {
        // the 342 gemeenten of the CBS indeling of 2026 are those whose membership came with the module, with a note
        Map<String, Object> dekking = jdbc.sql("""
                        select count(*) filter (where jaar = 2024 and leeftijd_van = 0 and leeftijd_tot is null) as t2024,
                               count(*) filter (where jaar = 2025 and leeftijd_van = 0 and leeftijd_tot = 14) as j2025,
                               count(*) filter (where jaar = 2025 and leeftijd_van = 15 and leeftijd_tot = 24) as t2025,
                               count(*) filter (where jaar = 2025 and leeftijd_van = 0 and leeftijd_tot = 17
                                                and geschat) as s2025
                        from regio.v_bevolking
                        where gemeente in (select gemeente from regio.lidmaatschap where toelichting is not null)""").query().singleRow();
        assertThat(dekking)
                .containsEntry("t2024", 342L)
                .containsEntry("j2025", 342L)
                .containsEntry("t2025", 342L)
                .containsEntry("s2025", 342L);
        assertThat(jdbc.sql("""
                        select sum(aantal) from regio.bevolking
                        where peildatum = date '2024-01-01' and leeftijd_tot is null and herkomst = 'referentie'""").query(Long.class).single())
                .as("CBS Nederland on 1 January 2024")
                .isEqualTo(17_942_942L);
        assertThat(jdbc.sql("""
                        select sum(aantal) from regio.bevolking
                        where peildatum = date '2025-01-01' and leeftijd_tot is null and herkomst = 'referentie'""").query(Long.class).single())
                .as("CBS Nederland on 1 January 2025")
                .isEqualTo(18_044_027L);
    }

    @Test
    void theEstimateIsZeroToFourteenPlusThreeTenthsOfFifteenToTwentyFour() {
        assertThat(jdbc.sql("""
                        select count(*) from regio.bevolking s
                        join regio.bevolking j on j.gemeente = s.gemeente and j.peildatum = s.peildatum
                             and j.leeftijd_van = 0 and j.leeftijd_tot = 14
                        join regio.bevolking t on t.gemeente = s.gemeente and t.peildatum = s.peildatum
                             and t.leeftijd_van = 15 and t.leeftijd_tot = 24
                        where s.geschat and s.leeftijd_van = 0 and s.leeftijd_tot = 17
                          and s.aantal = j.aantal + round(t.aantal * 0.3)""").query(Long.class).single()).isEqualTo(342L);
        // Enschede on 1 January 2025: 22 120 aged 0-14 and 26 172 aged 15-24, so 22 120 + 7 851,6 rounded
        assertThat(bevolking.jeugd0tot17(ENSCHEDE, 2025)).hasValueSatisfying(j -> {
            assertThat(j.aantal()).isEqualTo(29_972L);
            assertThat(j.geschat()).isTrue();
            assertThat(j.peildatum()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(j.bron()).contains("Schatting", "0-14 jaar plus 3/10 van 15-24 jaar");
        });
        assertThat(bevolking.jeugd0tot17(2025))
                .hasSizeGreaterThanOrEqualTo(342)
                .filteredOn(j -> j.gemeente().value().equals("0141"))
                .singleElement()
                .extracting(Jeugdinwoners::aantal)
                .as("Almelo: 10 911 + 3/10 of 9 218")
                .isEqualTo(13_676L);
        assertThat(bevolking.jeugd0tot17(ENSCHEDE, 2024))
                .as("2024 has totals only")
                .isEmpty();
    }

    @Test
    void kerncijfersHoldThe2021ShareOfEveryGemeenteThatStillExistsAndTheNationalSeries() {
        assertThat(jdbc.sql("""
                        select waarde from regio.v_kerncijfers
                        where gebied = '0141' and indicator = 'pct_jongeren_tot23_met_jeugdzorg' and jaar = 2021""").query(BigDecimal.class).single()).isEqualByComparingTo("11.8");
        assertThat(jdbc.sql("""
                        select gebiedsnaam || ': ' || noemer from regio.v_kerncijfers
                        where gebied = '0153' and indicator = 'pct_jongeren_tot23_met_jeugdzorg'""").query(String.class).single())
                .isEqualTo("Enschede: inwoners jonger dan 23 jaar op 1 januari 2021");
        assertThat(jdbc.sql(
                                "select count(*) from regio.kerncijfer where indicator = 'pct_jongeren_tot23_met_jeugdzorg'")
                        .query(Long.class)
                        .single())
                .as("352 gemeenten of 2021 less the 14 merged since")
                .isEqualTo(338L);
        assertThat(jdbc.sql("select count(*) from regio.kerncijfer where gebied = '0457'")
                        .query(Long.class)
                        .single())
                .as("Weesp, part of Amsterdam since 2022")
                .isZero();
        assertThat(jdbc.sql("""
                        select waarde::text || ' ' || eenheid from regio.v_kerncijfers
                        where gebied = 'NL' and indicator = 'tekort_gemeenten_jeugd' order by jaar""").query(String.class).list())
                .as("exactly as published; the ranges of 2019 and 2021 are not one number")
                .containsExactly("1.3 mld euro", "0.2 mld euro", "0.628 mld euro", "0.828 mld euro");
        assertThat(jdbc.sql("select count(*) from regio.kerncijfer where gebied = 'NL'")
                        .query(Long.class)
                        .single())
                .isEqualTo(49L);
    }

    @Test
    void anExactImportBeatsTheEstimateAndReplacesTheEarlierImport() {
        GemeenteCode proef = nieuweGemeente();
        jdbc.sql("""
                        insert into regio.bevolking (gemeente, peildatum, leeftijd_van, leeftijd_tot, aantal, geschat,
                            herkomst, bron, ingelezen_op, ingelezen_door)
                        values (:gemeente, date '2024-01-01', 0, 17, 9999, true, 'referentie', 'Schatting voor de proef',
                            now(), 'test')""").param("gemeente", proef.value()).update();
        assertThat(bevolking.jeugd0tot17(proef, 2024))
                .get()
                .extracting(Jeugdinwoners::geschat)
                .isEqualTo(true);

        Bevolkingsimport verslag = bevolking.importeer(
                BevolkingsbestandTest.metCodes("GM" + proef.value(), "2024JJ00", 100)
                        .getBytes(StandardCharsets.UTF_8),
                "beheerder");

        assertThat(verslag.ingelezen()).singleElement().satisfies(i -> {
            assertThat(i.gemeente()).isEqualTo(proef);
            assertThat(i.jeugd0tot17()).isEqualTo(18 * 100 + 153);
            assertThat(i.totaal()).isEqualTo(10_000L);
        });
        assertThat(bevolking.jeugd0tot17(proef, 2024)).hasValueSatisfying(j -> {
            assertThat(j.aantal()).isEqualTo(1_953L);
            assertThat(j.geschat()).isFalse();
            assertThat(j.bron()).startsWith("CBS 03759ned");
        });

        bevolking.importeer(
                BevolkingsbestandTest.metLabels("GM" + proef.value(), "2024", 200)
                        .getBytes(StandardCharsets.UTF_8),
                "beheerder");

        assertThat(bevolking.jeugd0tot17(proef, 2024))
                .get()
                .extracting(Jeugdinwoners::aantal)
                .isEqualTo(3_753L);
        assertThat(jdbc.sql("""
                        select leeftijd_van || '-' || coalesce(leeftijd_tot::text, '') || ':' || aantal || ':' || geschat
                               || ':' || ingelezen_door
                        from regio.bevolking where gemeente = :gemeente and (leeftijd_tot is null or leeftijd_tot > 16)
                        order by leeftijd_van, leeftijd_tot""")
                        .param("gemeente", proef.value())
                        .query(String.class)
                        .list())
                .as("the second import replaced the first; the estimate stays, visible as such")
                .containsExactly("0-17:9999:true:test", "0-:20000:false:beheerder", "17-17:217:false:beheerder");
    }

    @Test
    void aFileWithOneBadRowChangesNothingAndNamesTheLineInDutch() {
        List<String> voor = alles(ENSCHEDE, HENGELO);
        String goedHengelo = BevolkingsbestandTest.metCodes("GM0164", "2025JJ00", 300);
        String csv = goedHengelo + "7000,T001038,10500,T001019,GM0153,2025JJ00,12a\n";

        OngeldigeInvoer fout = catchThrowableOfType(
                OngeldigeInvoer.class, () -> bevolking.importeer(csv.getBytes(StandardCharsets.UTF_8), "beheerder"));

        assertThat(fout.parameters())
                .extracting(OngeldigeParameter::name, OngeldigeParameter::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "regel 204", "aantal '12a' is geen heel getal van 0 of meer"));
        assertThat(alles(ENSCHEDE, HENGELO))
                .as("Hengelo's valid rows are not stored either")
                .isEqualTo(voor);
        assertThat(bevolking.jeugd0tot17(HENGELO, 2025))
                .get()
                .extracting(Jeugdinwoners::geschat)
                .isEqualTo(true);
    }

    private List<String> alles(GemeenteCode... gemeenten) {
        return jdbc.sql("""
                        select gemeente || peildatum || leeftijd_van || coalesce(leeftijd_tot, -1) || aantal || bron
                        from regio.bevolking where gemeente in (:gemeenten) order by 1""")
                .param(
                        "gemeenten",
                        java.util.Arrays.stream(gemeenten)
                                .map(GemeenteCode::value)
                                .toList())
                .query(String.class)
                .list();
    }

    /** A gemeente of its own, so the test's imports touch no other test's figures. */
    GemeenteCode nieuweGemeente() {
        while (true) {
            GemeenteCode code = new GemeenteCode(
                    Integer.toString(ThreadLocalRandom.current().nextInt(8000, 9900)));
            if (regioService.gemeente(code).isEmpty()) {
                regioService.voegGemeenteToe(code, "Proefgemeente " + code, null);
                return code;
            }
        }
    }
}
