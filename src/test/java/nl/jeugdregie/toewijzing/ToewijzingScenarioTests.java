package nl.jeugdregie.toewijzing;

import static nl.jeugdregie.toewijzing.RegelAsserts.afgekeurd;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AANBIEDER;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AMBULANT;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.ENSCHEDE;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.HENGELO;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.TIEN_UUR_PER_WEEK;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.nieuweClient;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.start;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.kern.codelijst.VerzoekAntwoord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The flows of the berichtstromen at the domain level, on the shared full-stack context (clock: Monday 2 March 2026).
 * Each test uses its own client and referenties, so tests do not see each other's rows.
 */
@JeugdregieTest
@RecordApplicationEvents
class ToewijzingScenarioTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    static final Periode PERIODE = Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31));

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    final Bsn client = nieuweClient();
    final String ref = "T" + System.nanoTime();

    VerzoekOmToewijzing vot(String referentie, Productaanduiding product, Omvang omvang) {
        return new VerzoekOmToewijzing(
                ENSCHEDE,
                AANBIEDER,
                client,
                VANDAAG.minusDays(1),
                VANDAAG,
                null,
                List.of(new AangevraagdProduct(referentie, product, PERIODE, omvang, null, Verwijzer.HUISARTS, null)));
    }

    VerzoekOmWijziging vow(
            String referentie,
            RedenVerzoek reden,
            List<Toewijzingnummer> ongewijzigd,
            List<VerzoekOmWijziging.TeWijzigenProduct> teWijzigen,
            List<VerzoekOmWijziging.NieuwProduct> nieuw) {
        return new VerzoekOmWijziging(
                ENSCHEDE, AANBIEDER, client, VANDAAG, VANDAAG, referentie, reden, ongewijzigd, teWijzigen, nieuw);
    }

    ToegewezenProduct toegewezenNaVot(String referentie) {
        assertThat(verzoeken
                        .ontvang(vot(referentie, AMBULANT, TIEN_UUR_PER_WEEK))
                        .isGeaccepteerd())
                .isTrue();
        return verzoeken.wijsToe(AANBIEDER, referentie).waarde().get(0);
    }

    @Test
    void votThenToewijzingThenStartThenStop() {
        List<Werkitem> werk =
                verzoeken.ontvang(vot(ref, AMBULANT, TIEN_UUR_PER_WEEK)).waarde();
        assertThat(werk).singleElement().satisfies(w -> {
            assertThat(w.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(w.status()).isEqualTo(Aanvraagstatus.ONTVANGEN);
        });
        assertThat(verzoeken.werkvoorraad(Set.of(ENSCHEDE)))
                .extracting(Werkitem::referentieAanbieder)
                .contains(ref);

        ToegewezenProduct toewijzing =
                verzoeken.wijsToe(AANBIEDER, ref).waarde().get(0);

        assertThat(toewijzing.referentieAanbieder()).isEqualTo(ref);
        assertThat(toewijzing.redenWijziging()).isNull();
        assertThat(toewijzingen.actueleToewijzingen(ENSCHEDE, AANBIEDER, client, VANDAAG))
                .containsExactly(toewijzing);
        assertThat(verzoeken.werkvoorraad(Set.of(ENSCHEDE)))
                .extracting(Werkitem::referentieAanbieder)
                .doesNotContain(ref);
        assertThat(events.stream(ToewijzingVastgesteld.class))
                .anyMatch(e -> e.nummer().equals(toewijzing.nummer()));
        assertThat(events.stream(VerzoekToegewezen.class))
                .anyMatch(e -> e.referentieAanbieder().equals(ref));

        assertThat(zorgtrajecten
                        .verwerk(start(toewijzing, VANDAAG, StatusAanlevering.EERSTE_AANLEVERING))
                        .waarde()
                        .status())
                .isEqualTo(Zorgtraject.Status.GESTART);
        afgekeurd(
                zorgtrajecten.verwerk(start(toewijzing, VANDAAG.plusDays(1), StatusAanlevering.EERSTE_AANLEVERING)),
                "TR326",
                Retourcode.LEVERING_NIET_GESTOPT,
                "02-03-2026");
        Zorgtraject gestopt = zorgtrajecten
                .verwerk(stop(
                        toewijzing,
                        VANDAAG,
                        LocalDate.of(2026, 6, 30),
                        RedenBeeindiging.VOLGENS_PLAN_BEEINDIGD,
                        StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();
        assertThat(gestopt.status()).isEqualTo(Zorgtraject.Status.GESTOPT);
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer())).isEqualTo(gestopt);
        assertThat(events.stream(ZorgGestopt.class)).anyMatch(e -> e.nummer().equals(toewijzing.nummer()));
        assertThat(jdbc.sql("select count(*) from toewijzing.v_trajecten where toewijzingnummer = :n")
                        .param("n", toewijzing.nummer().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void tr374NoNewVerzoekWhileOneIsPending() {
        verzoeken.ontvang(vot(ref, AMBULANT, TIEN_UUR_PER_WEEK)).waarde();

        afgekeurd(
                verzoeken.ontvang(vot(ref + "-2", Productaanduiding.aspecifiek(Productcategorie.JEUGD_GGZ), null)),
                "TR374",
                Retourcode.VERZOEK_AL_ONDERHANDEN,
                ref);
        afgekeurd(
                verzoeken.ontvang(vot(ref, AMBULANT, TIEN_UUR_PER_WEEK)),
                "TR347",
                Retourcode.REFERENTIE_AANBIEDER_NIET_UNIEK,
                ref);
    }

    @Test
    void tr378UnknownGemeente() {
        VerzoekOmToewijzing onbekend = new VerzoekOmToewijzing(
                new GemeenteCode("0002"),
                AANBIEDER,
                client,
                VANDAAG,
                VANDAAG,
                null,
                vot(ref, AMBULANT, TIEN_UUR_PER_WEEK).producten());

        afgekeurd(verzoeken.ontvang(onbekend), "TR378", Retourcode.GEMEENTECODE_ONBEKEND, "0002");
    }

    @Test
    void afwijzingEndsTheVerzoekAndAllowsANewOne() {
        verzoeken.ontvang(vot(ref, AMBULANT, TIEN_UUR_PER_WEEK)).waarde();

        Antwoord antwoord = verzoeken
                .wijsAf(AANBIEDER, ref, RedenAfwijzingVerzoek.GEEN_CONTRACT)
                .waarde();

        assertThat(antwoord.antwoord()).isEqualTo(VerzoekAntwoord.VERZOEK_AFGEWEZEN);
        assertThat(events.stream(VerzoekBeantwoord.class))
                .anyMatch(e -> e.antwoord().equals(antwoord));
        afgekeurd(verzoeken.wijsToe(AANBIEDER, ref), "OP344", null, ref);
        assertThat(verzoeken
                        .ontvang(vot(ref + "-2", AMBULANT, TIEN_UUR_PER_WEEK))
                        .isGeaccepteerd())
                .isTrue();
    }

    @Test
    void inOnderzoekThenToewijzen() {
        verzoeken.ontvang(vot(ref, AMBULANT, TIEN_UUR_PER_WEEK)).waarde();

        verzoeken.zetInOnderzoek(AANBIEDER, ref).waarde();
        Werkitem werk = verzoeken.werkvoorraad(Set.of(ENSCHEDE)).stream()
                .filter(w -> w.referentieAanbieder().equals(ref))
                .findFirst()
                .orElseThrow();
        assertThat(werk.status()).isEqualTo(Aanvraagstatus.IN_ONDERZOEK);
        assertThat(werk.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 26));
        afgekeurd(
                verzoeken.zetInOnderzoek(AANBIEDER, ref),
                "TR360",
                Retourcode.ANTWOORD_AL_GESTUURD_VOOR_REFERENTIE,
                ref);

        assertThat(verzoeken.wijsToe(AANBIEDER, ref).waarde()).hasSize(1);
        afgekeurd(
                verzoeken.wijsAf(AANBIEDER, ref, RedenAfwijzingVerzoek.STAPELING),
                "TR359",
                Retourcode.TOEWIJZING_AL_GESTUURD_VOOR_REFERENTIE,
                ref);
    }

    @Test
    void woonplaatsbeginselNeedsAnExistingGemeente() {
        verzoeken.ontvang(vot(ref, AMBULANT, TIEN_UUR_PER_WEEK)).waarde();
        verzoeken.zetInOnderzoek(AANBIEDER, ref).waarde();

        afgekeurd(
                verzoeken.verwijsNaarWoonplaatsgemeente(AANBIEDER, ref, new GemeenteCode("0002")),
                "TR378",
                Retourcode.GEMEENTECODE_ONBEKEND,
                "0002");
        Antwoord antwoord =
                verzoeken.verwijsNaarWoonplaatsgemeente(AANBIEDER, ref, HENGELO).waarde();

        assertThat(antwoord.redenAfwijzing()).isEqualTo(RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL);
        assertThat(antwoord.woonplaatsgemeente()).isEqualTo(HENGELO);
    }

    @Test
    void answerToAnUnknownVerzoek() {
        afgekeurd(
                verzoeken.zetInOnderzoek(AANBIEDER, "bestaat-niet-" + ref),
                "TR355",
                Retourcode.ANTWOORD_ZONDER_VERZOEK,
                "bestaat-niet-");
    }

    @Test
    void vowExtendsKeepingTheNumberAndAddsANewProduct() {
        ToegewezenProduct bestaand = toegewezenNaVot(ref);
        Productaanduiding ggz = Productaanduiding.aspecifiek(Productcategorie.JEUGD_GGZ);
        VerzoekOmWijziging vow = vow(
                ref + "-vow",
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                List.of(),
                List.of(new VerzoekOmWijziging.TeWijzigenProduct(
                        bestaand.nummer(), PERIODE.begin(), LocalDate.of(2027, 6, 30), TIEN_UUR_PER_WEEK, null)),
                List.of(new VerzoekOmWijziging.NieuwProduct(
                        ggz, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), null, null)));

        assertThat(verzoeken.ontvang(vow).isGeaccepteerd()).isTrue();
        List<ToegewezenProduct> resultaat =
                verzoeken.wijsToe(AANBIEDER, ref + "-vow").waarde();

        assertThat(resultaat).hasSize(2);
        ToegewezenProduct verlengd =
                toewijzingen.toewijzing(ENSCHEDE, bestaand.nummer()).orElseThrow();
        assertThat(verlengd.periode().eind()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(verlengd.redenWijziging()).isEqualTo(RedenWijziging.GEINITIEERD_DOOR_AANBIEDER);
        assertThat(verlengd.referentieAanbieder()).isEqualTo(ref + "-vow");
        assertThat(toewijzingen.actueleToewijzingen(ENSCHEDE, AANBIEDER, client, VANDAAG))
                .hasSize(2);
        assertThat(toewijzingen.versies(ENSCHEDE, bestaand.nummer())).hasSize(2);

        // TR379: only the ToegewezenProduct that honours the verzoek carries its ReferentieAanbieder.
        ToegewezenProduct later = toewijzingen
                .verkort(ENSCHEDE, bestaand.nummer(), LocalDate.of(2027, 3, 31), RedenWijziging.VERKORTING, false)
                .waarde();
        assertThat(later.referentieAanbieder()).isNull();
        assertThat(toewijzingen.versies(ENSCHEDE, bestaand.nummer()))
                .extracting(v -> v.stand().referentieAanbieder())
                .containsExactly(ref, ref + "-vow", null);
    }

    @Test
    void vowWithOtherWeeklyOmvangEndsTheToewijzingAndStartsANewOne() {
        ToegewezenProduct bestaand = toegewezenNaVot(ref);
        Omvang meer = new Omvang(14, Eenheid.UUR, Frequentie.PER_WEEK);
        VerzoekOmWijziging vow = vow(
                ref + "-vow",
                RedenVerzoek.VERANDERING_CLIENTSITUATIE,
                List.of(),
                List.of(new VerzoekOmWijziging.TeWijzigenProduct(
                        bestaand.nummer(), LocalDate.of(2026, 4, 1), PERIODE.eind(), meer, null)),
                List.of());
        verzoeken.ontvang(vow).waarde();

        List<ToegewezenProduct> resultaat =
                verzoeken.wijsToe(AANBIEDER, ref + "-vow").waarde();

        assertThat(resultaat).hasSize(2);
        assertThat(resultaat.get(0).nummer()).isEqualTo(bestaand.nummer());
        assertThat(resultaat.get(0).periode().eind()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(resultaat)
                .allSatisfy(t -> assertThat(t.referentieAanbieder()).isEqualTo(ref + "-vow"));
        assertThat(resultaat.get(1).nummer()).isNotEqualTo(bestaand.nummer());
        assertThat(resultaat.get(1).omvang()).isEqualTo(meer);
        assertThat(resultaat.get(1).periode().begin()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void vowMustListAllActueleToewijzingen() {
        ToegewezenProduct bestaand = toegewezenNaVot(ref);
        VerzoekOmWijziging zonder = vow(
                ref + "-vow",
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                List.of(),
                List.of(),
                List.of(new VerzoekOmWijziging.NieuwProduct(
                        Productaanduiding.aspecifiek(Productcategorie.JEUGD_GGZ),
                        VANDAAG.plusDays(30),
                        null,
                        null,
                        null)));

        afgekeurd(
                verzoeken.ontvang(zonder),
                "TR349",
                Retourcode.VOW_MIST_ACTUELE_PRODUCTEN,
                bestaand.nummer().toString());

        VerzoekOmWijziging onbekend = vow(
                ref + "-vow2",
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                List.of(bestaand.nummer(), new Toewijzingnummer(1)),
                List.of(),
                List.of());
        afgekeurd(verzoeken.ontvang(onbekend), "TR350", Retourcode.ONGEWIJZIGD_PRODUCT_ZONDER_TOEWIJZING, "1");
    }

    @Test
    void vowChecksGewensteIngangsdatumAndOmvang() {
        ToegewezenProduct bestaand = toegewezenNaVot(ref);
        VerzoekOmWijziging terug = vow(
                ref + "-vow",
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                List.of(),
                List.of(new VerzoekOmWijziging.TeWijzigenProduct(
                        bestaand.nummer(), VANDAAG.minusDays(1), PERIODE.eind(), TIEN_UUR_PER_WEEK, null)),
                List.of());
        afgekeurd(verzoeken.ontvang(terug), "TR357", Retourcode.GEWENSTE_INGANGSDATUM_ONGELDIG, "01-03-2026");

        VerzoekOmWijziging zonderOmvang = vow(
                ref + "-vow",
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                List.of(),
                List.of(new VerzoekOmWijziging.TeWijzigenProduct(
                        bestaand.nummer(), PERIODE.begin(), LocalDate.of(2027, 1, 31), null, null)),
                List.of());
        afgekeurd(
                verzoeken.ontvang(zonderOmvang),
                "TR411",
                Retourcode.OMVANG_ONTBREEKT,
                bestaand.nummer().toString());

        VerzoekOmWijziging gestapeld = vow(
                ref + "-vow",
                RedenVerzoek.WIJZIGING_ZORGPLAN,
                List.of(bestaand.nummer()),
                List.of(),
                List.of(new VerzoekOmWijziging.NieuwProduct(
                        AMBULANT, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), TIEN_UUR_PER_WEEK, null)));
        afgekeurd(verzoeken.ontvang(gestapeld), "TR361", Retourcode.OVERLAPPENDE_ZORGPERIODES, "45A12");
    }

    @Test
    void vowForAnUnknownClient() {
        VerzoekOmWijziging vow =
                vow(ref, RedenVerzoek.WIJZIGING_ZORGPLAN, List.of(new Toewijzingnummer(5)), List.of(), List.of());

        afgekeurd(verzoeken.ontvang(vow), "TR304", Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT, "0153");
    }

    @Test
    void gemeenteInitiatedChangesKeepTheNumber() {
        ToegewezenProduct nieuw = toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE, client, AANBIEDER, AMBULANT, PERIODE, TIEN_UUR_PER_WEEK, null, null))
                .waarde();
        afgekeurd(
                toewijzingen.wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        client,
                        AANBIEDER,
                        AMBULANT,
                        Periode.van(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)),
                        TIEN_UUR_PER_WEEK,
                        null,
                        null)),
                "OP259",
                null,
                nieuw.nummer().toString());

        toewijzingen
                .verleng(ENSCHEDE, nieuw.nummer(), LocalDate.of(2027, 3, 31), null)
                .waarde();
        ToegewezenProduct ingetrokken = toewijzingen
                .verkort(
                        ENSCHEDE,
                        nieuw.nummer(),
                        LocalDate.of(2026, 5, 31),
                        RedenWijziging.VERHUIZING_ANDERE_GEMEENTE,
                        false)
                .waarde();

        assertThat(ingetrokken.nummer()).isEqualTo(nieuw.nummer());
        assertThat(ingetrokken.redenWijziging()).isEqualTo(RedenWijziging.VERHUIZING_ANDERE_GEMEENTE);
        assertThat(toewijzingen.versies(ENSCHEDE, nieuw.nummer()))
                .extracting(Toewijzingsversie::waarom)
                .containsExactly(
                        "Toegewezen",
                        "Verlengd tot 31-03-2027",
                        "Einddatum 31-05-2026 (Verhuizing naar een andere gemeente)");
        assertThat(toewijzingen.geldigOp(ENSCHEDE, client, AANBIEDER, LocalDate.of(2026, 5, 31)))
                .hasSize(1);
        assertThat(toewijzingen.geldigOp(ENSCHEDE, client, AANBIEDER, LocalDate.of(2026, 6, 1)))
                .isEmpty();
    }

    @Test
    void removedToewijzingIsNotActueelButStaysInTheNextJw301() {
        ToegewezenProduct nieuw = toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        client,
                        AANBIEDER,
                        Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT),
                        PERIODE,
                        null,
                        Bedrag.euro(3000),
                        "budget"))
                .waarde();

        ToegewezenProduct verwijderd =
                toewijzingen.verwijder(ENSCHEDE, nieuw.nummer()).waarde();

        assertThat(verwijderd.isVervallen()).isTrue();
        assertThat(toewijzingen.actueleToewijzingen(ENSCHEDE, AANBIEDER, client, VANDAAG))
                .isEmpty();
        assertThat(toewijzingen.toewijzingsbericht(ENSCHEDE, AANBIEDER, client, VANDAAG, Set.of(nieuw.nummer())))
                .containsExactly(verwijderd);
        afgekeurd(
                zorgtrajecten.verwerk(start(verwijderd, VANDAAG, StatusAanlevering.EERSTE_AANLEVERING)),
                "TR019",
                Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING,
                "reden 13");
        // The same product may be assigned again: a removed toewijzing does not count for stapeling.
        assertThat(toewijzingen
                        .wijsToe(new NieuweToewijzing(
                                ENSCHEDE,
                                client,
                                AANBIEDER,
                                Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT),
                                PERIODE,
                                null,
                                Bedrag.euro(2500),
                                null))
                        .isGeaccepteerd())
                .isTrue();
    }

    @Test
    void temporaryStopAndRestart() {
        ToegewezenProduct t = toegewezenNaVot(ref);
        zorgtrajecten
                .verwerk(start(t, VANDAAG, StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();
        Zorgtraject tijdelijk = zorgtrajecten
                .verwerk(stop(
                        t,
                        VANDAAG,
                        LocalDate.of(2026, 3, 20),
                        RedenBeeindiging.TIJDELIJK_BEEINDIGD,
                        StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();
        assertThat(tijdelijk.status()).isEqualTo(Zorgtraject.Status.TIJDELIJK_GESTOPT);
        afgekeurd(
                zorgtrajecten.verwerk(stop(
                        t,
                        VANDAAG,
                        LocalDate.of(2026, 3, 25),
                        RedenBeeindiging.TIJDELIJK_BEEINDIGD,
                        StatusAanlevering.EERSTE_AANLEVERING)),
                "TR413",
                Retourcode.TIJDELIJKE_STOP_AL_GEMELD,
                "20-03-2026");

        Zorgtraject hervat = zorgtrajecten
                .verwerk(start(t, LocalDate.of(2026, 4, 6), StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();

        assertThat(hervat.status()).isEqualTo(Zorgtraject.Status.GESTART);
        assertThat(hervat.perioden()).hasSize(2);
    }

    @Test
    void correctionsDeleteThenResendInOneMessage() {
        ToegewezenProduct t = toegewezenNaVot(ref);
        zorgtrajecten
                .verwerk(start(t, VANDAAG, StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();

        // One JW305 with the new start listed first: deletions are processed first (IV008).
        List<Uitkomst<Zorgtraject>> uitkomsten = zorgtrajecten.verwerkStarts(List.of(
                start(t, VANDAAG.plusDays(1), StatusAanlevering.EERSTE_AANLEVERING),
                start(t, VANDAAG, StatusAanlevering.VERWIJDEREN_AANLEVERING)));

        assertThat(uitkomsten).allMatch(Uitkomst::isGeaccepteerd);
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, t.nummer()).perioden())
                .extracting(Zorgtraject.Periode::begindatum)
                .containsExactly(VANDAAG.plusDays(1));
        afgekeurd(
                zorgtrajecten.verwerk(start(t, VANDAAG, StatusAanlevering.VERWIJDEREN_AANLEVERING)),
                "TR063",
                Retourcode.GEEN_EERDER_BERICHT,
                "02-03-2026");

        zorgtrajecten
                .verwerk(stop(
                        t,
                        VANDAAG.plusDays(1),
                        LocalDate.of(2026, 5, 1),
                        RedenBeeindiging.VOLGENS_PLAN_BEEINDIGD,
                        StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();
        afgekeurd(
                zorgtrajecten.verwerk(start(t, VANDAAG.plusDays(1), StatusAanlevering.VERWIJDEREN_AANLEVERING)),
                "TR071",
                Retourcode.START_NIET_VERWIJDERBAAR_NA_BEEINDIGING,
                "03-03-2026");
        List<Uitkomst<Zorgtraject>> stopcorrectie = zorgtrajecten.verwerkStops(List.of(
                stop(
                        t,
                        VANDAAG.plusDays(1),
                        LocalDate.of(2026, 5, 1),
                        RedenBeeindiging.VOLGENS_PLAN_BEEINDIGD,
                        StatusAanlevering.VERWIJDEREN_AANLEVERING),
                stop(
                        t,
                        VANDAAG.plusDays(1),
                        LocalDate.of(2026, 5, 15),
                        RedenBeeindiging.VOORTIJDIG_IN_OVERLEG,
                        StatusAanlevering.EERSTE_AANLEVERING)));
        assertThat(stopcorrectie).allMatch(Uitkomst::isGeaccepteerd);
        assertThat(zorgtrajecten
                        .zorgtraject(ENSCHEDE, t.nummer())
                        .perioden()
                        .get(0)
                        .reden())
                .isEqualTo(RedenBeeindiging.VOORTIJDIG_IN_OVERLEG);
    }

    @Test
    void concurrentStartsOnOneToewijzingAcceptExactlyOne() throws Exception {
        ToegewezenProduct t = toegewezenNaVot(ref);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Uitkomst<Zorgtraject>>> uitkomsten = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                LocalDate begin = VANDAAG.plusDays(i);
                uitkomsten.add(pool.submit(
                        () -> zorgtrajecten.verwerk(start(t, begin, StatusAanlevering.EERSTE_AANLEVERING))));
            }
            long geaccepteerd = 0;
            for (Future<Uitkomst<Zorgtraject>> uitkomst : uitkomsten) {
                Uitkomst<Zorgtraject> u = uitkomst.get(30, TimeUnit.SECONDS);
                if (u.isGeaccepteerd()) {
                    geaccepteerd++;
                } else {
                    assertThat(u.schendingen().get(0).regel()).isEqualTo("TR326");
                }
            }
            assertThat(geaccepteerd).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void startForAnotherAanbiederIsNotLinked() {
        ToegewezenProduct t = toegewezenNaVot(ref);
        Startmelding vreemd = new Startmelding(
                ENSCHEDE,
                new nl.jeugdregie.kern.AgbCode("12345678"),
                client,
                t.nummer(),
                t.product(),
                t.periode().begin(),
                VANDAAG,
                StatusAanlevering.EERSTE_AANLEVERING);

        afgekeurd(zorgtrajecten.verwerk(vreemd), "TR019", Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING, "12345678");
    }
}
