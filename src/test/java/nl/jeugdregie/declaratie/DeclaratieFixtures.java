package nl.jeugdregie.declaratie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/** Aanbieders with a contract, clients and prestaties for the declaratie tests, each unique per test run. */
final class DeclaratieFixtures {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final String PRODUCT = "45A48";
    static final Bedrag UURTARIEF = Bedrag.euro(84);
    static final Periode MAART = Periode.maand(YearMonth.of(2026, 3));
    static final Periode TOEWIJZINGSPERIODE = Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31));
    static final Periode PRODUCTPERIODE_MAART = Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();
    private static final int RUN = (int) (System.nanoTime() % 9000) + 500;

    private DeclaratieFixtures() {}

    /** A new aanbieder (unique AGB code) with a contract for 45A48 per hour at € 84,00 in 2026. */
    static AgbCode aanbiederMetContract(AanbiederService aanbieders, ContractService contracten) {
        int nummer = VOLGNUMMER.incrementAndGet();
        AgbCode agb = new AgbCode(String.format("98%02d%04d", nummer % 100, RUN));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, agb, "Declarerende aanbieder " + agb, PRODUCT, UURTARIEF);
        return agb;
    }

    /** A toewijzing of 10 hours a week of 45A48 from 2 March 2026, given through the real service. */
    static ToegewezenProduct tienUurPerWeek(ToewijzingService toewijzingen, AgbCode aanbieder, Bsn client) {
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        client,
                        aanbieder,
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, PRODUCT),
                        TOEWIJZINGSPERIODE,
                        new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();
    }

    /** A BSN passing the elfproef, different per call. */
    static Bsn nieuweClient() {
        return Testbsn.vanaf(200_000_000L + RUN * 10_000L + VOLGNUMMER.incrementAndGet() * 20L);
    }

    static String referentie() {
        return "R" + RUN + "X" + VOLGNUMMER.incrementAndGet();
    }

    static Prestatie debet(String ref, Bsn client, Toewijzingnummer nummer, long uren) {
        return prestatie(ref, null, client, nummer, uren, DebetCredit.DEBET);
    }

    static Prestatie credit(String ref, String vorig, Bsn client, Toewijzingnummer nummer, long uren) {
        return prestatie(ref, vorig, client, nummer, uren, DebetCredit.CREDIT);
    }

    static Prestatie prestatie(
            String ref, String vorig, Bsn client, Toewijzingnummer nummer, long uren, DebetCredit debetCredit) {
        return new Prestatie(
                ref,
                vorig,
                client,
                nummer,
                Productcategorie.JEUGDHULP_AMBULANT,
                PRODUCT,
                PRODUCTPERIODE_MAART,
                uren,
                Eenheid.UUR,
                UURTARIEF,
                UURTARIEF.maal(uren),
                debetCredit);
    }

    static Declaratie declaratie(AgbCode aanbieder, String nummer, List<Prestatie> prestaties) {
        Bedrag totaal = Bedrag.som(prestaties.stream().map(Prestatie::saldo).toList());
        return new Declaratie(
                ENSCHEDE,
                aanbieder,
                "B" + nummer,
                nummer,
                MAART,
                LocalDate.of(2026, 3, 2),
                totaal.absoluut(),
                totaal.isNegatief() ? DebetCredit.CREDIT : DebetCredit.DEBET,
                prestaties);
    }

    /**
     * Runs {@code werk} as a signed-in user with one role and, for AANBIEDER, that AGB code, as a token of the identity
     * provider would describe it.
     */
    static <T> T als(String rol, AgbCode agb, Supplier<T> werk) {
        return Testgebruikers.ingelogd(rol, agb, werk);
    }

    static String declaratienummer() {
        return "D" + RUN + "N" + VOLGNUMMER.incrementAndGet();
    }
}
