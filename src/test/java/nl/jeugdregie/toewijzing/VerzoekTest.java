package nl.jeugdregie.toewijzing;

import static nl.jeugdregie.toewijzing.RegelAsserts.schendt;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AANBIEDER;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AMBULANT;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.CLIENT;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.ENSCHEDE;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.HENGELO;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.TIEN_UUR_PER_WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.kern.codelijst.VerzoekAntwoord;
import org.junit.jupiter.api.Test;

class VerzoekTest {

    // Friday 24 April 2026: Koningsdag (Monday 27 April) does not count.
    static final LocalDate ONTVANGEN = LocalDate.of(2026, 4, 24);

    final Verzoek verzoek = Verzoek.vot(new VerzoekOmToewijzing(
            ENSCHEDE,
            AANBIEDER,
            CLIENT,
            ONTVANGEN.minusDays(1),
            ONTVANGEN,
            null,
            List.of(new AangevraagdProduct(
                    "REF-1",
                    AMBULANT,
                    Periode.van(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31)),
                    TIEN_UUR_PER_WEEK,
                    null,
                    Verwijzer.HUISARTS,
                    null))));
    final Verzoek.Aanvraag aanvraag = verzoek.aanvraag("REF-1").orElseThrow();

    @Test
    void deadlineIsFiveWorkingDaysAfterReceipt() {
        assertThat(aanvraag.uiterlijk).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(verzoek.isOnderhanden()).isTrue();
    }

    @Test
    void inOnderzoekMovesTheDeadlineToEightWeeksAfterTheDagtekening() {
        Antwoord antwoord = verzoek.zetInOnderzoek(aanvraag);

        assertThat(antwoord.antwoord()).isEqualTo(VerzoekAntwoord.AANVRAAG_IN_ONDERZOEK);
        assertThat(aanvraag.uiterlijk).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(verzoek.isOnderhanden()).isTrue();
    }

    @Test
    void tr360InOnderzoekOnlyOnce() {
        verzoek.zetInOnderzoek(aanvraag);

        schendt(
                () -> verzoek.zetInOnderzoek(aanvraag),
                "TR360",
                Retourcode.ANTWOORD_AL_GESTUURD_VOOR_REFERENTIE,
                "REF-1");
    }

    @Test
    void afwijzenAfterOnderzoekEndsTheVerzoek() {
        verzoek.zetInOnderzoek(aanvraag);

        Antwoord antwoord = verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.GEEN_CONTRACT, null);

        assertThat(antwoord.antwoord()).isEqualTo(VerzoekAntwoord.VERZOEK_AFGEWEZEN);
        assertThat(antwoord.redenAfwijzing()).isEqualTo(RedenAfwijzingVerzoek.GEEN_CONTRACT);
        assertThat(verzoek.isOnderhanden()).isFalse();
    }

    @Test
    void tr365NothingAfterAnAfwijzing() {
        verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.STAPELING, null);

        schendt(() -> verzoek.zetInOnderzoek(aanvraag), "TR365", Retourcode.VERZOEK_AL_AFGEWEZEN, "REF-1", "6");
        schendt(
                () -> verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.GEEN_CONTRACT, null),
                "TR365",
                Retourcode.VERZOEK_AL_AFGEWEZEN,
                "REF-1");
    }

    @Test
    void tr359NoAnswerAfterAToewijzing() {
        verzoek.markeerToegewezen(aanvraag);

        schendt(
                () -> verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.GEEN_CONTRACT, null),
                "TR359",
                Retourcode.TOEWIJZING_AL_GESTUURD_VOOR_REFERENTIE,
                "REF-1");
        schendt(
                () -> verzoek.zetInOnderzoek(aanvraag),
                "TR359",
                Retourcode.TOEWIJZING_AL_GESTUURD_VOOR_REFERENTIE,
                "REF-1");
    }

    @Test
    void woonplaatsbeginselNamesAnotherGemeente() {
        schendt(
                () -> verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL, null),
                "OP359",
                null,
                "reden 8");
        schendt(
                () -> verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL, ENSCHEDE),
                "OP359",
                null,
                "0153");

        Antwoord antwoord = verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL, HENGELO);

        assertThat(antwoord.woonplaatsbeginsel()).contains(HENGELO);
    }
}
