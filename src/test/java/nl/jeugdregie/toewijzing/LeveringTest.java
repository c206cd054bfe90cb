package nl.jeugdregie.toewijzing;

import static nl.jeugdregie.kern.codelijst.RedenBeeindiging.TIJDELIJK_BEEINDIGD;
import static nl.jeugdregie.kern.codelijst.RedenBeeindiging.VOLGENS_PLAN_BEEINDIGD;
import static nl.jeugdregie.kern.codelijst.StatusAanlevering.EERSTE_AANLEVERING;
import static nl.jeugdregie.kern.codelijst.StatusAanlevering.GEWIJZIGDE_AANLEVERING;
import static nl.jeugdregie.kern.codelijst.StatusAanlevering.VERWIJDEREN_AANLEVERING;
import static nl.jeugdregie.toewijzing.RegelAsserts.schendt;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.eenToewijzing;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.start;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.Retourcode;
import org.junit.jupiter.api.Test;

class LeveringTest {

    static final LocalDateTime NU = LocalDateTime.of(2026, 3, 2, 10, 0);
    static final LocalDate B = LocalDate.of(2026, 3, 2);

    final ToegewezenProduct toewijzing =
            eenToewijzing().metNummer(500).toegewezen().stand();
    final Levering levering = new Levering(toewijzing.gemeente(), toewijzing.nummer(), List.of());

