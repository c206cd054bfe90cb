package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.declaratie.bench.Benchmarkregio;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtLezer;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Element;
import nl.jeugdregie.ijw.Jw323;
import nl.jeugdregie.ijw.Jw325;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Load test, not part of the normal run: the month of {@code DeclaratieBenchmark} taken in through the inbox. The same
 * large region ({@link Benchmarkregio}: 500 aanbieders, a contract tariff each, 60 toewijzingen each, one in ten
 * prestaties breaking a rule), but each aanbieder's month arrives as a real JW323 message (60 clients with one
 * prestatie each), written with {@link BerichtSchrijver}, taken in with {@link Berichtenbus#ontvang} and processed with
 * {@link Berichtverwerking#verwerk}, each message in its own transaction.
 *
 * <p>A small month of {@value #OPWARMEN} aanbieders goes through first to warm up the JVM (not counted). Then it prints,
 * per phase: writing the XML (not counted), intake (XSD check and storing the raw message), processing (level 1 and 2
 * validation, the JW323 checks against toewijzing and contract, storing the declaratie, writing and storing the JW325)
 * and the total. A second region of the same size is then processed by two workers at once, each walking the waiting
 * messages and claiming them as two nodes would. Asserts only the outcome: every message VERWERKT, exactly one JW325
 * each, rejecting exactly the broken prestaties. Timings are printed, never asserted; the load average printed with
 * them shows whether something else competed for the processors (the test and its database alone make about 2 to 3).
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=DeclaratieInboxBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DeclaratieInboxBenchmark extends BerichtenverkeerContext {

    /**
     * The test clock stands at 2 March 2026. The message is dated at the end of the month, as a prestatie may not end
     * after the dagtekening of its message (TR137); the DeclaratieDagtekening is today, as a declaratie dated after
     * today is rejected whole. The domain-level benchmark declares with the same date.
     */
    private static final LocalDate DAGTEKENING_BERICHT = LocalDate.of(2026, 3, 31);

    private static final LocalDate DAGTEKENING_DECLARATIE = LocalDate.of(2026, 3, 2);

    /** Aanbieders in the warm-up month, so that the measured rounds run on a warmed-up JVM, as on a running node. */
    private static final int OPWARMEN = 50;

    @Autowired
    Berichtverwerking verwerking;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    ToewijzingService toewijzingen;

    /** One aanbieder's month as a JW323 message, with the ProductReferenties that should be rejected. */
    record Bestand(String naam, byte[] inhoud, Set<String> fout) {}

    @Test
    void takesInAndProcessesAMonthOfDeclaratiesOfALargeRegion() throws Exception {
        Benchmarkregio regio = new Benchmarkregio(aanbieders, contracten, toewijzingen);
        long start = System.nanoTime();
        List<Benchmarkregio.Aanbieder> opwarmregio = regio.zetOp(OPWARMEN);
        List<Benchmarkregio.Aanbieder> eerste = regio.zetOp();
        List<Benchmarkregio.Aanbieder> tweede = regio.zetOp();
        double opzet = seconden(start);

        start = System.nanoTime();
        List<Bestand> opwarmmaand = berichten(opwarmregio);
        List<UUID> opwarmids = neemIn(opwarmmaand);
        verwerk(opwarmids);
        double opwarmen = seconden(start);
        controleer(opwarmids, opwarmmaand);

        double belastingVooraf = belasting();
        start = System.nanoTime();
        List<Bestand> maand = berichten(eerste);
        double schrijven = seconden(start);
        List<Bestand> maandTweedeRegio = berichten(tweede);
        long bytes = maand.stream().mapToLong(b -> b.inhoud().length).sum();

        start = System.nanoTime();
        List<UUID> ids = neemIn(maand);
        double inname = seconden(start);

        start = System.nanoTime();
        verwerk(ids);
        double verwerken = seconden(start);

        start = System.nanoTime();
        List<UUID> idsTweedeRegio = neemIn(maandTweedeRegio);
        double innameTweedeRegio = seconden(start);

        start = System.nanoTime();
        List<Integer> perWerker = verwerkMetTweeWerkers(idsTweedeRegio);
        double verwerkenTweeWerkers = seconden(start);
        double belastingAchteraf = belasting();

        int afgewezen = controleer(ids, maand);
        int afgewezenTweedeRegio = controleer(idsTweedeRegio, maandTweedeRegio);
        assertThat(perWerker.stream().mapToInt(Integer::intValue).sum()).isEqualTo(idsTweedeRegio.size());

        int prestaties = Benchmarkregio.AANBIEDERS * Benchmarkregio.PER_AANBIEDER;
        System.out.printf(
                """

                Declaratie-inbox benchmark: %d JW323-berichten (%d aanbieders, %d prestaties, %d afgewezen), %.1f MB XML
                  XML schrijven (niet meegeteld)                                 %6.2f s
                  inname (XSD, opslag)                                           %6.2f s
                  verwerking (niveau 1-2, JW323-controles, declaraties, JW325)   %6.2f s  (%.0f prestaties/s)
                  totaal                                                         %6.2f s
                tweede regio van dezelfde omvang (%d afgewezen), 2 werkers:
                  inname (XSD, opslag)                                           %6.2f s
                  verwerking met 2 werkers                                       %6.2f s  (%.0f prestaties/s; %d + %d berichten)
                  totaal                                                         %6.2f s
                opwarmen met %d aanbieders %.1f s (niet meegeteld); opzet van de regio's %.1f s; %d processors;
                load average (1 min, deze test meegerekend) %.2f voor en %.2f na het meten

                """,
                ids.size(),
                Benchmarkregio.AANBIEDERS,
                prestaties,
                afgewezen,
                bytes / 1e6,
                schrijven,
                inname,
                verwerken,
                prestaties / verwerken,
                inname + verwerken,
                afgewezenTweedeRegio,
                innameTweedeRegio,
                verwerkenTweeWerkers,
                prestaties / verwerkenTweeWerkers,
                perWerker.get(0),
                perWerker.get(1),
                innameTweedeRegio + verwerkenTweeWerkers,
                OPWARMEN,
                opwarmen,
                opzet,
                Runtime.getRuntime().availableProcessors(),
                belastingVooraf,
                belastingAchteraf);
    }

    private List<UUID> neemIn(List<Bestand> berichten) {
        List<UUID> ids = new ArrayList<>();
        for (Bestand bestand : berichten) {
            Berichtenbus.Ontvangst ontvangst = bus.ontvang(bestand.inhoud(), Kanaal.MAP, bestand.naam());
            assertThat(ontvangst.status()).isEqualTo(Berichtstatus.ONTVANGEN);
            ids.add(ontvangst.id());
        }
        return ids;
    }

    /** One worker, as {@link Verwerkingsplanner#verwerkWachtende} on a single node. */
    private void verwerk(List<UUID> ids) {
        for (UUID id : ids) {
            assertThat(verwerking.verwerk(id)).isTrue();
        }
    }

    /**
     * Two workers each walk all waiting messages in order, as {@link Verwerkingsplanner} does on every node; the claim
     * (FOR UPDATE SKIP LOCKED) decides which one processes a message. Answers how many each processed.
     */
    private List<Integer> verwerkMetTweeWerkers(List<UUID> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> werkers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                werkers.add(pool.submit(() -> {
                    int verwerkt = 0;
                    for (UUID id : ids) {
                        if (verwerking.verwerk(id)) {
                            verwerkt++;
                        }
                    }
                    return verwerkt;
                }));
            }
            List<Integer> aantallen = new ArrayList<>();
            for (Future<Integer> werker : werkers) {
                aantallen.add(werker.get());
            }
            return aantallen;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Every message VERWERKT with exactly one JW325, which rejects exactly the broken prestaties of that message.
     * Answers the number of rejected prestaties.
     */
    private int controleer(List<UUID> ids, List<Bestand> berichten) {
        int afgewezen = 0;
        for (int m = 0; m < ids.size(); m++) {
            UUID id = ids.get(m);
            assertThat(opslag.gegevens(id).orElseThrow().status()).isEqualTo(Berichtstatus.VERWERKT);
            List<byte[]> retouren =
                    jdbc.sql("""
                            select inhoud from berichtenverkeer.bericht
                            where heenbericht = :id and richting = 'UIT' and berichttype = 'JW325'""").param("id", id).query(byte[].class).list();
            assertThat(retouren).hasSize(1);
            Jw325 jw325 = (Jw325) Berichtmodel.model(BerichtLezer.lees(retouren.get(0)));
            Set<String> referenties = new HashSet<>();
            for (Jw323.Client client : jw325.declaratieAntwoord().clienten()) {
                for (Jw323.Prestatie prestatie : client.prestaties()) {
                    referenties.add(prestatie.productReferentie().referentieNummer());
                    afgewezen++;
                }
            }
            assertThat(referenties).isEqualTo(berichten.get(m).fout());
        }
        assertThat(afgewezen).isEqualTo(ids.size() * (Benchmarkregio.PER_AANBIEDER / 10));
        return afgewezen;
    }

    private static List<Bestand> berichten(List<Benchmarkregio.Aanbieder> regio) {
        List<Bestand> berichten = new ArrayList<>();
        for (Benchmarkregio.Aanbieder aanbieder : regio) {
            berichten.add(jw323(aanbieder));
        }
        return berichten;
    }

    /** The aanbieder's month: one client per toewijzing, each with one prestatie. */
    private static Bestand jw323(Benchmarkregio.Aanbieder aanbieder) {
        String agb = aanbieder.agb().value();
        List<Element> clienten = new ArrayList<>();
        Set<String> fout = new HashSet<>();
        long totaal = 0;
        int i = 0;
        for (ToegewezenProduct toewijzing : aanbieder.toewijzingen()) {
            String referentie = Benchmarkregio.referentie(aanbieder.agb(), i);
            long uren = Benchmarkregio.uren(i);
            long bedrag = Benchmarkregio.TARIEF.maal(uren).eurocent();
            totaal += bedrag;
            if (Benchmarkregio.isFout(i)) {
                fout.add(referentie);
            }
            clienten.add(Element.of(
                    "Client",
                    Element.of("Bsn", toewijzing.client().value()),
                    Element.of(
                            "Prestaties",
                            Element.of(
                                    "Prestatie",
                                    Element.of("ProductReferentie", Element.of("ReferentieNummer", referentie)),
                                    Element.of(
                                            "ToewijzingNummer",
                                            String.valueOf(toewijzing.nummer().value())),
                                    Element.of("ProductCategorie", Benchmarkregio.CATEGORIE.code()),
                                    Element.of("ProductCode", Benchmarkregio.PRODUCT),
                                    periode(
                                            "ProductPeriode",
                                            Benchmarkregio.PRODUCTPERIODE.begin(),
                                            Benchmarkregio.PRODUCTPERIODE.eind()),
                                    Element.of("GeleverdVolume", String.valueOf(uren)),
                                    Element.of("Eenheid", Eenheid.UUR.code()),
                                    Element.of("ProductTarief", String.valueOf(Benchmarkregio.TARIEF.eurocent())),
                                    bedrag("IngediendBedrag", "Bedrag", bedrag)))));
            i++;
        }
        Element bericht = Element.of(
                "Bericht",
                Element.of(
                        "Header",
                        Element.of("BerichtCode", "490"),
                        Element.of("BerichtVersie", "3"),
                        Element.of("BerichtSubversie", "2"),
                        Element.of("Afzender", agb),
                        Element.of("Ontvanger", Benchmarkregio.ENSCHEDE.value()),
                        Element.of(
                                "BerichtIdentificatie",
                                Element.of("Identificatie", "B" + agb),
                                Element.of("Dagtekening", DAGTEKENING_BERICHT.toString())),
                        Element.of(
                                "XsdVersie",
                                Element.of("BasisschemaXsdVersie", "1.0.0"),
                                Element.of("BerichtXsdVersie", "1.0.0"))),
                Element.of(
                        "Declaratie",
                        Element.of("DeclaratieNummer", "D" + agb),
                        periode("DeclaratiePeriode", Benchmarkregio.MAART.begin(), Benchmarkregio.MAART.eind()),
                        Element.of("DeclaratieDagtekening", DAGTEKENING_DECLARATIE.toString()),
                        bedrag("TotaalIngediendBedrag", "TotaalBedrag", totaal),
                        Element.of("Clienten", clienten)));
        return new Bestand(
                "jw323-" + agb + ".xml", BerichtSchrijver.bytes(new Bericht(BerichtType.JW323, bericht)), fout);
    }

    private static Element periode(String naam, LocalDate begin, LocalDate eind) {
        return Element.of(naam, Element.of("Begindatum", begin.toString()), Element.of("Einddatum", eind.toString()));
    }

    private static Element bedrag(String naam, String veld, long eurocent) {
        return Element.of(naam, Element.of(veld, String.valueOf(eurocent)), Element.of("DebetCredit", "D"));
    }

    /** The machine's load average over the last minute: above the processor count, something else competes. */
    private static double belasting() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconden(long sinds) {
        return (System.nanoTime() - sinds) / 1e9;
    }
}
