package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.LOSSER;
import static nl.jeugdregie.financien.FinancienFixtures.UURTARIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Costs per jeugdige and per inwoner of a gemeente next to its region and the Netherlands (clock: 2 March 2026), on
 * declaraties made here: the gemeente's figures move by exactly what was approved, a jeugdige with several prestaties
 * counts once, rejected and credited amounts count as the realisatie counts them, the region is the sum of its
 * gemeenten, and fewer than five jeugdigen are never shown.
 */
@JeugdregieTest
class KostenvergelijkingTests {

    @Autowired
    Kostenvergelijkingen vergelijkingen;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegioService regio;

    @Autowired
    MockMvcTester mvc;

    @Test
    void costsPerJeugdigeAndInwonerOfTheGemeenteNextToTheRegionAndTheNetherlands() {
        Kostenvergelijking voor = FinancienFixtures.alsBackoffice(() -> vergelijkingen.vergelijk(LOSSER, 2026));

        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        Periode periode = Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31));
        Omvang tienPerWeek = new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK);
        ToegewezenProduct eerste = FinancienFixtures.wijsToe(toewijzingen, LOSSER, aanbieder, periode, tienPerWeek);
        ToegewezenProduct tweede = FinancienFixtures.wijsToe(toewijzingen, LOSSER, aanbieder, periode, tienPerWeek);
        String gecrediteerd = FinancienFixtures.referentie();
        declaraties.beoordeel(FinancienFixtures.declaratie(
                LOSSER,
                aanbieder,
                List.of(
                        prestatie(gecrediteerd, null, eerste, 20, DebetCredit.DEBET),
                        prestatie(FinancienFixtures.referentie(), null, tweede, 30, DebetCredit.DEBET))));
        // The first jeugdige's 20 hours are credited and replaced by 25; 60 hours in one go exceed the toewijzing.
        declaraties.beoordeel(FinancienFixtures.declaratie(
                LOSSER,
                aanbieder,
                List.of(
                        prestatie(FinancienFixtures.referentie(), gecrediteerd, eerste, 20, DebetCredit.CREDIT),
                        prestatie(FinancienFixtures.referentie(), null, eerste, 25, DebetCredit.DEBET))));
        declaraties.beoordeel(FinancienFixtures.declaratie(
                LOSSER,
                aanbieder,
                List.of(prestatie(FinancienFixtures.referentie(), null, tweede, 60, DebetCredit.DEBET))));
        // three more jeugdigen with 10 hours each, so the counts are shown (five or more)
        for (int i = 0; i < 3; i++) {
            ToegewezenProduct ander = FinancienFixtures.wijsToe(toewijzingen, LOSSER, aanbieder, periode, tienPerWeek);
            declaraties.beoordeel(FinancienFixtures.declaratie(
                    LOSSER,
                    aanbieder,
                    List.of(prestatie(FinancienFixtures.referentie(), null, ander, 10, DebetCredit.DEBET))));
        }

        Kostenvergelijking na = FinancienFixtures.alsBackoffice(() -> vergelijkingen.vergelijk(LOSSER, 2026));

        Bedrag erbij = UURTARIEF.maal(25 + 30 + 3 * 10);
        assertThat(na.gemeentecijfers().kosten())
                .isEqualTo(voor.gemeentecijfers().kosten().plus(erbij));
        assertThat(na.gemeentecijfers().jeugdigen())
                .isEqualTo(voor.gemeentecijfers().jeugdigen() + 5);
        assertThat(na.regio().kosten()).isEqualTo(voor.regio().kosten().plus(erbij));
        assertThat(na.regio().jeugdigen()).isEqualTo(voor.regio().jeugdigen() + 5);
        Kostenvergelijking.Hulpvorm ambulant = na.hulpvormen().stream()
                .filter(h -> h.jeugdzorgvorm().equals("02"))
                .findFirst()
                .orElseThrow();
        assertThat(ambulant.naam()).contains("(02)");
        assertThat(Bedrag.som(na.hulpvormen().stream()
                        .map(Kostenvergelijking.Hulpvorm::kostenGemeente)
                        .toList()))
                .isEqualTo(na.gemeentecijfers().kosten());
        assertThat(Bedrag.som(na.hulpvormen().stream()
                        .map(Kostenvergelijking.Hulpvorm::kostenRegio)
                        .toList()))
                .isEqualTo(na.regio().kosten());

        // per jeugdige and per inwoner: the amount divided, half a cent rounded up
        Kostenvergelijking.Gebied losser = na.gemeentecijfers();
        assertThat(losser.perJeugdige()).contains(gedeeld(losser.kosten(), losser.jeugdigen()));
        long inwoners = jdbc.sql(
                        "select aantal from regio.v_bevolking where gemeente = '0168' and leeftijd_van = 0"
                                + " and leeftijd_tot is null and peildatum <= date '2026-03-02' order by peildatum desc limit 1")
                .query(Long.class)
                .single();
        assertThat(losser.inwoners()).isEqualTo(inwoners);
        assertThat(losser.perInwoner()).contains(gedeeld(losser.kosten(), inwoners));
        assertThat(Kostenvergelijking.gedeeld(new Bedrag(5), 2L)).contains(new Bedrag(3));
        assertThat(Kostenvergelijking.gedeeld(new Bedrag(-5), 2L)).contains(new Bedrag(-3));
        assertThat(Kostenvergelijking.gedeeld(new Bedrag(5), 0L)).isEmpty();
        // one to four jeugdigen would tell one child's costs: suppressed
        Kostenvergelijking.Gebied vier =
                new Kostenvergelijking.Gebied("x", Bedrag.euro(1000), 4, 100L, null, 10L, false);
        assertThat(vier.perJeugdige()).isEmpty();
        assertThat(vier.jeugdigenOnderdrukt()).isTrue();
        assertThat(vier.perInwoner()).contains(Bedrag.euro(10));
        assertThat(new Kostenvergelijking.Gebied("x", Bedrag.euro(1000), 5, null, null, null, false).perJeugdige())
                .contains(Bedrag.euro(200));
        assertThat(new Kostenvergelijking.Hulpvorm("02", "x", Bedrag.euro(30), 3, Bedrag.euro(90), 9)
                        .perJeugdigeGemeente())
                .isEmpty();

        // the region: its gemeenten (Twente), its inhabitants the sum of theirs
        assertThat(regio.gemeentenVanPlatformregio(LocalDate.of(2026, 3, 2))).hasSizeGreaterThanOrEqualTo(14);
        assertThat(na.regio().naam()).isEqualTo("Twente");
        long regioInwoners = jdbc.sql("select sum(b.aantal) from regio.v_bevolking b where b.leeftijd_van = 0"
                        + " and b.leeftijd_tot is null and b.peildatum = (select max(peildatum) from"
                        + " regio.v_bevolking c where c.gemeente = b.gemeente and c.leeftijd_van = 0 and c.leeftijd_tot"
                        + " is null and c.peildatum <= date '2026-03-02') and b.gemeente in (select code from"
                        + " unnest(cast(:codes as text[])) code)")
                .param(
                        "codes",
                        regio.gemeentenVanPlatformregio(LocalDate.of(2026, 3, 2)).stream()
                                .map(GemeenteCode::value)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query(Long.class)
                .single();
        assertThat(na.regio().inwoners()).isEqualTo(regioInwoners);

        // the Netherlands: € 8,1 billion in 2024 over 474 000 young people with jeugdzorg in 2023, as published
        assertThat(na.nederland().uitgaven()).isEqualTo(Bedrag.euro(8_100_000_000L));
        assertThat(na.nederland().jaarUitgaven()).isEqualTo(2024);
        assertThat(na.nederland().jongeren()).isEqualTo(474_000L);
        assertThat(na.nederland().jaarJongeren()).isEqualTo(2023);
        assertThat(na.nederland().perJeugdige()).contains(new Bedrag(1_708_861));
        assertThat(na.nederland().inwoners()).isGreaterThan(17_000_000L);
    }

    @Test
    void refusesAYearOutOfRangeAndAnUnknownGemeente() {
        assertThatThrownBy(() -> FinancienFixtures.alsBackoffice(() -> vergelijkingen.vergelijk(LOSSER, 2014)))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() ->
                        FinancienFixtures.alsBackoffice(() -> vergelijkingen.vergelijk(new GemeenteCode("0001"), 2026)))
                .isInstanceOf(NietGevonden.class);
    }

    @Test
    void theApiThePageAndTheExportShowTheComparisonOnlyWithinTheUsersScope() {
        assertThat(mvc.get().uri("/api/v1/financien/0168/2026").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.kosten.gemeente.naam").isEqualTo("Losser");
                    assertThat(json).extractingPath("$.kosten.regio.naam").isEqualTo("Twente");
                    assertThat(json)
                            .extractingPath("$.kosten.nederland.uitgavenEurocent")
                            .isEqualTo(810_000_000_000L);
                    assertThat(json)
                            .extractingPath("$.kosten.nederland.perJeugdigeEurocent")
                            .isEqualTo(1_708_861);
                });
        assertThat(mvc.get()
                        .uri("/financien/vergelijking?gemeente=0168&jaar=2026")
                        .with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Kosten vergelijken: Losser (0168) 2026")
                .contains("Regio Twente")
                .contains("€ 17.088,61")
                .contains("Kosten per jeugdige per hulpvorm, 2026");
        assertThat(mvc.get()
                        .uri("/financien/vergelijking.xlsx?gemeente=0168&jaar=2026")
                        .with(metRol("ANALIST")))
                .hasStatusOk()
                .hasContentType(Tabel.XLSX);
        RequestPostProcessor haaksbergen = als("toegang-haaksbergen", "TOEGANG", "0158");
        assertThat(mvc.get()
                        .uri("/financien/vergelijking?gemeente=0168&jaar=2026")
                        .with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/financien/vergelijking?gemeente=0158&jaar=2026")
                        .with(haaksbergen))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Losser (0168)");
    }

    private static nl.jeugdregie.declaratie.Prestatie prestatie(
            String referentie, String vorig, ToegewezenProduct t, long uren, DebetCredit debetCredit) {
        return FinancienFixtures.prestatie(referentie, vorig, t.client(), t, uren, debetCredit);
    }

    private static Bedrag gedeeld(Bedrag bedrag, long door) {
        return new Bedrag(Math.round((double) bedrag.eurocent() / door));
    }
}
