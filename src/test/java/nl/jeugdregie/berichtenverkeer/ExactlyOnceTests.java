package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A batch of starts where processing breaks off in the middle of one message, after its start was
 * already applied: that message's effects are rolled back and it waits; the others are done once.
 * Processing again (as after a restart) finishes it, once.
 */
class ExactlyOnceTests extends BerichtenverkeerContext {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @AfterEach
    void herstel() {
        Storing.herstel();
    }

    @Test
    void failureMidBatchLeavesNoHalfWorkAndRestartProcessesEachMessageOnce() {
        List<ToegewezenProduct> producten = new ArrayList<>();
        List<Berichtenbus.Ontvangst> ontvangsten = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String bsn = Startberichten.bsn(301 + i);
            ToegewezenProduct toewijzing = toewijzing(bsn);
            producten.add(toewijzing);
            ontvangsten.add(bus.ontvang(
                    Startberichten.start(
                            "99000001",
                            "0153",
                            "EEN-" + i,
                            bsn,
                            toewijzing.nummer().value(),
                            "2026-02-01",
                            "2026-02-10"),
                    Kanaal.SYSTEEM,
                    null));
        }

        Storing.bij("EEN-1");
        verwerker.verwerkWachtende();

        assertThat(status(ontvangsten.get(0))).isEqualTo(Berichtstatus.VERWERKT);
        assertThat(status(ontvangsten.get(1))).isEqualTo(Berichtstatus.ONTVANGEN);
        assertThat(status(ontvangsten.get(2))).isEqualTo(Berichtstatus.VERWERKT);
        assertThat(retouren(ontvangsten.get(1))).isZero();
        assertThat(zorgtrajecten
                        .zorgtraject(ENSCHEDE, producten.get(1).nummer())
                        .perioden())
                .as("the start applied before the failure is rolled back")
                .isEmpty();

        Storing.herstel();
        verwerker.verwerkWachtende();
        verwerker.verwerkWachtende();

        for (int i = 0; i < 3; i++) {
            assertThat(status(ontvangsten.get(i))).isEqualTo(Berichtstatus.VERWERKT);
            assertThat(retouren(ontvangsten.get(i))).isEqualTo(1);
            assertThat(zorgtrajecten
                            .zorgtraject(ENSCHEDE, producten.get(i).nummer())
                            .perioden())
                    .hasSize(1);
        }
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

    private Berichtstatus status(Berichtenbus.Ontvangst ontvangst) {
        return opslag.gegevens(ontvangst.id()).orElseThrow().status();
    }

    private long retouren(Berichtenbus.Ontvangst ontvangst) {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where heenbericht = :id")
                .param("id", ontvangst.id())
                .query(Long.class)
                .single();
    }
}
