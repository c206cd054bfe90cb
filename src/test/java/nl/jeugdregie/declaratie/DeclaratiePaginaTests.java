package nl.jeugdregie.declaratie;

import static nl.jeugdregie.declaratie.DeclaratieFixtures.debet;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.declaratie;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.declaratienummer;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.referentie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.ProductService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The declaratie pages: BACKOFFICE sees all, an AANBIEDER only its own; reading BSNs is logged. */
@JeugdregieTest
class DeclaratiePaginaTests {

    static final RequestPostProcessor BACKOFFICE = Testgebruikers.als("backoffice", "BACKOFFICE");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    ProductService producten;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Pseudonimisering pseudonimisering;

    Beoordeling eenDeclaratieMetAfwijzing(AgbCode aanbieder, Bsn client) {
        ToegewezenProduct t = DeclaratieFixtures.tienUurPerWeek(toewijzingen, aanbieder, client);
        return declaraties.beoordeel(declaratie(
                aanbieder,
                declaratienummer(),
                List.of(debet(referentie(), client, t.nummer(), 40), debet(referentie(), client, t.nummer(), 55))));
    }

    @Test
    void showsTheExplanationNextToEveryRejectedPrestatieAndLogsTheRead() {
        AgbCode aanbieder = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
        Bsn client = DeclaratieFixtures.nieuweClient();
        Beoordeling b = eenDeclaratieMetAfwijzing(aanbieder, client);

        assertThat(mvc.get().uri("/declaraties").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(b.declaratie().declaratienummer());
        assertThat(mvc.get().uri("/declaraties/" + b.declaratieId()).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Afgewezen",
                        "(9321), regel TR321",
                        "Geleverd 55 uur, toegewezen 10 uur per week",
                        "Goedgekeurd");
        assertThat(toegangslog
                        .zoek(
                                new Zoekvraag(
                                        "backoffice",
                                        null,
                                        null,
                                        Actie.RAADPLEGEN,
                                        pseudonimisering.pseudoniem(client)),
                                new Paginering(1, 10))
                        .items())
                .isNotEmpty();
    }

    @Test
    void aanbiederSeesOnlyItsOwnDeclaraties() {
        AgbCode a = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode b = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
        Beoordeling vanA = eenDeclaratieMetAfwijzing(a, DeclaratieFixtures.nieuweClient());
        Beoordeling vanB = eenDeclaratieMetAfwijzing(b, DeclaratieFixtures.nieuweClient());

        assertThat(mvc.get().uri("/declaraties").with(Testgebruikers.aanbiederVan(a)))
                .hasStatusOk()
                .bodyText()
                .contains(vanA.declaratie().declaratienummer())
                .doesNotContain(vanB.declaratie().declaratienummer());
        assertThat(mvc.get().uri("/declaraties/" + vanA.declaratieId()).with(Testgebruikers.aanbiederVan(a)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/declaraties/" + vanB.declaratieId()).with(Testgebruikers.aanbiederVan(a)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void declaratiePagesNameGemeenteAanbiederProductAndRetourcodeInDutchNotation() {
        AgbCode aanbieder = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
        Beoordeling b = eenDeclaratieMetAfwijzing(aanbieder, DeclaratieFixtures.nieuweClient());
        String naam = "Declarerende aanbieder " + aanbieder + " (" + aanbieder + ")";
        String product =
                producten.product(DeclaratieFixtures.PRODUCT).orElseThrow().omschrijving() + " ("
                        + DeclaratieFixtures.PRODUCT + ")";

        assertThat(mvc.get().uri("/declaraties").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(naam, "Enschede (0153)", "01-03-2026 t/m 31-03-2026", "€ 7.980,00");
        assertThat(mvc.get().uri("/declaraties/" + b.declaratieId()).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(
                        naam,
                        "Enschede (0153)",
                        product,
                        "02-03-2026 t/m 31-03-2026",
                        Notatie.code(Retourcode.VOLUME_OVERSCHRIJDT_TOEWIJZING))
                .doesNotContain("2026-03-02", "2-3-2026");
    }
}
