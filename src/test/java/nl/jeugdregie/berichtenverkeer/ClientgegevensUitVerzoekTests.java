package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.berichtenverkeer.Aanbiederkant.Jeugdige;
import nl.jeugdregie.jeugdige.Persoonsregistratie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.VerzoekService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The client register filled from verzoeken om toewijzing (JW315): the gegevens keep their source down to the
 * aanbieder, and only that source (or the gemeente) may change them.
 */
class ClientgegevensUitVerzoekTests extends BerichtenverkeerContext {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final AgbCode A = new AgbCode("97900001");
    static final AgbCode B = new AgbCode("97900002");
    static final LocalDate INGANG = LocalDate.of(2026, 3, 9);
    static final LocalDate EIND = LocalDate.of(2026, 8, 31);

    @Autowired
    ClientService clienten;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    MockMvcTester mvc;

    @Test
    void aVerzoekOfAnotherAanbiederDoesNotOverwriteWhatTheFirstSent() {
        Aanbiederkant a = new Aanbiederkant(A.value(), ENSCHEDE.value(), "CA");
        Aanbiederkant b = new Aanbiederkant(B.value(), ENSCHEDE.value(), "CB");
        String bsn = Startberichten.bsn(1001);
        Bsn client = new Bsn(bsn);

        ontvangEnVerwerk(a.verzoekOmToewijzing(
                new Jeugdige(bsn, LocalDate.of(2012, 6, 1), "2", "Aal", "A"), "CA-1", INGANG, EIND));
        Persoonsregistratie vanA = clienten.gegevens(ENSCHEDE, client).orElseThrow();
        assertThat(vanA.bron()).isEqualTo(Persoonsregistratie.Bron.VERZOEK);
        assertThat(vanA.aanbieder()).isEqualTo(A);
        assertThat(vanA.herkomst()).contains("van aanbieder 97900001");

        // B's verzoek is taken in as B's own, but B's version of the gegevens does not replace A's.
        ontvangEnVerwerk(b.verzoekOmToewijzing(
                new Jeugdige(bsn, LocalDate.of(2011, 1, 1), "1", "Bever", "B"), "CB-1", INGANG, EIND));
        assertThat(verzoeken.verzoekenVanClient(ENSCHEDE, client))
                .extracting(w -> w.aanbieder())
                .contains(A, B);
        assertThat(clienten.gegevens(ENSCHEDE, client).orElseThrow()).isEqualTo(vanA);

        // A itself may correct what it sent, in a later verzoek.
        verzoeken.wijsAf(A, "CA-1", RedenAfwijzingVerzoek.GEEN_CONTRACT).waarde();
        ontvangEnVerwerk(a.verzoekOmToewijzing(
                new Jeugdige(bsn, LocalDate.of(2012, 6, 1), "2", "Aalders", "A"), "CA-2", INGANG, EIND));
        Persoonsregistratie gecorrigeerd = clienten.gegevens(ENSCHEDE, client).orElseThrow();
        assertThat(gecorrigeerd.gegevens().achternaam()).isEqualTo("Aalders");
        assertThat(gecorrigeerd.aanbieder()).isEqualTo(A);

        // The client page shows where the gegevens came from, naming the aanbieder.
        assertThat(mvc.post()
                        .uri("/toewijzing/clienten")
                        .with(jwt().jwt(j -> j.subject("backoffice")
                                        .claim("preferred_username", "backoffice")
                                        .claim("roles", List.of("BACKOFFICE")))
                                .authorities(new SimpleGrantedAuthority("ROLE_BACKOFFICE")))
                        .with(csrf())
                        .param("gemeente", ENSCHEDE.value())
                        .param("bsn", bsn))
                .hasStatusOk()
                .bodyText()
                .contains("overgenomen uit het verzoek om toewijzing (JW315) van de aanbieder 97900001");
    }

    @Test
    void whatTheGemeenteRecordedStaysAgainstEveryVerzoek() {
        Aanbiederkant a = new Aanbiederkant(A.value(), ENSCHEDE.value(), "CG");
        String bsn = Startberichten.bsn(1002);
        Bsn client = new Bsn(bsn);
        ontvangEnVerwerk(a.verzoekOmToewijzing(
                new Jeugdige(bsn, LocalDate.of(2012, 6, 1), "2", "Aal", "A"), "CG-1", INGANG, EIND));
        clienten.legVast(
                ENSCHEDE,
                client,
                clienten.gegevens(ENSCHEDE, client).orElseThrow().gegevens().metAdres(null));
        Persoonsregistratie vanGemeente = clienten.gegevens(ENSCHEDE, client).orElseThrow();
        assertThat(vanGemeente.bron()).isEqualTo(Persoonsregistratie.Bron.GEMEENTE);
        assertThat(vanGemeente.aanbieder()).isNull();

        verzoeken.wijsAf(A, "CG-1", RedenAfwijzingVerzoek.GEEN_CONTRACT).waarde();
        ontvangEnVerwerk(a.verzoekOmToewijzing(
                new Jeugdige(bsn, LocalDate.of(2010, 6, 1), "1", "Anders", "Q"), "CG-2", INGANG, EIND));

        assertThat(clienten.gegevens(ENSCHEDE, client).orElseThrow()).isEqualTo(vanGemeente);
    }

    private void ontvangEnVerwerk(byte[] bericht) {
        Berichtenbus.Ontvangst ontvangst = bus.ontvang(bericht, Kanaal.MAP, null);
        verwerker.verwerkWachtende();
        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().bevindingen()).isEmpty();
    }
}
