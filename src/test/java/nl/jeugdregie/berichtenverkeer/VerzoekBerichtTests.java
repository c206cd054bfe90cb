package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A JW315 through the inbox becomes a work item for the backoffice; a decision assigns the product. */
class VerzoekBerichtTests extends BerichtenverkeerContext {

    @Autowired
    VerzoekService verzoeken;

    @Test
    void verzoekOmToewijzingBecomesAWorkItemWithItsDeadline() {
        String bsn = Startberichten.bsn(201);
        Berichtenbus.Ontvangst ontvangst =
                bus.ontvang(Verzoekberichten.verzoekOmToewijzing("VOT-1", bsn, "REF-VOT-1"), Kanaal.SYSTEEM, null);
        verwerker.verwerkWachtende();

        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().status()).isEqualTo(Berichtstatus.VERWERKT);
        assertThat(retour(ontvangst)).contains("jw316").doesNotContain("RetourCode");
        Werkitem werkitem = verzoeken.werkvoorraad(Set.of(new GemeenteCode("0153"))).stream()
                .filter(w -> w.toString().contains("REF-VOT-1"))
                .findFirst()
                .orElseThrow();
        assertThat(werkitem.toString()).contains("2026-03-09");

        ToegewezenProduct toegewezen =
                verzoeken.wijsToe(new AgbCode("99000001"), "REF-VOT-1").waarde().get(0);
        assertThat(toegewezen.referentieAanbieder()).isEqualTo("REF-VOT-1");
        assertThat(toegewezen.client().value()).isEqualTo(bsn);
    }

    @Test
    void secondVerzoekWhilePendingIsRejectedWithItsRetourcode() {
        String bsn = Startberichten.bsn(202);
        bus.ontvang(Verzoekberichten.verzoekOmToewijzing("VOT-2", bsn, "REF-VOT-2"), Kanaal.SYSTEEM, null);
        verwerker.verwerkWachtende();
        Berichtenbus.Ontvangst tweede =
                bus.ontvang(Verzoekberichten.verzoekOmToewijzing("VOT-3", bsn, "REF-VOT-3"), Kanaal.SYSTEEM, null);
        verwerker.verwerkWachtende();

        assertThat(opslag.gegevens(tweede.id()).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::regel)
                .contains("TR374");
        assertThat(retour(tweede)).contains("RetourCode");
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
