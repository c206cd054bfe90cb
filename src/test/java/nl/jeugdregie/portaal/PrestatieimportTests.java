package nl.jeugdregie.portaal;

import static nl.jeugdregie.portaal.PortaalFixtures.ENSCHEDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.portaal.Conceptdeclaratie.Regelstand;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file of prestaties becomes a concept declaratie (clock: 2 March 2026; 45A48 at € 84,00 per hour; care from Monday
 * 9 February): amounts from the contract, a credit line, checked by the gemeente's checks like a prefilled concept;
 * with any row wrong nothing is stored and every error is given; another aanbieder's toewijzing is as unknown as one
 * that does not exist.
 */
@JeugdregieTest
class PrestatieimportTests {

    static final YearMonth FEBRUARI = YearMonth.of(2026, 2);
    static final String WAAR = "test";

    @Autowired
    Prestatieimport importen;

    @Autowired
    Conceptdeclaraties concepten;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PortaalFixtures fixtures;
    AgbCode aanbieder;
    ToegewezenProduct toewijzing;

    @BeforeEach
    void eenGestarteToewijzing() {
        fixtures = new PortaalFixtures(context);
        aanbieder = fixtures.aanbiederMetContract();
        toewijzing = fixtures.gestart(fixtures.toewijzing(aanbieder), LocalDate.of(2026, 2, 9));
    }

    @Test
    void aFileBecomesAConceptWithAmountsFromTheContractCheckedLikeAPrefilledOne() {
        String bestand = Prestatiebestand.KOPREGEL + "\n" + rij("02-02-2026", "28-02-2026", "12", "", "", "");
        long id = als(aanbieder, () -> importen.importeer(ENSCHEDE, FEBRUARI, "februari.csv", bytes(bestand), WAAR));

        Conceptdeclaratie concept = als(aanbieder, () -> concepten.concept(id, WAAR));
        assertThat(concept.declaratienummer()).startsWith("JU");
        assertThat(concept.opmerkingen()).containsExactly("Ingelezen uit februari.csv: 1 prestaties.");
        assertThat(concept.regels()).singleElement().satisfies(r -> {
            assertThat(r.prestatie().referentienummer()).startsWith("JU");
            assertThat(r.prestatie().productcode()).isEqualTo("45A48");
            assertThat(r.prestatie().eenheid()).isEqualTo(Eenheid.UUR);
            assertThat(r.prestatie().productTarief()).isEqualTo(PortaalFixtures.UURTARIEF);
            assertThat(r.prestatie().ingediendBedrag()).isEqualTo(Bedrag.euro(1008));
            assertThat(r.jeugdige()).isEqualTo("L. de Vries");
            assertThat(r.toelichting()).isEqualTo("uit het bestand, rij 2, bedrag uit het contracttarief");
            assertThat(r.bevindingen()).isEmpty();
            assertThat(r.stand()).isEqualTo(Regelstand.VERWACHT_GOEDGEKEURD);
        });
        assertThat(concept.kanVerstuurdWorden()).isTrue();
        assertThat(aanmaakLogs()).isEqualTo(1);

        // the same concept as a prefilled one: corrected, and sent with dienIn
        assertThat(als(aanbieder, () -> concepten.wijzigVolume(id, 1, 10, WAAR)).totaal())
                .isEqualTo(Bedrag.euro(840));
        assertThat(als(aanbieder, () -> concepten.dienIn(id)).herhaald()).isFalse();
    }

    @Test
    void aCreditRowKeepsItsAmountAndNamesThePrestatieItCredits() {
        String bestand = Prestatiebestand.KOPREGEL + "\n"
                + rij("09-02-2026", "15-02-2026", "4", "04", "€ 336,00", "") + "\n"
                + rij("02-02-2026", "08-02-2026", "4", "", "336,00", "C;JR1");
        long id = als(aanbieder, () -> importen.importeer(ENSCHEDE, FEBRUARI, "f.csv", bytes(bestand), WAAR));
        Conceptdeclaratie concept = als(aanbieder, () -> concepten.concept(id, WAAR));
        assertThat(concept.regels()).hasSize(2);
        assertThat(concept.regels().get(1).prestatie()).satisfies(p -> {
            assertThat(p.debetCredit()).isEqualTo(DebetCredit.CREDIT);
            assertThat(p.vorigReferentienummer()).isEqualTo("JR1");
            assertThat(p.ingediendBedrag()).isEqualTo(Bedrag.euro(336));
            assertThat(p.productTarief()).isNull();
        });
        assertThat(concept.totaal()).isEqualTo(Bedrag.NUL);
    }

