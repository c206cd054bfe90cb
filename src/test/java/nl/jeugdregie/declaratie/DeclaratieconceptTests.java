package nl.jeugdregie.declaratie;

import static nl.jeugdregie.declaratie.DeclaratieFixtures.ENSCHEDE;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.PRODUCT;
import static nl.jeugdregie.declaratie.DeclaratieFixtures.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.Startmelding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The concept declaratie and its preview on real toewijzingen, starts and contracts (clock: Monday 2 March 2026; the
 * contract: 45A48 at € 84,00 per hour in 2026). Every expected number is computed by hand in the comment above it.
 */
@JeugdregieTest
@RecordApplicationEvents
class DeclaratieconceptTests {

    static final YearMonth JANUARI = YearMonth.of(2026, 1);
    static final YearMonth FEBRUARI = YearMonth.of(2026, 2);
    static final Productaanduiding AMBULANT = Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, PRODUCT);

    @Autowired
    Declaratieconcepten concepten;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AgbCode aanbieder;

    @BeforeEach
    void eenAanbiederMetContract() {
        aanbieder = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
    }

    @Test
    void proposesEveryKindOfOmvangExactlyAsComputedByHand() {
        // 4 uur per week, started Monday 12 January. February 2026 (1 Feb is a Sunday): the weeks whose first day of
        // care lies in February start on Monday 2, 9, 16 and 23 February: 4 weeks x 4 = 16 uur x € 84 = € 1.344,00.
        ToegewezenProduct week = gestart(
                toewijzing(jaar2026(), new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK), null),
                LocalDate.of(2026, 1, 12));
        // 15 uur per maand, started 10 February: 15 uur x € 84 = € 1.260,00.
        ToegewezenProduct maand = gestart(
                toewijzing(jaar2026(), new Omvang(15, Eenheid.UUR, Frequentie.PER_MAAND), null),
                LocalDate.of(2026, 2, 10));
        // 80 uur in totaal over 1 January to 30 April (120 days), care from the first day. Up to 28 February 59 days:
        // floor(80 x 59 / 120) = 39; up to 31 January 31 days: floor(80 x 31 / 120) = 20; February 39 - 20 = 19 uur,
        // x € 84 = € 1.596,00.
        ToegewezenProduct totaal = gestart(
                toewijzing(vierMaanden(), new Omvang(80, Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR), null),
                LocalDate.of(2026, 1, 1));
        // An aspecifieke toewijzing (categorie 45) with a budget of € 2.400 over the same 120 days, declared on 45A48,
        // the one product of the contract in that categorie: floor(240000 x 59 / 120) - floor(240000 x 31 / 120) =
        // 118000 - 62000 = 56000 cent, at € 84 per hour 6 whole hours = € 504,00.
        ToegewezenProduct budget = gestart(
                toewijzing(
                        Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT),
                        vierMaanden(),
                        null,
                        Bedrag.euro(2400)),
                LocalDate.of(2026, 1, 1));
        // Not started: nothing to declare.
        ToegewezenProduct nietGestart = toewijzing(jaar2026(), new Omvang(2, Eenheid.UUR, Frequentie.PER_WEEK), null);

        Declaratieconcept concept = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI));

        assertThat(concept.regels()).hasSize(4);
        assertRegel(concept, week, 16, Bedrag.euro(1344), "4 uur per week × 4 weken in februari 2026");
        assertRegel(concept, maand, 15, Bedrag.euro(1260), "15 uur per maand in februari 2026");
        assertRegel(concept, totaal, 19, Bedrag.euro(1596), "deel van 80 uur in totaal");
        assertRegel(concept, budget, 6, Bedrag.euro(504), "product 45A48, het enige gecontracteerde product");
        assertThat(concept.opmerkingen())
                .anySatisfy(o ->
                        assertThat(o).contains(nietGestart.nummer().toString()).contains("geen zorg"));
        Declaratie d = concept.declaratie();
        assertThat(d.declaratieperiode()).isEqualTo(Periode.maand(FEBRUARI));
        assertThat(d.declaratienummer()).matches("[A-Za-z0-9]{1,12}");
        assertThat(d.totaalSaldo()).isEqualTo(Bedrag.euro(1344 + 1260 + 1596 + 504));
        assertThat(d.prestaties()).extracting(Prestatie::referentienummer).doesNotHaveDuplicates();
        assertThat(d.prestaties()).extracting(Prestatie::productperiode).containsOnly(Periode.maand(FEBRUARI));

        Beoordeling proef = alsAanbieder(() -> declaraties.proefbeoordeling(d));
        assertThat(proef.afkeuringVanDeclaratie()).isEmpty();
        assertThat(proef.afgewezen()).isEmpty();
        assertThat(proef.totaalToegekend()).isEqualTo(d.totaalSaldo());

        Beoordeling echt = declaraties.beoordeel(d);
        assertThat(echt.afgewezen()).isEmpty();

        Declaratieconcept tweede = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI));
        assertThat(tweede.regels()).as("approved lines are not declared again").isEmpty();
        assertThat(tweede.declaratieIndienGevuld()).isEmpty();
        assertThat(tweede.opmerkingen()).anySatisfy(o -> assertThat(o).contains("al gedeclareerd"));
    }

    @Test
    void creditsADebetOfAnEarlierMonthWhenTheToewijzingIsShortened() {
        // 4 uur per week from 1 January, care from Monday 5 January: January has the weeks of 5, 12, 19 and 26
        // January (the week of 29 December has no care), 16 uur.
        ToegewezenProduct t = gestart(
                toewijzing(jaar2026(), new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK), null),
                LocalDate.of(2026, 1, 5));
        Declaratie januari =
                alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, JANUARI)).declaratie();
        assertThat(januari.prestaties())
                .singleElement()
                .satisfies(p -> assertThat(p.geleverdVolume()).isEqualTo(16));
        String debet = januari.prestaties().get(0).referentienummer();
        assertThat(declaraties.beoordeel(januari).afgewezen()).isEmpty();

        toewijzingen
                .verkort(ENSCHEDE, t.nummer(), LocalDate.of(2026, 1, 15), RedenWijziging.VERKORTING, true)
                .waarde();

        // Now 1 to 15 January: the weeks of 5 and 12 January, 8 uur.
        Declaratieconcept concept = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI));
        assertThat(concept.regels()).hasSize(2);
        Conceptregel credit = concept.regels().get(0);
        assertThat(credit.prestatie().debetCredit()).isEqualTo(DebetCredit.CREDIT);
        assertThat(credit.prestatie().vorigReferentienummer()).isEqualTo(debet);
        assertThat(credit.prestatie().ingediendBedrag()).isEqualTo(Bedrag.euro(16 * 84));
        assertThat(credit.toelichting())
                .isEqualTo("creditering van referentie " + debet + ": toewijzing beëindigd per 15-01-2026");
        Prestatie nieuw = concept.regels().get(1).prestatie();
        assertThat(nieuw.debetCredit()).isEqualTo(DebetCredit.DEBET);
        assertThat(nieuw.productperiode()).isEqualTo(Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15)));
        assertThat(nieuw.geleverdVolume()).isEqualTo(8);
        assertThat(concept.declaratie().totaalSaldo()).isEqualTo(Bedrag.euro(-8 * 84));

        Beoordeling proef = alsAanbieder(() -> declaraties.proefbeoordeling(concept.declaratie()));
        assertThat(proef.afgewezen()).isEmpty();
    }

    @Test
    void aCorrectedVolumeGetsItsAmountFromTheContractEvenWithoutATariffOnTheLine() {
        gestart(
                toewijzing(jaar2026(), new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK), null),
                LocalDate.of(2026, 2, 9));
        Prestatie p = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI))
                .declaratie()
                .prestaties()
                .get(0);
        Prestatie zonderTarief = new Prestatie(
                p.referentienummer(),
                null,
                p.client(),
                p.toewijzingnummer(),
                p.productcategorie(),
                p.productcode(),
                p.productperiode(),
                p.geleverdVolume(),
                p.eenheid(),
                null,
                p.ingediendBedrag(),
                DebetCredit.DEBET);

        // 5 uur at the contract's € 84,00 per hour.
        Prestatie gecorrigeerd = alsAanbieder(() -> concepten.metVolume(aanbieder, zonderTarief, 5));

        assertThat(gecorrigeerd.productTarief()).isEqualTo(Bedrag.euro(84));
        assertThat(gecorrigeerd.ingediendBedrag()).isEqualTo(Bedrag.euro(420));
        assertThat(alsAanbieder(() -> concepten.metVolume(aanbieder, p, 10)).ingediendBedrag())
                .isEqualTo(Bedrag.euro(840));
    }

    @Test
    void aLineChangedByHandOutsideTheToewijzingIsRejectedAsBeoordeelWould() {
        ToegewezenProduct t = gestart(
                toewijzing(
                        Periode.van(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 12, 31)),
                        new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK),
                        null),
                LocalDate.of(2026, 2, 9));
        Declaratie concept = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI))
                .declaratie();
        Prestatie p = concept.prestaties().get(0);
        // 9 to 28 February: the weeks of 9, 16 and 23 February, 12 uur.
        assertThat(p.productperiode()).isEqualTo(Periode.van(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 28)));
        assertThat(p.geleverdVolume()).isEqualTo(12);
        Prestatie buiten = new Prestatie(
                p.referentienummer(),
                null,
                p.client(),
                t.nummer(),
                p.productcategorie(),
                p.productcode(),
                Periode.maand(FEBRUARI),
                p.geleverdVolume(),
                p.eenheid(),
                p.productTarief(),
                p.ingediendBedrag(),
                DebetCredit.DEBET);
        Declaratie gewijzigd = new Declaratie(
                concept.gemeente(),
                concept.aanbieder(),
                concept.berichtIdentificatie(),
                concept.declaratienummer(),
                concept.declaratieperiode(),
                concept.dagtekening(),
                concept.totaalBedrag(),
                concept.totaalDebetCredit(),
                List.of(buiten));

        Beoordeling proef = alsAanbieder(() -> declaraties.proefbeoordeling(gewijzigd));
        assertThat(proef.afgewezen())
                .singleElement()
                .satisfies(
                        b -> assertThat(b.retourcodes()).contains(Retourcode.BEGINDATUM_PRESTATIE_BUITEN_TOEWIJZING));
        Beoordeling echt = declaraties.beoordeel(gewijzigd);
        assertThat(proef.afgewezen().get(0).afkeuringen())
                .isEqualTo(echt.afgewezen().get(0).afkeuringen());
    }

    @Test
    void proefbeoordelingStoresNothingAndPublishesNothing() {
        gestart(
                toewijzing(jaar2026(), new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK), null),
                LocalDate.of(2026, 1, 5));
        Declaratie concept = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI))
                .declaratie();
        long declaratiesVoor = aantal("declaratie.declaratie");
        long prestatiesVoor = aantal("declaratie.prestatie");
        long afkeuringenVoor = jdbc.sql("select count(*) from declaratie.afkeuring")
                .query(Long.class)
                .single();

        Beoordeling proef = alsAanbieder(() -> declaraties.proefbeoordeling(concept));

        assertThat(proef.declaratieId()).isNull();
        assertThat(aantal("declaratie.declaratie")).isEqualTo(declaratiesVoor);
        assertThat(aantal("declaratie.prestatie")).isEqualTo(prestatiesVoor);
        assertThat(jdbc.sql("select count(*) from declaratie.afkeuring")
                        .query(Long.class)
                        .single())
                .isEqualTo(afkeuringenVoor);
        assertThat(events.stream(DeclaratieBeoordeeld.class)).isEmpty();
        assertThat(alsAanbieder(() -> declaraties.proefbeoordeling(concept)).prestaties())
                .as("the same answer again: nothing was taken")
                .isEqualTo(proef.prestaties());
    }

    @Test
    void onlyTheAanbiederItselfOrTheBackofficeMakesOrChecksAConcept() {
        gestart(
                toewijzing(jaar2026(), new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK), null),
                LocalDate.of(2026, 1, 5));
        AgbCode ander = DeclaratieFixtures.aanbiederMetContract(aanbieders, contracten);
        Declaratie concept = alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI))
                .declaratie();

        assertThatThrownBy(() -> als("AANBIEDER", ander, () -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI)))
                .isInstanceOf(NietGeautoriseerd.class);
        assertThatThrownBy(() -> als("AANBIEDER", ander, () -> declaraties.proefbeoordeling(concept)))
                .isInstanceOf(NietGeautoriseerd.class);
        assertThatThrownBy(() -> als("INKOOP", null, () -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI)))
                .isInstanceOf(NietGeautoriseerd.class);
        assertThat(als("BACKOFFICE", null, () -> concepten.maak(aanbieder, ENSCHEDE, FEBRUARI))
                        .regels())
                .hasSize(1);
        assertThat(als("BACKOFFICE", null, () -> declaraties.proefbeoordeling(concept))
                        .afgewezen())
                .isEmpty();
    }

    @Test
    void refusesAGemeenteOutsideTheRegionAndAMonthOutsideTheAdministration() {
        assertThatThrownBy(() -> alsAanbieder(() -> concepten.maak(aanbieder, new GemeenteCode("0363"), FEBRUARI)))
                .isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("1 veld")
                .satisfies(e -> assertThat(
                                ((OngeldigeInvoer) e).parameters().get(0).toString())
                        .contains("regio"));
        assertThatThrownBy(() -> alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, YearMonth.of(2026, 4))))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(e -> assertThat(
                                ((OngeldigeInvoer) e).parameters().get(0).toString())
                        .contains("april 2026"));
        assertThatThrownBy(() -> alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, YearMonth.of(2014, 12))))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThat(alsAanbieder(() -> concepten.maak(aanbieder, ENSCHEDE, YearMonth.of(2026, 3)))
                        .opmerkingen())
                .as("the current month may be asked, with a warning")
                .first()
                .asString()
                .contains("nog niet voorbij");
    }

    private void assertRegel(
            Declaratieconcept concept, ToegewezenProduct t, long volume, Bedrag bedrag, String toelichting) {
        assertThat(concept.regels())
                .filteredOn(r -> r.prestatie().toewijzingnummer().equals(t.nummer()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.prestatie().geleverdVolume()).isEqualTo(volume);
                    assertThat(r.prestatie().eenheid()).isEqualTo(Eenheid.UUR);
                    assertThat(r.prestatie().productTarief()).isEqualTo(DeclaratieFixtures.UURTARIEF);
                    assertThat(r.prestatie().ingediendBedrag()).isEqualTo(bedrag);
                    assertThat(r.prestatie().debetCredit()).isEqualTo(DebetCredit.DEBET);
                    assertThat(r.prestatie().client()).isEqualTo(t.client());
                    assertThat(r.toelichting()).startsWith(toelichting);
                });
    }

    private <T> T alsAanbieder(java.util.function.Supplier<T> werk) {
        return als("AANBIEDER", aanbieder, werk);
    }

    private long aantal(String tabel) {
        return jdbc.sql("select count(*) from " + tabel + " where aanbieder = :agb")
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
    }

    private ToegewezenProduct toewijzing(Periode periode, Omvang omvang, Bedrag budget) {
        return toewijzing(AMBULANT, periode, omvang, budget);
    }

    private ToegewezenProduct toewijzing(Productaanduiding product, Periode periode, Omvang omvang, Bedrag budget) {
        Bsn client = DeclaratieFixtures.nieuweClient();
        return toewijzingen
                .wijsToe(new NieuweToewijzing(ENSCHEDE, client, aanbieder, product, periode, omvang, budget, null))
                .waarde();
    }

    private ToegewezenProduct gestart(ToegewezenProduct t, LocalDate begindatum) {
        zorgtrajecten
                .verwerk(Startmelding.van(t, begindatum, StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();
        return t;
    }

    private static Periode jaar2026() {
        return Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private static Periode vierMaanden() {
        return Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30));
    }
}
