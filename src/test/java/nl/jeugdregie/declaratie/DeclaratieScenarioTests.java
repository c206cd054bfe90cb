package nl.jeugdregie.declaratie;

import static nl.jeugdregie.declaratie.DeclaratieFixtures.ENSCHEDE;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.PRODUCT;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.credit;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.debet;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.declaratie;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.declaratienummer;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.referentie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Declaraties checked against real toewijzingen (through {@link ToewijzingService}) and real contracts (through
 * {@link ContractService}), on the shared full-stack context (clock: Monday 2 March 2026).
 */
@JeugdregieTest
@RecordApplicationEvents
class DeclaratieScenarioTests {

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    ApplicationEvents events;

    AgbCode aanbieder;
    Bsn client = DeclaratieFixtures.nieuweClient();
    ToegewezenProduct toewijzing;

    @BeforeEach
    void eenAanbiederMetContractEnToewijzing() {
        aanbieder = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
        toewijzing = DeclaratieFixtures.tienUurPerWeek(toewijzingen, aanbieder, client);
    }

    @Test
    void acceptsAndStoresAnApprovedDeclaratie() {
        Beoordeling b = declaraties.beoordeel(declaratie(
                aanbieder, declaratienummer(), List.of(debet(referentie(), client, toewijzing.nummer(), 40))));

        assertThat(b.afgewezen()).isEmpty();
        assertThat(b.totaalToegekend()).isEqualTo(Bedrag.euro(3360));
        assertThat(b.antwoord().declaratieRetourcodes()).containsExactly(Retourcode.DECLARATIE_VOLLEDIG_TOEGEWEZEN);
        assertThat(events.stream(DeclaratieBeoordeeld.class))
                .anySatisfy(e -> assertThat(e.declaratieId()).isEqualTo(b.declaratieId()));
        assertThat(new GoedgekeurdeDeclaratiesProbe(toewijzingen).verwijder(toewijzing))
                .as("a toewijzing with approved declaraties cannot be removed (TR385)")
                .isFalse();
    }

    @Test
    void rejectsVolumeAboveToewijzingWithTheNumbers() {
        // 2 to 31 March 2026 touches ISO weeks 10 to 14: at most 50 hours.
        Beoordeling b = declaraties.beoordeel(declaratie(
                aanbieder, declaratienummer(), List.of(debet(referentie(), client, toewijzing.nummer(), 51))));

        assertThat(b.afgewezen()).singleElement().satisfies(p -> {
            assertThat(p.retourcodes()).containsExactly(Retourcode.VOLUME_OVERSCHRIJDT_TOEWIJZING);
            assertThat(p.afkeuringen().get(0).toelichting())
                    .contains("Geleverd 51 uur, toegewezen 10 uur per week in week 10 t/m 14 (5 weken)");
        });
        assertThat(b.totaalToegekend()).isEqualTo(Bedrag.NUL);
        assertThat(b.antwoord().clienten())
                .singleElement()
                .satisfies(c -> assertThat(c.bsn()).isEqualTo(client));
    }

    @Test
    void rejectsTariffOtherThanTheContract() {
        Prestatie p = new Prestatie(
                referentie(),
                null,
                client,
                toewijzing.nummer(),
                Productcategorie.JEUGDHULP_AMBULANT,
                PRODUCT,
                DeclaratieFixtures.PRODUCTPERIODE_MAART,
                2,
                Eenheid.UUR,
                Bedrag.euro(90),
                Bedrag.euro(180),
                nl.jeugdregie.kern.codelijst.DebetCredit.DEBET);
        Beoordeling b = declaraties.beoordeel(declaratie(aanbieder, declaratienummer(), List.of(p)));

        assertThat(b.afgewezen()).singleElement().satisfies(r -> {
            assertThat(r.retourcodes()).containsExactly(Retourcode.TARIEF_WIJKT_AF_VAN_CONTRACT);
            assertThat(r.afkeuringen().get(0).toelichting()).contains("€ 90,00", "€ 84,00");
        });
    }