    @Test
    void startAndDefinitiveStop() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.GESTART);

        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 6, 30), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU);

        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.GESTOPT);
        assertThat(levering.zorgtraject().perioden())
                .containsExactly(new Zorgtraject.Periode(B, LocalDate.of(2026, 6, 30), VOLGENS_PLAN_BEEINDIGD));
    }

    @Test
    void tr019StartMustMatchTheToewijzing() {
        schendt(
                () -> Levering.controleerKoppeling(
                        toewijzing.nummer(), null, toewijzing.aanbieder(), toewijzing.client(), toewijzing.product()),
                "TR019",
                Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING,
                "500");
        schendt(
                () -> Levering.controleerKoppeling(
                        toewijzing.nummer(),
                        toewijzing,
                        new AgbCode("12345678"),
                        toewijzing.client(),
                        toewijzing.product()),
                "TR019",
                Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING,
                "12345678");
        schendt(
                () -> Levering.controleerKoppeling(
                        toewijzing.nummer(),
                        toewijzing,
                        toewijzing.aanbieder(),
                        toewijzing.client(),
                        Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT)),
                "TR019",
                Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING,
                "45/45A12");
        ToegewezenProduct verwijderd =
                eenToewijzing().metNummer(501).verwijderd().stand();
        schendt(
                () -> Levering.controleerKoppeling(
                        verwijderd.nummer(),
                        verwijderd,
                        verwijderd.aanbieder(),
                        verwijderd.client(),
                        verwijderd.product()),
                "TR019",
                Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING,
                "reden 13");
    }

    @Test
    void tr326NoSecondStartWhileOneIsActueel() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.start(start(toewijzing, B.plusDays(7), EERSTE_AANLEVERING), NU),
                "TR326",
                Retourcode.LEVERING_NIET_GESTOPT,
                "02-03-2026");
    }

    @Test
    void tr074SameStartKeyTwice() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, B.plusDays(3), TIJDELIJK_BEEINDIGD, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU),
                "TR074",
                Retourcode.SLEUTEL_AL_ONTVANGEN,
                "02-03-2026");
    }

    @Test
    void tr063DeletingNeedsAnEarlierStart() {
        schendt(
                () -> levering.start(start(toewijzing, B, VERWIJDEREN_AANLEVERING), NU),
                "TR063",
                Retourcode.GEEN_EERDER_BERICHT,
                "02-03-2026",
                "500");
        schendt(
                () -> levering.stop(stop(toewijzing, B, B, VOLGENS_PLAN_BEEINDIGD, VERWIJDEREN_AANLEVERING), NU),
                "TR063",
                Retourcode.GEEN_EERDER_BERICHT,
                "500");
    }

    @Test
    void tr071StartCannotBeDeletedAfterAStop() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, B.plusDays(10), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.start(start(toewijzing, B, VERWIJDEREN_AANLEVERING), NU),
                "TR071",
                Retourcode.START_NIET_VERWIJDERBAAR_NA_BEEINDIGING,
                "02-03-2026");
    }

    @Test
    void correctionOfAStartIsDeleteThenNew() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.start(start(toewijzing, B, VERWIJDEREN_AANLEVERING), NU);
        levering.start(start(toewijzing, B.plusDays(1), EERSTE_AANLEVERING), NU);

        assertThat(levering.zorgtraject().perioden())
                .extracting(Zorgtraject.Periode::begindatum)
                .containsExactly(B.plusDays(1));
    }

    @Test
    void tr382StopMustCarryTheKeyOfItsStart() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.stop(
                        stop(toewijzing, B.plusDays(1), B.plusDays(9), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU),
                "TR382",
                Retourcode.GEEN_ACTUEEL_STARTBERICHT,
                "03-03-2026");
    }

    @Test
    void temporaryStopThenRestartThenDefinitiveStop() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 1), TIJDELIJK_BEEINDIGD, EERSTE_AANLEVERING), NU);
        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.TIJDELIJK_GESTOPT);

        levering.start(start(toewijzing, LocalDate.of(2026, 5, 1), EERSTE_AANLEVERING), NU);
        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.GESTART);

        levering.stop(
                stop(
                        toewijzing,
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 8, 1),
                        VOLGENS_PLAN_BEEINDIGD,
                        EERSTE_AANLEVERING),
                NU);
        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.GESTOPT);
        assertThat(levering.zorgtraject().perioden()).hasSize(2);
    }

    @Test
    void tr413NoSecondTemporaryStop() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 1), TIJDELIJK_BEEINDIGD, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.stop(
                        stop(toewijzing, B, LocalDate.of(2026, 4, 15), TIJDELIJK_BEEINDIGD, EERSTE_AANLEVERING), NU),
                "TR413",
                Retourcode.TIJDELIJKE_STOP_AL_GEMELD,
                "01-04-2026");
    }

    @Test
    void tr414DefinitiveStopNotBeforeTheTemporaryOne() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 1), TIJDELIJK_BEEINDIGD, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.stop(
                        stop(toewijzing, B, LocalDate.of(2026, 3, 20), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU),
                "TR414",
                Retourcode.EINDDATUM_VOOR_TIJDELIJKE_STOP,
                "20-03-2026",
                "01-04-2026");
        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 1), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU);
        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.GESTOPT);
    }

    @Test
    void tr415OnlyOneDefinitiveStop() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 1), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU);

        schendt(
                () -> levering.stop(
                        stop(toewijzing, B, LocalDate.of(2026, 5, 1), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU),
                "TR415",
                Retourcode.DEFINITIEVE_STOP_AL_GEMELD,
                "01-04-2026");
    }

    @Test
    void correctionOfAStopIsDeleteThenNew() {
        levering.start(start(toewijzing, B, EERSTE_AANLEVERING), NU);
        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 1), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU);
        levering.stop(
                stop(toewijzing, B, LocalDate.of(2026, 4, 1), VOLGENS_PLAN_BEEINDIGD, VERWIJDEREN_AANLEVERING), NU);
        assertThat(levering.zorgtraject().status()).isEqualTo(Zorgtraject.Status.GESTART);

        levering.stop(stop(toewijzing, B, LocalDate.of(2026, 4, 8), VOLGENS_PLAN_BEEINDIGD, EERSTE_AANLEVERING), NU);
        assertThat(levering.zorgtraject().perioden().get(0).einddatum()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void statusAanlevering2IsNotUsedInIjw() {
        schendt(
                () -> levering.start(start(toewijzing, B, GEWIJZIGDE_AANLEVERING), NU),
                "OP033x2",
                Retourcode.TECHNISCH_AFGEKEURD,
                "2");
    }
}
