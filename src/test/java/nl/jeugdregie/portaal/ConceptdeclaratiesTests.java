package nl.jeugdregie.portaal;

import static nl.jeugdregie.portaal.PortaalFixtures.ENSCHEDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.ijw.Specificatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.portaal.Conceptdeclaratie.Regelstand;
import nl.jeugdregie.portaal.Conceptdeclaratie.Stand;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The concept declaratie of the portal on a real toewijzing, start and contract (clock: Monday 2 March 2026; 45A48 at
 * € 84,00 per hour): prefilled, corrected after the preview, refused while the gemeente would reject a line, sent once,
 * answered per line, and never visible to another aanbieder.
 */
@JeugdregieTest
class ConceptdeclaratiesTests {

    static final YearMonth FEBRUARI = YearMonth.of(2026, 2);
    static final String WAAR = "test";

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
    void aConceptIsPrefilledCorrectedAfterThePreviewSentOnceAndAnsweredPerLine() throws Exception {
        // 4 uur per week from Monday 9 February: the weeks of 9, 16 and 23 February, 12 uur × € 84 = € 1.008,00.
        Conceptdeclaraties.Aanmaak aanmaak = als(aanbieder, () -> concepten.maak(ENSCHEDE, FEBRUARI, WAAR));
        Conceptdeclaratie concept = aanmaak.concept();
        assertThat(aanmaak.nieuw()).isTrue();
        assertThat(concept.stand()).isEqualTo(Stand.CONCEPT);
        assertThat(concept.regels()).singleElement().satisfies(r -> {
            assertThat(r.prestatie().geleverdVolume()).isEqualTo(12);
            assertThat(r.prestatie().ingediendBedrag()).isEqualTo(Bedrag.euro(1008));
            assertThat(r.jeugdige()).isEqualTo("L. de Vries");
            assertThat(r.toelichting()).contains("4 uur per week × 3 weken in februari 2026");
            assertThat(r.stand()).isEqualTo(Regelstand.VERWACHT_GOEDGEKEURD);
        });
        assertThat(concept.kanVerstuurdWorden()).isTrue();
        Conceptdeclaraties.Aanmaak nogmaals = als(aanbieder, () -> concepten.maak(ENSCHEDE, FEBRUARI, WAAR));
        assertThat(nogmaals.nieuw()).isFalse();
        assertThat(nogmaals.concept().id()).isEqualTo(concept.id());

        long id = concept.id();
        // 20 uur in three weeks of 4 uur: more than the toewijzing allows.
        Conceptdeclaratie teVeel = als(aanbieder, () -> concepten.wijzigVolume(id, 1, 20, WAAR));
        assertThat(teVeel.regels()).singleElement().satisfies(r -> {
            assertThat(r.stand()).isEqualTo(Regelstand.VERWACHT_AFGEKEURD);
            assertThat(r.bevindingen()).isNotEmpty();
            assertThat(r.bevindingen().get(0).retourcode()).isNotBlank();
            assertThat(r.prestatie().ingediendBedrag()).isEqualTo(Bedrag.euro(20 * 84));
            assertThat(r.isGecorrigeerd()).isTrue();
        });
        assertThat(teVeel.kanVerstuurdWorden()).isFalse();
        assertThatThrownBy(() -> als(aanbieder, () -> concepten.dienIn(id)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters()).singleElement().satisfies(p -> {
                            assertThat(p.name()).isEqualTo("regels[0]");
                            assertThat(p.reason()).startsWith("Prestatie ").contains("L. de Vries");
                            assertThat(p.code())
                                    .isEqualTo(teVeel.regels()
                                            .get(0)
                                            .bevindingen()
                                            .get(0)
                                            .retourcode());
                        }));
        assertThat(jw323s()).as("nothing sent while a line would be rejected").isZero();

        // The aanbieder delivered 10 of the 12 hours.
        Conceptdeclaratie gecorrigeerd = als(aanbieder, () -> concepten.wijzigVolume(id, 1, 10, WAAR));
        assertThat(gecorrigeerd.regels().get(0).stand()).isEqualTo(Regelstand.VERWACHT_GOEDGEKEURD);
        assertThat(gecorrigeerd.totaal()).isEqualTo(Bedrag.euro(840));

        Indiening eerste = als(aanbieder, () -> concepten.dienIn(id));
        Indiening tweede = als(aanbieder, () -> concepten.dienIn(id));
        assertThat(eerste.herhaald()).isFalse();
        assertThat(tweede.herhaald()).isTrue();
        assertThat(tweede.bericht()).isEqualTo(eerste.bericht());
        assertThat(jw323s()).isEqualTo(1);
        byte[] inhoud = jdbc.sql("select inhoud from berichtenverkeer.bericht where id = :id")
                .param("id", eerste.bericht())
                .query(byte[].class)
                .single();
        Specificatie.schema("JW323").newValidator().validate(new StreamSource(new ByteArrayInputStream(inhoud)));

        Conceptdeclaratie verstuurd = als(aanbieder, () -> concepten.concept(id, WAAR));
        assertThat(verstuurd.stand()).isEqualTo(Stand.VERSTUURD);
        assertThat(verstuurd.regels().get(0).stand()).isEqualTo(Regelstand.IN_BEHANDELING);
        assertThatThrownBy(() -> als(aanbieder, () -> concepten.wijzigVolume(id, 1, 12, WAAR)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters().get(0).reason()).contains("al verstuurd"));

        fixtures.verwerk();

        Conceptdeclaratie beantwoord = als(aanbieder, () -> concepten.concept(id, WAAR));
        assertThat(beantwoord.stand()).isEqualTo(Stand.BEANTWOORD);
        assertThat(beantwoord.verzending().retour()).isNotBlank();
        assertThat(beantwoord.regels().get(0).stand()).isEqualTo(Regelstand.GOEDGEKEURD);
        assertThat(als(aanbieder, () -> concepten.overzicht())).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo(id);
            assertThat(o.totaal()).isEqualTo(Bedrag.euro(840));
            assertThat(o.isVerstuurd()).isTrue();
        });
    }

    @Test
    void anotherAanbiederNeverSeesChangesOrSendsTheConcept() {
        long id = als(aanbieder, () -> concepten.maak(ENSCHEDE, FEBRUARI, WAAR))
                .concept()
                .id();
        AgbCode ander = PortaalFixtures.nieuweAanbieder();

        assertThatThrownBy(() -> als(ander, () -> concepten.concept(id, WAAR))).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> als(ander, () -> concepten.wijzigVolume(id, 1, 1, WAAR)))
                .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> als(ander, () -> concepten.dienIn(id))).isInstanceOf(NietGevonden.class);
        assertThat(als(ander, () -> concepten.overzicht())).noneMatch(o -> o.id() == id);
        assertThat(jw323s()).isZero();
    }

    @Test
    void aRemovedLineLeavesAConceptThatCannotBeSent() {
        long id = als(aanbieder, () -> concepten.maak(ENSCHEDE, FEBRUARI, WAAR))
                .concept()
                .id();

        Conceptdeclaratie leeg = als(aanbieder, () -> concepten.verwijderRegel(id, 1, WAAR));

        assertThat(leeg.regels()).isEmpty();
        assertThat(leeg.kanVerstuurdWorden()).isFalse();
        assertThatThrownBy(() -> als(aanbieder, () -> concepten.dienIn(id)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters().get(0).reason()).contains("geen prestaties"));
        assertThatThrownBy(() -> als(aanbieder, () -> concepten.wijzigVolume(id, 1, -1, WAAR)))
                .isInstanceOf(NietGevonden.class);
    }

    private long jw323s() {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where berichttype = 'JW323' and afzender = :agb")
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
    }

    private static <T> T als(AgbCode agb, Supplier<T> werk) {
        return Testgebruikers.ingelogd("AANBIEDER", agb, werk);
    }
}
