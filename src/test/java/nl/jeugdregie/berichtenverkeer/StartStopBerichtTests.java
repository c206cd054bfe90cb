package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Zorgtraject;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A JW305 through the inbox: checked against the toewijzing, applied, answered with a JW306. */
class StartStopBerichtTests extends BerichtenverkeerContext {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @Test
    void startOnAToewijzingIsAppliedAndAnsweredWithAnEmptyRetour() {
        String bsn = Startberichten.bsn(101);
        ToegewezenProduct toewijzing = toewijzing(bsn);

        Berichtenbus.Ontvangst ontvangst = bus.ontvang(
                Startberichten.start(
                        "99000001", "0153", "SS-1", bsn, toewijzing.nummer().value(), "2026-02-01", "2026-02-10"),
                Kanaal.SYSTEEM,
                null);
        verwerker.verwerkWachtende();

        assertThat(status(ontvangst)).isEqualTo("VERWERKT");
        assertThat(retour(ontvangst)).contains("jw306").doesNotContain("RetourCode");
        Zorgtraject traject = zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer());
        assertThat(traject.perioden())
                .extracting(Zorgtraject.Periode::begindatum)
                .containsExactly(LocalDate.of(2026, 2, 10));
    }

    @Test
    void startWithoutToewijzingGetsItsRetourcodeAtTheStartProduct() {
        String bsn = Startberichten.bsn(102);
        toewijzing(bsn);

        Berichtenbus.Ontvangst ontvangst = bus.ontvang(
                Startberichten.start("99000001", "0153", "SS-2", bsn, 987654, "2026-02-01", "2026-02-10"),
                Kanaal.SYSTEEM,
                null);
        verwerker.verwerkWachtende();

        String retour = retour(ontvangst);
        assertThat(retour).contains("RetourCode").contains("StartProduct");
        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::regel)
                .contains("TR019");
        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::pad)
                .contains("/Bericht/Client/StartProducten/StartProduct[1]");
    }

    private ToegewezenProduct toewijzing(String bsn) {
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        new Bsn(bsn),
                        new AgbCode("99000001"),
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A53"),
                        Periode.van(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31)),
                        new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();
    }

    private String status(Berichtenbus.Ontvangst ontvangst) {
        return jdbc.sql("select status from berichtenverkeer.bericht where id = :id")
                .param("id", ontvangst.id())
                .query(String.class)
                .single();
    }

    private String retour(Berichtenbus.Ontvangst ontvangst) {
        return new String(
                jdbc.sql("select inhoud from berichtenverkeer.bericht where heenbericht = :id")
                        .param("id", ontvangst.id())
                        .query(byte[].class)
                        .single(),
                StandardCharsets.UTF_8);
    }
}
