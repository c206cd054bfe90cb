package nl.jeugdregie.declaratie.bench;

import static nl.jeugdregie.declaratie.bench.Benchmarkregio.AANBIEDERS;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.Declaratie;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load test, not part of the normal run: a month of declaraties for a large region ({@link Benchmarkregio}). 500
 * aanbieders, each with a contract tariff and 60 toewijzingen (30 000 in all), each declaring one prestatie per
 * toewijzing for March 2026; one in ten prestaties breaks a rule. Prints how long checking and storing all 30 000
 * prestaties takes, each declaratie in its own transaction as the message processing would run it. Timings are
 * printed, never asserted. {@code nl.jeugdregie.berichtenverkeer.DeclaratieInboxBenchmark} takes the same month in
 * as JW323 messages through the inbox.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=DeclaratieBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@JeugdregieTest
class DeclaratieBenchmark {

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

    @Test
    void checksAMonthOfDeclaratiesOfALargeRegion() throws Exception {
        long start = System.nanoTime();
        List<Benchmarkregio.Aanbieder> regio = new Benchmarkregio(aanbieders, contracten, toewijzingen).zetOp();
        Duration opzetduur = Duration.ofNanos(System.nanoTime() - start);

        List<Declaratie> maand = new ArrayList<>();
        for (Benchmarkregio.Aanbieder aanbieder : regio) {
            maand.add(declaratie(aanbieder));
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

    private static Declaratie declaratie(Benchmarkregio.Aanbieder aanbieder) {
        List<Prestatie> prestaties = new ArrayList<>();
        int i = 0;
        for (ToegewezenProduct t : aanbieder.toewijzingen()) {
            long uren = Benchmarkregio.uren(i);
            prestaties.add(new Prestatie(
                    Benchmarkregio.referentie(aanbieder.agb(), i),
                    null,
                    t.client(),
                    t.nummer(),
                    Benchmarkregio.CATEGORIE,
                    Benchmarkregio.PRODUCT,
                    Benchmarkregio.PRODUCTPERIODE,
                    uren,
                    Eenheid.UUR,
                    Benchmarkregio.TARIEF,
                    Benchmarkregio.TARIEF.maal(uren),
                    DebetCredit.DEBET));
            i++;
        }
        Bedrag totaal = Bedrag.som(prestaties.stream().map(Prestatie::saldo).toList());
        return new Declaratie(
                Benchmarkregio.ENSCHEDE,
                aanbieder.agb(),
                "B" + aanbieder.agb(),
                "D" + aanbieder.agb(),
                Benchmarkregio.MAART,
                LocalDate.of(2026, 3, 2),
                totaal,
                DebetCredit.DEBET,
                prestaties);
    }
}
