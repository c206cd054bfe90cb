package nl.jeugdregie.portaal;

import static nl.jeugdregie.portaal.PortaalFixtures.ENSCHEDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load test, not part of the normal run: a small aanbieder's month of {@value #RIJEN} prestaties uploaded as one file
 * (the Berichtenapp route of the portal). One aanbieder with as many gestarte toewijzingen of 4 hours a week in Enschede,
 * each for its own jeugdige and declared for February 2026 in one row (a prestatie covers a month: TR387).
 *
 * <p>Measures, on a warmed-up JVM (a first upload of the same file is not counted): the CSV upload in the background
 * from start to stored concept, with every progress state the page would show while polling every 50 ms; the same
 * month as XLSX; the file with one wrong row at its very end, which must store nothing and name that row; opening the
 * stored concept (the gemeente's checks over the whole JW323 and the names of the jeugdigen); and sending it. Prints
 * the times and the peak heap of each step (the sum of the heap pools' peaks, an upper bound), asserts only the
 * outcome: every row stored once, nothing stored for the wrong file, progress seen rising, every line expected to be
 * approved.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=PrestatieuploadBenchmark -Dbenchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@JeugdregieTest
class PrestatieuploadBenchmark {

    static final int RIJEN = 10_000;
    static final YearMonth FEBRUARI = YearMonth.of(2026, 2);
    static final String WAAR = "benchmark";

    @Autowired
    Prestatieimport importen;

    @Autowired
    Conceptdeclaraties concepten;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    /** One progress state seen while polling: milliseconds since the start, phase and rows done. */
    record Stand(long ms, Prestatieupload.Fase fase, int verwerkt, int totaal) {}

    @Test
    void uploadsAMonthOfTenThousandPrestatiesWithProgressAndNeverHalfStored() throws Exception {
        PortaalFixtures fixtures = new PortaalFixtures(context);
        AgbCode aanbieder = fixtures.aanbiederMetContract();
        long start = System.nanoTime();
        List<ToegewezenProduct> toewijzingen = zetOp(fixtures, aanbieder);
        double opzet = seconden(start);

        List<List<Object>> rijen = new ArrayList<>();
        for (ToegewezenProduct t : toewijzingen) {
            rijen.add(List.of(
                    t.client().value(), t.nummer().value(), "", "02-02-2026", "28-02-2026", 16, "", "", "", ""));
        }
        String csv = Prestatiebestand.KOPREGEL + "\n"
                + String.join(
                        "\n",
                        rijen.stream()
                                .map(r -> String.join(
                                        ";", r.stream().map(String::valueOf).toList()))
                                .toList());
        byte[] csvBytes = csv.getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = new Tabel("Prestaties", List.of(Prestatiebestand.KOPREGEL.split(";")), rijen).xlsx();
        byte[] fout = (csv + "\n" + toewijzingen.get(0).client().value() + ";999999991;;02-02-2026;08-02-2026;4;;;;")
                .getBytes(StandardCharsets.UTF_8);

        start = System.nanoTime();
        uploadAls(aanbieder, csvBytes, "opwarmen.csv");
        double opwarmen = seconden(start);

        long conceptenVooraf = concepten(aanbieder);
        resetPiek();
        start = System.nanoTime();
        Uitkomst csvUpload = uploadAls(aanbieder, csvBytes, "februari.csv");
        double csvTijd = seconden(start);
        long csvPiek = piek();

        resetPiek();
        start = System.nanoTime();
        Uitkomst xlsxUpload = uploadAls(aanbieder, xlsx, "februari.xlsx");
        double xlsxTijd = seconden(start);
        long xlsxPiek = piek();
        assertThat(concepten(aanbieder)).isEqualTo(conceptenVooraf + 2);

        start = System.nanoTime();
        Prestatieupload geweigerd = als(aanbieder, () -> importen.start(ENSCHEDE, FEBRUARI, "fout.csv", fout, WAAR));
        while (geweigerd.isBezig()) {
            Thread.sleep(50);
        }
        double foutTijd = seconden(start);
        assertThat(geweigerd.status()).isEqualTo(Prestatieupload.Status.GEWEIGERD);
        assertThat(geweigerd.fouten())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).startsWith("Rij " + (RIJEN + 2) + ", kolom Toewijzingnummer"));
        assertThat(concepten(aanbieder)).isEqualTo(conceptenVooraf + 2);
        assertThatThrownBy(() -> als(aanbieder, () -> importen.importeer(ENSCHEDE, FEBRUARI, "fout.csv", fout, WAAR)))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThat(concepten(aanbieder)).isEqualTo(conceptenVooraf + 2);

        resetPiek();
        start = System.nanoTime();
        Conceptdeclaratie concept = als(aanbieder, () -> concepten.concept(csvUpload.concept(), WAAR));
        double openen = seconden(start);
        long openenPiek = piek();
        assertThat(concept.regels()).hasSize(RIJEN);
        assertThat(concept.regels()).allSatisfy(r -> assertThat(r.bevindingen()).isEmpty());
        assertThat(concept.kanVerstuurdWorden()).isTrue();
        start = System.nanoTime();
        als(aanbieder, () -> concepten.concept(csvUpload.concept(), WAAR));
        double nogmaals = seconden(start);

        als(aanbieder, () -> concepten.verwijder(xlsxUpload.concept(), WAAR));
        resetPiek();
        start = System.nanoTime();
        assertThat(als(aanbieder, () -> concepten.dienIn(csvUpload.concept())).herhaald())
                .isFalse();
        double indienen = seconden(start);
        long indienenPiek = piek();

        System.out.printf(
                """

                Upload-benchmark: %d prestaties van %d jeugdigen voor één aanbieder (CSV %.2f MB, XLSX %.2f MB)
                  CSV-upload tot opgeslagen concept        %6.2f s  piek heap %4d MB  %s
                  XLSX-upload tot opgeslagen concept       %6.2f s  piek heap %4d MB  %s
                  bestand met één foute rij aan het eind   %6.2f s  geweigerd, niets opgeslagen
                  concept openen (proef JW323, namen)      %6.2f s  piek heap %4d MB  (tweede keer %.2f s)
                  indienen (proef, JW323 in de inbox)      %6.2f s  piek heap %4d MB
                opwarmen (eerste CSV-upload, niet meegeteld) %.1f s; opzet %d toewijzingen %.1f s;
                %d processors, max heap %d MB; load average (1 min) %.2f

                """,
                RIJEN,
                RIJEN,
                csvBytes.length / 1e6,
                xlsx.length / 1e6,
                csvTijd,
                csvPiek,
                csvUpload.voortgang(),
                xlsxTijd,
                xlsxPiek,
                xlsxUpload.voortgang(),
                foutTijd,
                openen,
                openenPiek,
                nogmaals,
                indienen,
                indienenPiek,
                opwarmen,
                RIJEN,
                opzet,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A finished upload: its concept and a summary of the progress seen while polling. */
    record Uitkomst(long concept, String voortgang) {}

    private Uitkomst uploadAls(AgbCode aanbieder, byte[] bestand, String naam) throws InterruptedException {
        long begin = System.nanoTime();
        Prestatieupload upload = als(aanbieder, () -> importen.start(ENSCHEDE, FEBRUARI, naam, bestand, WAAR));
        List<Stand> gezien = new ArrayList<>();
        while (upload.isBezig()) {
            Stand stand = new Stand(
                    (System.nanoTime() - begin) / 1_000_000, upload.fase(), upload.verwerkt(), upload.totaal());
            if (gezien.isEmpty()
                    || gezien.get(gezien.size() - 1).fase() != stand.fase()
                    || gezien.get(gezien.size() - 1).verwerkt() != stand.verwerkt()) {
                gezien.add(stand);
            }
            Thread.sleep(50);
        }
        assertThat(upload.status()).as("%s", upload.fouten()).isEqualTo(Prestatieupload.Status.KLAAR);
        assertThat(gezien).as("voortgang gezien").hasSizeGreaterThan(2);
        assertThat(gezien)
                .filteredOn(s -> s.fase() == Prestatieupload.Fase.CONTROLEREN)
                .extracting(Stand::verwerkt)
                .isSorted();
        long prestaties = jdbc.sql("select count(*) from portaal.conceptprestatie where concept = :id")
                .param("id", upload.concept())
                .query(Long.class)
                .single();
        assertThat(prestaties).isEqualTo(RIJEN);
        return new Uitkomst(upload.concept(), samenvatting(gezien));
    }

    /** "12 standen; controleren vanaf 0,35 s, opslaan vanaf 2,10 s". */
    private static String samenvatting(List<Stand> gezien) {
        StringBuilder s = new StringBuilder(gezien.size() + " standen gezien");
        Prestatieupload.Fase vorige = null;
        for (Stand stand : gezien) {
            if (stand.fase() != vorige) {
                s.append("; ")
                        .append(stand.fase().name().toLowerCase())
                        .append(" vanaf ")
                        .append(String.format("%.2f", stand.ms() / 1000.0))
                        .append(" s");
                vorige = stand.fase();
            }
        }
        return s.toString();
    }

    /** The toewijzingen, each with care started on 2 February, made two at a time. */
    private static List<ToegewezenProduct> zetOp(PortaalFixtures fixtures, AgbCode aanbieder) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ToegewezenProduct>> taken = new ArrayList<>();
            for (int i = 0; i < RIJEN; i++) {
                taken.add(pool.submit(() -> fixtures.gestart(fixtures.toewijzing(aanbieder), PortaalFixtures.INGANG)));
            }
            List<ToegewezenProduct> lijst = new ArrayList<>();
            for (Future<ToegewezenProduct> taak : taken) {
                lijst.add(taak.get());
            }
            return lijst;
        } finally {
            pool.shutdown();
        }
    }

    private long concepten(AgbCode aanbieder) {
        return jdbc.sql("select count(*) from portaal.declaratieconcept where aanbieder = :agb")
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
    }

    private static void resetPiek() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak use since {@link #resetPiek}, in MB. */
    private static long piek() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }

    private static double seconden(long sinds) {
        return (System.nanoTime() - sinds) / 1e9;
    }

    private static <T> T als(AgbCode agb, Supplier<T> werk) {
        return Testgebruikers.ingelogd("AANBIEDER", agb, werk);
    }

    private static void als(AgbCode agb, Runnable werk) {
        Testgebruikers.ingelogd("AANBIEDER", agb, () -> {
            werk.run();
            return null;
        });
    }
}