    @Test
    void oneWrongRowStoresNothingAndEveryErrorIsGivenTheSameForAnotherAanbiedersToewijzing() {
        AgbCode ander = fixtures.aanbiederMetContract();
        ToegewezenProduct vanAnder = fixtures.toewijzing(ander);
        String bestand = Prestatiebestand.KOPREGEL + "\n"
                + rij("02-02-2026", "28-02-2026", "12", "", "", "") + "\n"
                + vanAnder.client().value() + ";" + vanAnder.nummer().value() + ";;09-02-2026;28-02-2026;1;;;;\n"
                + toewijzing.client().value() + ";999999991;;09-02-2026;28-02-2026;1;;;;\n"
                + toewijzing.client().value() + ";" + toewijzing.nummer().value()
                + ";45A49;09-02-2026;31-02-2026;1;;;;\n";
        long voor = concepten();

        assertThatThrownBy(() ->
                        als(aanbieder, () -> importen.importeer(ENSCHEDE, FEBRUARI, "f.csv", bytes(bestand), WAAR)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> {
                    assertThat(e.parameters())
                            .extracting(OngeldigeParameter::name)
                            .containsExactly(
                                    "rijen[2].toewijzingnummer", "rijen[3].toewijzingnummer", "rijen[4].einddatum");
                    assertThat(e.parameters().get(0).reason())
                            .isEqualTo("Rij 3, kolom Toewijzingnummer: toewijzing "
                                    + vanAnder.nummer().value()
                                    + " bestaat niet bij gemeente 0153 of is niet aan u toegewezen.");
                    assertThat(e.parameters().get(1).reason())
                            .isEqualTo("Rij 4, kolom Toewijzingnummer: toewijzing 999999991"
                                    + " bestaat niet bij gemeente 0153 of is niet aan u toegewezen.");
                    assertThat(e.parameters().get(2).reason())
                            .isEqualTo(
                                    "Rij 5, kolom Einddatum: 31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.");
                });
        assertThat(concepten()).isEqualTo(voor);
        assertThat(aanmaakLogs()).isZero();

        String verkeerdProduct =
                Prestatiebestand.KOPREGEL + "\n" + toewijzing.client().value() + ";"
                        + toewijzing.nummer().value() + ";45A49;09-02-2026;28-02-2026;1;;;;";
        assertThatThrownBy(() -> als(
                        aanbieder, () -> importen.importeer(ENSCHEDE, FEBRUARI, "f.csv", bytes(verkeerdProduct), WAAR)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters())
                                .singleElement()
                                .satisfies(p -> assertThat(p.reason())
                                        .isEqualTo("Rij 2, kolom Productcode: toewijzing "
                                                + toewijzing.nummer().value()
                                                + " is voor product 45A48, niet 45A49.")));
    }

    @Test
    void anUploadInTheBackgroundShowsItsProgressOnlyToItsAanbieder() {
        String bestand = Prestatiebestand.KOPREGEL + "\n" + rij("02-02-2026", "28-02-2026", "12", "", "", "");
        Prestatieupload upload =
                als(aanbieder, () -> importen.start(ENSCHEDE, FEBRUARI, "f.csv", bytes(bestand), WAAR));
        await().atMost(Duration.ofMinutes(1)).until(() -> !upload.isBezig());
        assertThat(upload.status()).isEqualTo(Prestatieupload.Status.KLAAR);
        assertThat(upload.procent()).isEqualTo(100);
        assertThat(als(aanbieder, () -> importen.upload(upload.id()))).contains(upload);
        assertThat(als(fixtures.aanbiederMetContract(), () -> importen.upload(upload.id())))
                .isEmpty();
        assertThat(als(
                        aanbieder,
                        () -> concepten.concept(upload.concept(), WAAR).regels()))
                .hasSize(1);

        Prestatieupload geweigerd =
                als(aanbieder, () -> importen.start(ENSCHEDE, FEBRUARI, "f.pdf", bytes("%PDF-1.4"), WAAR));
        await().atMost(Duration.ofMinutes(1)).until(() -> !geweigerd.isBezig());
        assertThat(geweigerd.status()).isEqualTo(Prestatieupload.Status.GEWEIGERD);
        assertThat(geweigerd.fouten())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("PDF"));
    }

    private String rij(String begin, String eind, String volume, String eenheid, String bedrag, String creditEnVorige) {
        return toewijzing.client().value() + ";" + toewijzing.nummer().value() + ";;" + begin + ";" + eind + ";"
                + volume + ";" + eenheid + ";" + bedrag + ";" + (creditEnVorige.isEmpty() ? ";" : creditEnVorige);
    }

    private static byte[] bytes(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private long concepten() {
        return jdbc.sql("select count(*) from portaal.declaratieconcept where aanbieder = :agb")
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
    }

    private long aanmaakLogs() {
        return jdbc.sql("select count(*) from toegangslog.logregel where gegevens like"
                        + " 'conceptdeclaratie % uit bestand%' and namens = :namens")
                .param("namens", "aanbieder " + aanbieder.value())
                .query(Long.class)
                .single();
    }

    private static <T> T als(AgbCode agb, Supplier<T> werk) {
        return Testgebruikers.ingelogd("AANBIEDER", agb, werk);
    }
}