    @Test
    void creditAfterDebetAllowsANewDebet() {
        String debetRef = referentie();
        declaraties.beoordeel(
                declaratie(aanbieder, declaratienummer(), List.of(debet(debetRef, client, toewijzing.nummer(), 10))));

        Beoordeling tweedeZonderCredit = declaraties.beoordeel(declaratie(
                aanbieder, declaratienummer(), List.of(debet(referentie(), client, toewijzing.nummer(), 12))));
        assertThat(tweedeZonderCredit.afgewezen())
                .singleElement()
                .satisfies(r -> assertThat(r.retourcodes()).containsExactly(Retourcode.DEBET_ZONDER_CREDIT));

        Beoordeling correctie = declaraties.beoordeel(declaratie(
                aanbieder,
                declaratienummer(),
                List.of(
                        credit(referentie(), debetRef, client, toewijzing.nummer(), 10),
                        debet(referentie(), client, toewijzing.nummer(), 12))));
        assertThat(correctie.afgewezen()).isEmpty();
        assertThat(correctie.totaalToegekend()).isEqualTo(Bedrag.euro(168));

        Beoordeling nogmaalsCredit = declaraties.beoordeel(declaratie(
                aanbieder,
                declaratienummer(),
                List.of(credit(referentie(), debetRef, client, toewijzing.nummer(), 10))));
        assertThat(nogmaalsCredit.afgewezen())
                .singleElement()
                .satisfies(r -> assertThat(r.retourcodes()).containsExactly(Retourcode.CREDIT_AL_AANGELEVERD));
    }

    @Test
    void rejectsDuplicateNumbersAcrossDeclaraties() {
        String nummer = declaratienummer();
        String ref = referentie();
        declaraties.beoordeel(declaratie(aanbieder, nummer, List.of(debet(ref, client, toewijzing.nummer(), 1))));

        Beoordeling zelfdeNummer = declaraties.beoordeel(
                declaratie(aanbieder, nummer, List.of(debet(referentie(), client, toewijzing.nummer(), 1))));
        assertThat(zelfdeNummer.declaratieId()).isNull();
        assertThat(zelfdeNummer.antwoord().declaratieRetourcodes())
                .containsExactly(Retourcode.DECLARATIENUMMER_NIET_UNIEK);
        assertThat(zelfdeNummer.antwoord().totaalToegekend()).isEqualTo(Bedrag.NUL);

        Beoordeling zelfdeReferentie = declaraties.beoordeel(
                declaratie(aanbieder, declaratienummer(), List.of(debet(ref, client, toewijzing.nummer(), 1))));
        assertThat(zelfdeReferentie.afgewezen())
                .singleElement()
                .satisfies(r -> assertThat(r.retourcodes()).contains(Retourcode.REFERENTIENUMMER_AL_AANGELEVERD));
    }

    @Test
    void rejectsDeclaratieOnRemovedToewijzing() {
        toewijzingen.verwijder(ENSCHEDE, toewijzing.nummer());
        Beoordeling b = declaraties.beoordeel(declaratie(
                aanbieder, declaratienummer(), List.of(debet(referentie(), client, toewijzing.nummer(), 1))));
        assertThat(b.afgewezen())
                .singleElement()
                .satisfies(r ->
                        assertThat(r.retourcodes()).containsExactly(Retourcode.DECLARATIE_OP_VERWIJDERDE_TOEWIJZING));
    }

    @Test
    void rejectsPrestatieOfAnotherClient() {
        Bsn ander = DeclaratieFixtures.nieuweClient();
        Beoordeling b = declaraties.beoordeel(
                declaratie(aanbieder, declaratienummer(), List.of(debet(referentie(), ander, toewijzing.nummer(), 1))));
        assertThat(b.afgewezen())
                .singleElement()
                .satisfies(
                        r -> assertThat(r.retourcodes()).containsExactly(Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT));
    }

    /** Removing the toewijzing asks the Declaratiestand bean of this module (TR385). */
    record GoedgekeurdeDeclaratiesProbe(ToewijzingService toewijzingen) {
        boolean verwijder(ToegewezenProduct t) {
            return toewijzingen.verwijder(t.gemeente(), t.nummer()).isGeaccepteerd();
        }
    }
}
