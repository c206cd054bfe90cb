package nl.jeugdregie.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.junit.jupiter.api.Test;

/** Each berichtoverstijgende rule of the JW323 on its own, without Spring or database. */
class DeclaratiecontrolesTest {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final AgbCode AANBIEDER = new AgbCode("99000001");
    static final Bsn CLIENT = new Bsn("999993653");
    static final Bsn ANDERE_CLIENT = new Bsn("999990019");
    static final Periode APRIL = Periode.maand(java.time.YearMonth.of(2026, 4));
    static final Periode WEEK_15 = Periode.van(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 12));
    static final Bedrag UURTARIEF = Bedrag.euro(80);

    final Map<Long, Toewijzingstand> toewijzingen = new HashMap<>();
    final Map<String, List<Contracttarief>> tarieven = new HashMap<>();
    final Map<String, EerderePrestatie> eerder = new HashMap<>();
    final Map<Long, List<EerderePrestatie>> debets = new HashMap<>();
    final Map<Long, Map<Eenheid, Long>> volume = new HashMap<>();
    final Map<Long, Bedrag> bedrag = new HashMap<>();
    boolean nummerBekend;

    DeclaratiecontrolesTest() {
        toewijzingen.put(1L, toewijzing(1, 10L, Frequentie.PER_WEEK, null, false));
        tarieven.put(
                "45A12",
                List.of(new Contracttarief(
                        "C1", "45A12", "45", Eenheid.UUR, UURTARIEF, Periode.vanaf(LocalDate.of(2026, 1, 1)))));
    }

    static Toewijzingstand toewijzing(
            long nummer, Long volume, Frequentie frequentie, Bedrag budget, boolean verwijderd) {
        return new Toewijzingstand(
                new Toewijzingnummer(nummer),
                ENSCHEDE,
                CLIENT.value(),
                AANBIEDER,
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                volume,
                volume == null ? null : Eenheid.UUR,
                volume == null ? null : frequentie,
                budget,
                verwijderd);
    }

    static Prestatie debet(String ref, long toewijzing, Periode periode, long uren) {
        return new Prestatie(
                ref,
                null,
                CLIENT,
                new Toewijzingnummer(toewijzing),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                periode,
                uren,
                Eenheid.UUR,
                UURTARIEF,
                UURTARIEF.maal(uren),
                DebetCredit.DEBET);
    }

    static Prestatie credit(String ref, String vorig, Periode periode, long uren) {
        return new Prestatie(
                ref,
                vorig,
                CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                periode,
                uren,
                Eenheid.UUR,
                UURTARIEF,
                UURTARIEF.maal(uren),
                DebetCredit.CREDIT);
    }

    static Declaratie declaratie(Prestatie... prestaties) {
        Bedrag totaal =
                Bedrag.som(List.of(prestaties).stream().map(Prestatie::saldo).toList());
        return new Declaratie(
                ENSCHEDE,
                AANBIEDER,
                "B1",
                "D1",
                APRIL,
                LocalDate.of(2026, 5, 3),
                totaal.absoluut(),
                totaal.isNegatief() ? DebetCredit.CREDIT : DebetCredit.DEBET,
                List.of(prestaties));
    }

    /** An approved, not credited debet D0 of 10 hours in April on toewijzing 1. */
    static EerderePrestatie goedgekeurdeDebetD0() {
        return new EerderePrestatie(
                "D0",
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                APRIL,
                10,
                Eenheid.UUR,
                DebetCredit.DEBET,
                true,
                false);
    }

    Controlegegevens gegevens() {
        return new Controlegegevens(
                toewijzingen,
                tarieven,
                eerder,
                debets,
                volume,
                bedrag,
                nummerBekend,
                Bsn::value,
                LocalDate.of(2026, 5, 4));
    }

    List<Prestatiebeoordeling> beoordeel(Prestatie... prestaties) {
        return Declaratiecontroles.prestaties(declaratie(prestaties), gegevens());
    }

    Afkeuring enige(Prestatiebeoordeling b) {
        assertThat(b.afkeuringen()).hasSize(1);
        return b.afkeuringen().get(0);
    }

    @Test
    void acceptsPrestatieWithinToewijzingAndContract() {
        assertThat(beoordeel(debet("R1", 1, APRIL, 40)))
                .singleElement()
                .satisfies(b -> assertThat(b.isGoedgekeurd()).isTrue());
    }

    @Test
    void rejectsVolumeAboveWeeklyVolumeNamingTheWeek() {
        Toewijzingstand t = toewijzing(1, 10L, Frequentie.PER_WEEK, null, false);
        toewijzingen.put(
                1L,
                new Toewijzingstand(
                        t.nummer(),
                        ENSCHEDE,
                        t.clientsleutel(),
                        AANBIEDER,
                        t.categorie(),
                        t.code(),
                        WEEK_15,
                        10L,
                        Eenheid.UUR,
                        Frequentie.PER_WEEK,
                        null,
                        false));
        Afkeuring a = enige(beoordeel(debet("R1", 1, WEEK_15, 14)).get(0));
        assertThat(a.regel()).isEqualTo("TR321");
        assertThat(a.retourcode()).isEqualTo(Retourcode.VOLUME_OVERSCHRIJDT_TOEWIJZING);
        assertThat(a.toelichting()).startsWith("Geleverd 14 uur, toegewezen 10 uur per week in week 15");
    }

    @Test
    void countsIsoWeeksOfAMonth() {
        // April 2026 touches ISO weeks 14 to 18: 5 weeks, so at most 50 hours.
        Afkeuring a = enige(beoordeel(debet("R1", 1, APRIL, 51)).get(0));
        assertThat(a.toelichting()).contains("week 14 t/m 18 (5 weken)", "hoogstens 50 uur");
        assertThat(Declaratiecontroles.isoWeken(Periode.van(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 10))))
                .isEqualTo(2);
    }

    @Test
    void rejectsSumAboveTotalVolume() {
        toewijzingen.put(1L, toewijzing(1, 100L, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR, null, false));
        volume.put(1L, Map.of(Eenheid.UUR, 90L));
        Afkeuring a = enige(beoordeel(debet("R1", 1, APRIL, 20)).get(0));
        assertThat(a.regel()).isEqualTo("TR322");
        assertThat(a.retourcode()).isEqualTo(Retourcode.SOM_VOLUMES_OVERSCHRIJDT_TOEWIJZING);
        assertThat(a.toelichting()).contains("110 uur", "toegewezen is 100 uur");
    }

    @Test
    void rejectsAmountAboveBudget() {
        toewijzingen.put(1L, toewijzing(1, null, null, Bedrag.euro(1000), false));
        bedrag.put(1L, Bedrag.euro(900));
        Afkeuring a = enige(beoordeel(debet("R1", 1, APRIL, 2)).get(0));
        assertThat(a.regel()).isEqualTo("TR369");
        assertThat(a.retourcode()).isEqualTo(Retourcode.BUDGET_OVERSCHREDEN);
        assertThat(a.toelichting()).contains("€ 1.060,00", "€ 1.000,00");
    }

    @Test
    void rejectsPeriodBeforeAndAfterToewijzing() {
        toewijzingen.put(
                1L,
                new Toewijzingstand(
                        new Toewijzingnummer(1),
                        ENSCHEDE,
                        CLIENT.value(),
                        AANBIEDER,
                        Productcategorie.JEUGDHULP_AMBULANT,
                        "45A12",
                        Periode.van(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20)),
                        null,
                        null,
                        null,
                        null,
                        false));
        List<Afkeuring> a = beoordeel(debet("R1", 1, APRIL, 1)).get(0).afkeuringen();
        assertThat(a).extracting(Afkeuring::regel).contains("TR307", "TR308");
        assertThat(a).filteredOn(x -> x.regel().equals("TR307")).singleElement().satisfies(x -> {
            assertThat(x.retourcode()).isEqualTo(Retourcode.BEGINDATUM_PRESTATIE_BUITEN_TOEWIJZING);
            assertThat(x.toelichting()).contains("01-04-2026", "10-04-2026");
        });
    }

    @Test
    void rejectsProductPeriodNotAWholeMonth() {
        Afkeuring a =
                enige(beoordeel(debet("R1", 1, Periode.van(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 12)), 2))
                        .get(0));
        assertThat(a.regel()).isEqualTo("TR388");
        assertThat(a.toelichting()).contains("12-04-2026", "30-04-2026");
    }

    @Test
    void rejectsOtherProductCategoryCodeAndEenheid() {
        Prestatie p = new Prestatie(
                "R1",
                null,
                CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A13",
                APRIL,
                2,
                Eenheid.ETMAAL,
                UURTARIEF,
                UURTARIEF.maal(2),
                DebetCredit.DEBET);
        List<Afkeuring> a = beoordeel(p).get(0).afkeuringen();
        assertThat(a).extracting(Afkeuring::regel).contains("TR340", "TR341");
        assertThat(a)
                .extracting(Afkeuring::retourcode)
                .contains(Retourcode.PRODUCTCODE_WIJKT_AF, Retourcode.EENHEID_WIJKT_AF);
        assertThat(a)
                .filteredOn(x -> x.regel().equals("TR340"))
                .singleElement()
                .satisfies(x -> assertThat(x.toelichting()).contains("45A13", "45A12"));
    }

    @Test
    void pricesMinutesOnAnHourlyTariffAsHourlyTariffTimesMinutesDividedBySixty() {
        Bedrag perMinuut = new Bedrag(133); // ProductTarief: 80 euro / 60, rounded half up (IV081)
        Prestatie goed = new Prestatie(
                "R1",
                null,
                CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                APRIL,
                90,
                Eenheid.MINUUT,
                perMinuut,
                Bedrag.euro(120),
                DebetCredit.DEBET);
        Prestatie perMinuutGerekend = new Prestatie(
                "R2",
                null,
                CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                Periode.maand(java.time.YearMonth.of(2026, 3)),
                90,
                Eenheid.MINUUT,
                perMinuut,
                perMinuut.maal(90),
                DebetCredit.DEBET);
        List<Prestatiebeoordeling> b = beoordeel(goed, perMinuutGerekend);
        assertThat(b.get(0).afkeuringen()).isEmpty();
        Afkeuring a = enige(b.get(1));
        assertThat(a.regel()).isEqualTo("TR346");
        assertThat(a.toelichting()).contains("€ 119,70", "(€ 80,00 per uur x 90 minuten) / 60 = € 120,00");
    }

    @Test
    void rejectsTariffOtherThanContractAndAmountNotVolumeTimesTariff() {
        Prestatie p = new Prestatie(
                "R1",
                null,
                CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                APRIL,
                3,
                Eenheid.UUR,
                Bedrag.euro(90),
                Bedrag.euro(250),
                DebetCredit.DEBET);
        List<Afkeuring> a = beoordeel(p).get(0).afkeuringen();
        assertThat(a)
                .extracting(Afkeuring::retourcode)
                .containsExactly(Retourcode.TARIEF_WIJKT_AF_VAN_CONTRACT, Retourcode.BEDRAG_NIET_VOLUME_MAAL_TARIEF);
        assertThat(a.get(0).toelichting()).contains("€ 90,00", "€ 80,00", "C1");
        assertThat(a.get(1).toelichting()).contains("€ 250,00", "3 uur x € 90,00 = € 270,00");
    }

    @Test
    void rejectsWithoutContractTariff() {
        tarieven.clear();
        Afkeuring a = enige(beoordeel(debet("R1", 1, APRIL, 1)).get(0));
        assertThat(a.retourcode()).isEqualTo(Retourcode.TARIEF_WIJKT_AF_VAN_CONTRACT);
        assertThat(a.toelichting()).contains("geen contracttarief", "45A12", "01-04-2026");
    }

    @Test
    void rejectsUnknownToewijzingAndOtherClientAndRemovedToewijzing() {
        toewijzingen.put(2L, toewijzing(2, 10L, Frequentie.PER_WEEK, null, true));
        Prestatie andereClient = new Prestatie(
                "R2",
                null,
                ANDERE_CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A12",
                APRIL,
                1,
                Eenheid.UUR,
                UURTARIEF,
                UURTARIEF,
                DebetCredit.DEBET);
        List<Prestatiebeoordeling> b = beoordeel(debet("R1", 7, APRIL, 1), andereClient, debet("R3", 2, APRIL, 1));
        assertThat(enige(b.get(0)).retourcode()).isEqualTo(Retourcode.PRESTATIE_ZONDER_TOEGEWEZEN_PRODUCT);
        assertThat(enige(b.get(0)).toelichting()).contains("Toewijzing 7");
        assertThat(enige(b.get(1)).retourcode()).isEqualTo(Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT);
        assertThat(enige(b.get(2)).regel()).isEqualTo("TR384");
        assertThat(enige(b.get(2)).retourcode()).isEqualTo(Retourcode.DECLARATIE_OP_VERWIJDERDE_TOEWIJZING);
    }

    @Test
    void rejectsDuplicateReferentienummerWithinAndAcrossMessages() {
        eerder.put(
                "OUD",
                new EerderePrestatie(
                        "OUD",
                        new Toewijzingnummer(1),
                        Productcategorie.JEUGDHULP_AMBULANT,
                        "45A12",
                        Periode.maand(java.time.YearMonth.of(2026, 3)),
                        1,
                        Eenheid.UUR,
                        DebetCredit.DEBET,
                        false,
                        false));
        List<Prestatiebeoordeling> b = beoordeel(
                debet("OUD", 1, APRIL, 1),
                debet("R1", 1, APRIL, 1),
                debet("R1", 1, Periode.maand(java.time.YearMonth.of(2026, 3)), 1));
        assertThat(enige(b.get(0)).regel()).isEqualTo("TR314");
        assertThat(enige(b.get(0)).toelichting()).contains("eerdere declaratie");
        assertThat(b.get(1).isGoedgekeurd()).isTrue();
        assertThat(enige(b.get(2)).retourcode()).isEqualTo(Retourcode.REFERENTIENUMMER_AL_AANGELEVERD);
    }

    @Test
    void rejectsTheSecondOfTwoIdenticalPrestaties() {
        List<Prestatiebeoordeling> b = beoordeel(debet("R1", 1, APRIL, 1), debet("R1", 1, APRIL, 1));
        assertThat(b.get(0).isGoedgekeurd()).isTrue();
        assertThat(b.get(1).retourcodes())
                .containsExactly(Retourcode.REFERENTIENUMMER_AL_AANGELEVERD, Retourcode.DEBET_ZONDER_CREDIT);
    }

    @Test
    void rejectsProductPeriodAfterDeclaratiePeriod() {
        Periode mei = Periode.maand(java.time.YearMonth.of(2026, 5));
        Afkeuring a = enige(beoordeel(debet("R1", 1, mei, 1)).get(0));
        assertThat(a.regel()).isEqualTo("TR319");
        assertThat(a.retourcode()).isEqualTo(Retourcode.PRODUCTPERIODE_BUITEN_DECLARATIEPERIODE);
    }

    @Test
    void creditNeedsAnApprovedDebet() {
        Afkeuring a = enige(beoordeel(credit("C1", "ONBEKEND", APRIL, 1)).get(0));
        assertThat(a.regel()).isEqualTo("TR323");
        assertThat(a.retourcode()).isEqualTo(Retourcode.CREDIT_ZONDER_DEBET);
        assertThat(a.toelichting()).contains("ONBEKEND");
    }

    @Test
    void creditOnceAndThenANewDebetInTheSameDeclaratie() {
        EerderePrestatie oud = goedgekeurdeDebetD0();
        eerder.put("D0", oud);
        debets.put(1L, List.of(oud));
        volume.put(1L, Map.of(Eenheid.UUR, 10L));
        List<Prestatiebeoordeling> b =
                beoordeel(debet("D1", 1, APRIL, 8), credit("C1", "D0", APRIL, 10), credit("C2", "D0", APRIL, 10));
        assertThat(b.get(0).isGoedgekeurd()).isTrue();
        assertThat(b.get(1).isGoedgekeurd()).isTrue();
        assertThat(enige(b.get(2)).regel()).isEqualTo("TR390");
        assertThat(enige(b.get(2)).retourcode()).isEqualTo(Retourcode.CREDIT_AL_AANGELEVERD);
    }

    @Test
    void acceptsACreditOnAToewijzingRemovedOrShortenedSinceItsDebet() {
        EerderePrestatie oud = goedgekeurdeDebetD0();
        eerder.put("D0", oud);
        Toewijzingstand verkort = toewijzing(1, 10L, Frequentie.PER_WEEK, null, false);
        toewijzingen.put(
                1L,
                new Toewijzingstand(
                        verkort.nummer(),
                        verkort.gemeente(),
                        verkort.clientsleutel(),
                        verkort.aanbieder(),
                        verkort.categorie(),
                        verkort.code(),
                        Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                        verkort.volume(),
                        verkort.eenheid(),
                        verkort.frequentie(),
                        null,
                        false));
        assertThat(beoordeel(credit("C1", "D0", APRIL, 10)).get(0).afkeuringen())
                .as("IV085: the gemeente cannot refuse a credit for a period the toewijzing no longer covers")
                .isEmpty();

        toewijzingen.put(1L, toewijzing(1, 10L, Frequentie.PER_WEEK, null, true));
        assertThat(beoordeel(credit("C2", "D0", APRIL, 10)).get(0).afkeuringen())
                .as("nor on a toewijzing removed since (TR384 is about declaring, not crediting)")
                .isEmpty();
    }

    @Test
    void rejectsSecondDebetWithoutCredit() {
        EerderePrestatie oud = goedgekeurdeDebetD0();
        debets.put(1L, List.of(oud));
        Afkeuring a = enige(beoordeel(debet("D1", 1, APRIL, 8)).get(0));
        assertThat(a.regel()).isEqualTo("TR389");
        assertThat(a.retourcode()).isEqualTo(Retourcode.DEBET_ZONDER_CREDIT);
    }

    @Test
    void rejectsWholeDeclaratieOnKnownNumberOrCreditInSameMessage() {
        nummerBekend = true;
        assertThat(Declaratiecontroles.declaratie(declaratie(debet("R1", 1, APRIL, 1)), gegevens())
                        .retourcode())
                .isEqualTo(Retourcode.DECLARATIENUMMER_NIET_UNIEK);
        nummerBekend = false;
        Afkeuring a = Declaratiecontroles.declaratie(
                declaratie(debet("R1", 1, APRIL, 1), credit("C1", "R1", APRIL, 1)), gegevens());
        assertThat(a.regel()).isEqualTo("TR316");
        assertThat(a.retourcode()).isEqualTo(Retourcode.TECHNISCH_AFGEKEURD);
    }

    @Test
    void rejectsWholeDeclaratieDatedInTheFuture() {
        Declaratie d = new Declaratie(
                ENSCHEDE,
                AANBIEDER,
                "B1",
                "D1",
                APRIL,
                LocalDate.of(2026, 5, 5),
                Bedrag.NUL,
                DebetCredit.DEBET,
                List.of(debet("R1", 1, APRIL, 0)));
        Afkeuring a = Declaratiecontroles.declaratie(d, gegevens());
        assertThat(a.regel()).isEqualTo("TR135");
        assertThat(a.retourcode()).isEqualTo(Retourcode.DAGTEKENING_NA_SYSTEEMDATUM);
        assertThat(a.toelichting()).contains("05-05-2026", "04-05-2026");
    }

    @Test
    void rejectsProductCodeOfAnotherCategory() {
        Prestatie p = new Prestatie(
                "R1",
                null,
                CLIENT,
                new Toewijzingnummer(3),
                Productcategorie.ZONDER_VERBLIJF_AMBULANT,
                "45A12",
                APRIL,
                1,
                Eenheid.UUR,
                UURTARIEF,
                UURTARIEF,
                DebetCredit.DEBET);
        toewijzingen.put(
                3L,
                new Toewijzingstand(
                        new Toewijzingnummer(3),
                        ENSCHEDE,
                        CLIENT.value(),
                        AANBIEDER,
                        null,
                        null,
                        Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        null,
                        null,
                        null,
                        null,
                        false));
        Afkeuring a = enige(beoordeel(p).get(0));
        assertThat(a.regel()).isEqualTo("TR381");
        assertThat(a.retourcode()).isEqualTo(Retourcode.PRODUCTCODE_HOORT_NIET_BIJ_CATEGORIE);
        assertThat(a.toelichting()).contains("45A12", "productcategorie Jeugdhulp ambulant (45)", "niet bij", "(32)");
    }

    @Test
    void answerHoldsOnlyRejectedPrestatiesAndTheTotals() {
        Declaratie d = declaratie(debet("R1", 1, APRIL, 40), debet("R2", 7, APRIL, 1));
        List<Prestatiebeoordeling> b = Declaratiecontroles.prestaties(d, gegevens());
        Beoordeling beoordeling = new Beoordeling(d, 1L, null, b, d.totaalSaldo(), Bedrag.euro(3200));
        Declaratieantwoord antwoord = beoordeling.antwoord();
        assertThat(antwoord.header()).containsExactly(Retourcode.GEEN_OPMERKING);
        assertThat(antwoord.declaratieRetourcodes()).containsExactly(Retourcode.GEEN_OPMERKING);
        assertThat(antwoord.totaalIngediend()).isEqualTo(Bedrag.euro(3280));
        assertThat(antwoord.totaalToegekend()).isEqualTo(Bedrag.euro(3200));
        assertThat(antwoord.clienten())
                .singleElement()
                .satisfies(c -> assertThat(c.prestaties()).singleElement().satisfies(p -> {
                    assertThat(p.prestatie().referentienummer()).isEqualTo("R2");
                    assertThat(p.retourcodes()).containsExactly(Retourcode.PRESTATIE_ZONDER_TOEGEWEZEN_PRODUCT);
                }));
        Declaratieantwoord volledig =
                new Beoordeling(d, 1L, null, List.of(b.get(0)), d.totaalSaldo(), d.totaalSaldo()).antwoord();
        assertThat(volledig.declaratieRetourcodes()).containsExactly(Retourcode.DECLARATIE_VOLLEDIG_TOEGEWEZEN);
        assertThat(volledig.clienten()).isEmpty();
    }
}
