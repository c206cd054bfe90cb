package nl.jeugdregie.portaal;

import static nl.jeugdregie.portaal.PortaalFixtures.ENSCHEDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.ijw.Specificatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.JaNee;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.toewijzing.Aanvraagstatus;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.VerzoekService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verzoeken from the portal (clock: 2 March 2026): a JW315 and a JW317 are exact iJw 3.2, refused with Dutch reasons
 * before sending when incomplete or not the aanbieder's, and their answers (JW316, the JW301 of a toewijzing, the
 * reden of a JW319) show on the aanbieder's list.
 */
@JeugdregieTest
class VerzoekmeldingenTests {

    @Autowired
    Verzoekmeldingen verzoekmeldingen;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PortaalFixtures fixtures;
    AgbCode aanbieder;

    @BeforeEach
    void eenAanbieder() {
        fixtures = new PortaalFixtures(context);
        aanbieder = fixtures.aanbiederMetContract();
    }

    @Test
    void aVerzoekOmToewijzingIsAnsweredWithAToewijzingOnTheList() throws Exception {
        Bsn bsn = Testbsn.vanaf(782_000_000L + System.nanoTime() % 100_000_000L);

        Indiening jw315 = als(aanbieder, () -> verzoekmeldingen.vraagToewijzing(verzoek(bsn), null));
        schema("JW315", jw315);
        fixtures.verwerk();

        Verzoekoverzicht ontvangen = enige(als(aanbieder, () -> verzoekmeldingen.verzoeken("test")));
        assertThat(ontvangen.aanvraag().werkitem().status()).isEqualTo(Aanvraagstatus.ONTVANGEN);
        assertThat(ontvangen.aanvraag().werkitem().referentieAanbieder()).isEqualTo(jw315.identificatie());
        assertThat(ontvangen.retour()).as("JW316").isNotNull();
        assertThat(ontvangen.retourbevindingen()).isEmpty();

        List<ToegewezenProduct> toegewezen = Testgebruikers.ingelogd(
                "BACKOFFICE",
                null,
                () -> verzoeken.wijsToe(aanbieder, jw315.identificatie()).waarde());
        fixtures.verwerk();

        Verzoekoverzicht beantwoord = enige(als(aanbieder, () -> verzoekmeldingen.verzoeken("test")));
        assertThat(beantwoord.aanvraag().werkitem().status()).isEqualTo(Aanvraagstatus.TOEGEWEZEN);
        assertThat(beantwoord.aanvraag().toewijzingen())
                .containsExactly(toegewezen.get(0).nummer());
    }

    @Test
    void aVerzoekOmWijzigingIsAnsweredWithItsRedenOfRejection() throws Exception {
        ToegewezenProduct t = fixtures.toewijzing(aanbieder);
        Wijzigingsverzoek wijziging = new Wijzigingsverzoek(
                ENSCHEDE,
                t.nummer(),
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                LocalDate.of(2026, 3, 9),
                null,
                new Omvang(6, Eenheid.UUR, Frequentie.PER_WEEK),
                null,
                null);

        Indiening jw317 = als(aanbieder, () -> verzoekmeldingen.vraagWijziging(wijziging, null));
        schema("JW317", jw317);
        fixtures.verwerk();
        Testgebruikers.ingelogd(
                "BACKOFFICE",
                null,
                () -> verzoeken.wijsAf(
                        aanbieder, jw317.identificatie(), RedenAfwijzingVerzoek.PAST_NIET_BINNEN_BUDGET));
        fixtures.verwerk();

        Verzoekoverzicht afgewezen = enige(als(aanbieder, () -> verzoekmeldingen.verzoeken("test")));
        assertThat(afgewezen.aanvraag().werkitem().status()).isEqualTo(Aanvraagstatus.AFGEWEZEN);
        assertThat(afgewezen.aanvraag().redenAfwijzing()).isEqualTo(RedenAfwijzingVerzoek.PAST_NIET_BINNEN_BUDGET);
        assertThat(afgewezen.jeugdige()).isEqualTo("L. de Vries");

        AgbCode ander = PortaalFixtures.nieuweAanbieder();
        assertThat(als(ander, () -> verzoekmeldingen.verzoeken("test"))).isEmpty();
        assertThatThrownBy(() -> als(ander, () -> verzoekmeldingen.vraagWijziging(wijziging, null)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters())
                                .extracting(OngeldigeParameter::code)
                                .containsExactly("9019"));
    }

    @Test
    void anIncompleteVerzoekIsRefusedInDutchAndNothingIsSent() {
        Toewijzingsverzoek leeg = new Toewijzingsverzoek(
                ENSCHEDE, null, null, null, " ", null, null, null, null, null, null, null, null, null, null, null,
                null);

        assertThatThrownBy(() -> als(aanbieder, () -> verzoekmeldingen.vraagToewijzing(leeg, null)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters())
                                .extracting(OngeldigeParameter::name)
                                .contains("bsn", "geboortedatum", "achternaam", "productcode", "verwijzer", "volume"));
        assertThat(jdbc.sql("select count(*) from berichtenverkeer.bericht where afzender = :agb")
                        .param("agb", aanbieder.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Toewijzingsverzoek verzoek(Bsn bsn) {
        return new Toewijzingsverzoek(
                ENSCHEDE,
                bsn,
                LocalDate.of(2015, 6, 12),
                Geslacht.MANNELIJK,
                "Jansen",
                null,
                "T",
                JaNee.JA,
                Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A48"),
                LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 9, 30),
                new Omvang(3, Eenheid.UUR, Frequentie.PER_WEEK),
                null,
                Verwijzer.HUISARTS,
                null,
                "01123456",
                "Aangemeld door de huisarts");
    }

    private void schema(String type, Indiening indiening) throws Exception {
        byte[] inhoud = jdbc.sql("select inhoud from berichtenverkeer.bericht where id = :id")
                .param("id", indiening.bericht())
                .query(byte[].class)
                .single();
        Specificatie.schema(type).newValidator().validate(new StreamSource(new ByteArrayInputStream(inhoud)));
    }

    private static Verzoekoverzicht enige(List<Verzoekoverzicht> lijst) {
        assertThat(lijst).hasSize(1);
        return lijst.get(0);
    }

    private static <T> T als(AgbCode agb, Supplier<T> werk) {
        return Testgebruikers.ingelogd("AANBIEDER", agb, werk);
    }
}
