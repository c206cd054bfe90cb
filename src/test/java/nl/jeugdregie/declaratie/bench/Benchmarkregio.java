package nl.jeugdregie.declaratie.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;

/**
 * The large region of the declaratie benchmarks: {@link #AANBIEDERS} aanbieders, each with a contract tariff for
 * {@link #PRODUCT} and {@link #PER_AANBIEDER} toewijzingen of 10 hours a week from 2 March 2026, each for its own
 * client. Every aanbieder declares one prestatie per toewijzing for March 2026; one in ten ({@link #isFout}) declares
 * more hours than assigned. Each call of {@link #zetOp()} makes a fresh region with its own AGB codes and BSNs, so
 * several can live in one database.
 */
public final class Benchmarkregio {

    public static final int AANBIEDERS = Integer.getInteger("benchmark.aanbieders", 500);
    public static final int PER_AANBIEDER = Integer.getInteger("benchmark.prestaties", 60);
    public static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    public static final String PRODUCT = "45A48";
    public static final Productcategorie CATEGORIE = Productcategorie.JEUGDHULP_AMBULANT;
    public static final Bedrag TARIEF = Bedrag.euro(84);
    public static final Periode MAART = Periode.maand(YearMonth.of(2026, 3));
    public static final Periode PRODUCTPERIODE = Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));

    /** Run numbers 10 to 89: the third and fourth digit of the AGB codes, and the BSN range of a region. */
    private static final AtomicInteger RUNS = new AtomicInteger((int) (System.nanoTime() % 80));

    /** One aanbieder of the region with its toewijzingen, in the order its prestaties are declared. */
    public record Aanbieder(AgbCode agb, List<ToegewezenProduct> toewijzingen) {}

    private final AanbiederService aanbieders;
    private final ContractService contracten;
    private final ToewijzingService toewijzingen;

    public Benchmarkregio(AanbiederService aanbieders, ContractService contracten, ToewijzingService toewijzingen) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
        this.toewijzingen = toewijzingen;
    }

    /** Registers a fresh region (aanbieders, contracts, tariffs, toewijzingen), two aanbieders at a time. */
    public List<Aanbieder> zetOp() throws InterruptedException, ExecutionException {
        return zetOp(AANBIEDERS);
    }

    /** A fresh region like {@link #zetOp()} with another number of aanbieders, e.g. a small one to warm up with. */
    public List<Aanbieder> zetOp(int aantal) throws InterruptedException, ExecutionException {
        int run = Math.floorMod(RUNS.getAndIncrement(), 80) + 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Aanbieder>> taken = new ArrayList<>();
            for (int a = 0; a < aantal; a++) {
                int nummer = a;
                taken.add(pool.submit(() -> zetOp(run, nummer)));
            }
            List<Aanbieder> regio = new ArrayList<>();
            for (Future<Aanbieder> taak : taken) {
                regio.add(taak.get());
            }
            return regio;
        } finally {
            pool.shutdown();
        }
    }

    /** Whether the i-th prestatie of an aanbieder breaks a rule (more hours than the toewijzing allows). */
    public static boolean isFout(int i) {
        return i % 10 == 9;
    }

    /** Hours declared in the i-th prestatie: one in ten above the 50 hours of weeks 10 to 14, the others below. */
    public static long uren(int i) {
        return isFout(i) ? 60 : 20 + i % 20;
    }

    /** The ProductReferentie of the i-th prestatie of an aanbieder. */
    public static String referentie(AgbCode aanbieder, int i) {
        return "P" + aanbieder.value() + "N" + i;
    }

    private Aanbieder zetOp(int run, int nummer) {
        AgbCode agb = new AgbCode(String.format("97%02d%04d", run, nummer));
        InkoopFixtures.aanbiederMetContract(aanbieders, contracten, agb, "Benchmark " + agb, PRODUCT, TARIEF);
        List<ToegewezenProduct> lijst = new ArrayList<>();
        for (int i = 0; i < PER_AANBIEDER; i++) {
            lijst.add(toewijzingen
                    .wijsToe(new NieuweToewijzing(
                            ENSCHEDE,
                            client(run, nummer * PER_AANBIEDER + i),
                            agb,
                            Productaanduiding.specifiek(CATEGORIE, PRODUCT),
                            Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                            new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                            null,
                            null))
                    .waarde());
        }
        return new Aanbieder(agb, List.copyOf(lijst));
    }

    /** The n-th BSN of a run passing the elfproef. */
    private static Bsn client(int run, int n) {
        return Testbsn.vanaf(300_000_000L + run * 4_000_000L + n * 100L);
    }
}
