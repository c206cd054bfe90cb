package nl.jeugdregie.toewijzing;

import static nl.jeugdregie.toewijzing.RegelAsserts.schendt;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.BEWERKING;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.VANDAAG;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.eenToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import org.junit.jupiter.api.Test;

class ToewijzingTest {

    @Test
    void initialToekenningHasNoRedenWijzigingAndOneVersion() {
        Toewijzing toewijzing = eenToewijzing().toegewezen();

        assertThat(toewijzing.stand().redenWijziging()).isNull();
        assertThat(toewijzing.stand().versie()).isEqualTo(1);
        assertThat(toewijzing.nieuweVersies())
                .singleElement()
                .satisfies(v -> assertThat(v.door()).isEqualTo("test"));
    }

    @Test
    void keepsTheNumberOverEveryChange() {
        Toewijzing toewijzing = eenToewijzing().metNummer(4711).toegewezen();

        toewijzing.verlengen(LocalDate.of(2027, 6, 30), RedenWijziging.VERLENGING, VANDAAG, BEWERKING);
        toewijzing.verkorten(LocalDate.of(2026, 9, 30), RedenWijziging.VERKORTING, false, VANDAAG, BEWERKING);

        assertThat(toewijzing.stand().nummer()).isEqualTo(new Toewijzingnummer(4711));
        assertThat(toewijzing.stand().periode().eind()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(toewijzing.stand().redenWijziging()).isEqualTo(RedenWijziging.VERKORTING);
        assertThat(toewijzing.nieuweVersies())
                .extracting(v -> v.stand().versie())
                .containsExactly(1, 2, 3);
    }

    @Test
    void specificProductNeedsAnOmvang() {
        schendt(() -> eenToewijzing().metOmvang(null).toegewezen(), "CD041", null, "45/45A12");
    }

    @Test
    void weeklyOmvangNeedsAnEinddatum() {
        schendt(
                () -> eenToewijzing().metPeriode(Periode.vanaf(VANDAAG)).toegewezen(),
                "CD076",
                null,
                "10 uur per week");
    }

    @Test
    void budgetNeedsAnEinddatumOutsideLta() {
        schendt(
                () -> eenToewijzing()
                        .aspecifiekMetBudget(Productcategorie.JEUGDHULP_AMBULANT, Bedrag.euro(5000))
                        .metPeriode(Periode.vanaf(VANDAAG))
                        .toegewezen(),
                "CD075",
                null,
                "€ 5.000,00");
    }

    @Test
    void verkortenInThePastNeedsTheAanbiedersAgreement() {
        Toewijzing toewijzing = eenToewijzing().toegewezen();

        schendt(
                () -> toewijzing.verkorten(
                        LocalDate.of(2026, 3, 1), RedenWijziging.VERKORTING, false, VANDAAG, BEWERKING),
                "OP186",
                null,
                "01-03-2026",
                "99000001");
        toewijzing.verkorten(LocalDate.of(2026, 3, 1), RedenWijziging.VERKORTING, true, VANDAAG, BEWERKING);
        assertThat(toewijzing.stand().periode()).isEqualTo(Periode.op(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void verlengenRefusesAnEarlierDate() {
        Toewijzing toewijzing = eenToewijzing().toegewezen();

        schendt(
                () -> toewijzing.verlengen(LocalDate.of(2026, 6, 1), RedenWijziging.VERLENGING, VANDAAG, BEWERKING),
                "OP380",
                null,
                "31-12-2026",
                "01-06-2026");
    }

    @Test
    void omvangChangesOnlyWithFrequentieTotaal() {
        Toewijzing perWeek = eenToewijzing().toegewezen();
        schendt(
                () -> perWeek.wijzigVolume(
                        new Omvang(12, Eenheid.UUR, Frequentie.PER_WEEK), RedenWijziging.VERLENGING, true, BEWERKING),
                "IV066",
                null,
                "10 uur per week");

        Toewijzing totaal = eenToewijzing()
                .metOmvang(new Omvang(40, Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR))
                .toegewezen();
        schendt(
                () -> totaal.wijzigVolume(
                        new Omvang(30, Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR),
                        RedenWijziging.CONTRACTWIJZIGING,
                        false,
                        BEWERKING),
                "OP298",
                null,
                "40 uur in totaal",
                "30 uur in totaal");
        totaal.wijzigVolume(
                new Omvang(50, Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR),
                RedenWijziging.VERLENGING,
                false,
                BEWERKING);
        assertThat(totaal.stand().omvang().volume()).isEqualTo(50);
    }

    @Test
    void loweringTheBudgetNeedsAgreementUnlessTheAanbiederAsked() {
        Toewijzing toewijzing = eenToewijzing()
                .aspecifiekMetBudget(Productcategorie.JEUGDHULP_AMBULANT, Bedrag.euro(5000))
                .toegewezen();

        schendt(
                () -> toewijzing.wijzigBudget(Bedrag.euro(4000), RedenWijziging.CONTRACTWIJZIGING, false, BEWERKING),
                "OP299",
                null,
                "€ 5.000,00",
                "€ 4.000,00");
        toewijzing.wijzigBudget(Bedrag.euro(4000), RedenWijziging.GEINITIEERD_DOOR_AANBIEDER, false, BEWERKING);
        assertThat(toewijzing.stand().budget()).isEqualTo(Bedrag.euro(4000));
    }

    @Test
    void verwijderenSetsEinddatumToIngangsdatumWithReden13() {
        Toewijzing toewijzing = eenToewijzing().verwijderd();

        assertThat(toewijzing.stand().periode()).isEqualTo(Periode.op(LocalDate.of(2026, 3, 1)));
        assertThat(toewijzing.stand().redenWijziging()).isEqualTo(RedenWijziging.VERWIJDERD);
        assertThat(toewijzing.stand().isVervallen()).isTrue();
        assertThat(toewijzing.stand().isActueelOp(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void removedToewijzingCannotChange() {
        Toewijzing toewijzing = eenToewijzing().verwijderd();

        schendt(
                () -> toewijzing.verlengen(null, RedenWijziging.VERLENGING, VANDAAG, BEWERKING),
                "CS335",
                null,
                "verwijderd");
    }

    @Test
    void cannotRemoveWithApprovedDeclaraties() {
        Toewijzing toewijzing = eenToewijzing().metNummer(88).toegewezen();

        schendt(
                () -> toewijzing.verwijderen(true, BEWERKING),
                "TR385",
                Retourcode.TOEWIJZING_HEEFT_GOEDGEKEURDE_DECLARATIES,
                "88");
    }

    @Test
    void reden13And01AreNotChoosableForOtherChanges() {
        Toewijzing toewijzing = eenToewijzing().toegewezen();

        schendt(
                () -> toewijzing.verkorten(
                        LocalDate.of(2026, 6, 1), RedenWijziging.VERWIJDERD, true, VANDAAG, BEWERKING),
                "CS335",
                null,
                "13");
        schendt(
                () -> toewijzing.verkorten(
                        LocalDate.of(2026, 6, 1),
                        RedenWijziging.ADMINISTRATIEVE_CORRECTIE_VERVALLEN,
                        true,
                        VANDAAG,
                        BEWERKING),
                "CS336",
                null,
                "01");
    }

    @Test
    void sameProductMeansSameCodeOrCategorieAndGeneriekMatchesAll() {
        Productaanduiding a = Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A12");
        Productaanduiding b = Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A13");
        Productaanduiding categorie = Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT);

        assertThat(a.isZelfdeProductAls(b)).isFalse();
        assertThat(a.isZelfdeProductAls(a)).isTrue();
        assertThat(categorie.isZelfdeProductAls(Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT)))
                .isTrue();
        assertThat(Productaanduiding.generiek().isZelfdeProductAls(a)).isTrue();
    }
}
