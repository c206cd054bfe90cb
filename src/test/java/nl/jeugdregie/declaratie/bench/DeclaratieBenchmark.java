package nl.jeugdregie.declaratie.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.Declaratie;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.inkoop.AanbiederGegevens;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractGegevens;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Relatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Product;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load test, not part of the normal run: a month of declaraties for a large region. 500 aanbieders, each with a
 * contract tariff and 60 toewijzingen (30 000 in all), each declaring one prestatie per toewijzing for March 2026;
 * one in ten prestaties breaks a rule. Prints how long checking and storing all 30 000 prestaties takes, each
 * declaratie in its own transaction as the message processing would run it. Timings are printed, never asserted.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=DeclaratieBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@JeugdregieTest
class DeclaratieBenchmark {

    static final int AANBIEDERS = Integer.getInteger("benchmark.aanbieders", 500);
    static final int PER_AANBIEDER = Integer.getInteger("benchmark.prestaties", 60);
    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final String PRODUCT = "45A48";
    static final Bedrag TARIEF = Bedrag.euro(84);
    static final Periode MAART = Periode.maand(YearMonth.of(2026, 3));
    static final Periode PRODUCTPERIODE = Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
    static final int RUN = (int) (System.nanoTime() % 80) + 10;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    TransactionTemplate transacties;

    record Opzet(AgbCode aanbieder, List<ToegewezenProduct> toewijzingen) {}

    @Test
    void checksAMonthOfDeclaratiesOfALargeRegion() throws Exception {
        long start = System.nanoTime();
        List<Opzet> opzet = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Opzet>> taken = new ArrayList<>();
            for (int a = 0; a < AANBIEDERS; a++) {
                int nummer = a;
                taken.add(pool.submit(() -> zetOp(nummer)));
            }
            for (Future<Opzet> taak : taken) {
                opzet.add(taak.get());
            }
        } finally {
            pool.shutdown();
        }
        Duration opzetduur = Duration.ofNanos(System.nanoTime() - start);

        List<Declaratie> maand = new ArrayList<>();
        for (Opzet o : opzet) {
            maand.add(declaratie(o));
        }
        int prestaties = maand.stream().mapToInt(d -> d.prestaties().size()).sum();

        long begin = System.nanoTime();
        int afgewezen = 0;
        for (Declaratie d : maand) {
            Beoordeling b = transacties.execute(s -> declaraties.beoordeel(d));
            afgewezen += b.afgewezen().size();
        }
        Duration duur = Duration.ofNanos(System.nanoTime() - begin);

        System.out.printf(
                "%nDeclaratie benchmark: %d aanbieders, %d prestaties (%d afgewezen) beoordeeld en opgeslagen in %.2f s"
                        + " (%.0f prestaties/s); opzet van toewijzingen en contracten %.1f s, %d processors%n%n",
                AANBIEDERS,
                prestaties,
                afgewezen,
                duur.toMillis() / 1000.0,
                prestaties / (duur.toNanos() / 1e9),
                opzetduur.toMillis() / 1000.0,
                Runtime.getRuntime().availableProcessors());
    }

    private Opzet zetOp(int nummer) {
        AgbCode agb = new AgbCode(String.format("97%02d%04d", RUN, nummer));
        aanbieders.voegToe(
                new AanbiederGegevens(agb, null, "Benchmark " + agb, Relatie.REGULIER, null, null, List.of()));
        long contract = contracten
                .voegToe(new ContractGegevens(
                        "BENCH-" + agb,
                        agb,
                        "Ambulant",
                        Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        null))
                .id();
        contracten.voegProductToe(contract, PRODUCT, Eenheid.UUR);
        contracten.voegTariefToe(
                contract, PRODUCT, TARIEF, Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        List<ToegewezenProduct> lijst = new ArrayList<>();
        for (int i = 0; i < PER_AANBIEDER; i++) {
            lijst.add(toewijzingen
                    .wijsToe(new NieuweToewijzing(
                            ENSCHEDE,
                            client(nummer * PER_AANBIEDER + i),
                            agb,
                            Product.specifiek(Productcategorie.JEUGDHULP_AMBULANT, PRODUCT),
                            Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                            new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                            null,
                            null))
                    .waarde());
        }
        return new Opzet(agb, lijst);
    }

    private static Declaratie declaratie(Opzet o) {
        List<Prestatie> prestaties = new ArrayList<>();
        int i = 0;
        for (ToegewezenProduct t : o.toewijzingen()) {
            long uren = i % 10 == 9 ? 60 : 20 + i % 20; // one in ten above the 50 hours of weeks 10 to 14
            prestaties.add(new Prestatie(
                    "P" + o.aanbieder() + "N" + i,
                    null,
                    t.client(),
                    t.nummer(),
                    Productcategorie.JEUGDHULP_AMBULANT,
                    PRODUCT,
                    PRODUCTPERIODE,
                    uren,
                    Eenheid.UUR,
                    TARIEF,
                    TARIEF.maal(uren),
                    DebetCredit.DEBET));
            i++;
        }
        Bedrag totaal = Bedrag.som(prestaties.stream().map(Prestatie::saldo).toList());
        return new Declaratie(
                ENSCHEDE,
                o.aanbieder(),
                "B" + o.aanbieder(),
                "D" + o.aanbieder(),
                MAART,
                LocalDate.of(2026, 3, 2),
                totaal,
                DebetCredit.DEBET,
                prestaties);
    }

    /** The n-th BSN of this run passing the elfproef. */
    private static Bsn client(int n) {
        for (int kandidaat = 300_000_000 + RUN * 4_000_000 + n * 100; ; kandidaat++) {
            String cijfers = Integer.toString(kandidaat);
            if (Bsn.voldoetAanElfproef(cijfers)) {
                return new Bsn(cijfers);
            }
        }
    }
}
