package nl.jeugdregie.ijw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdregie.ijw.regels.Berichtregels;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Validates iJw 3.2 messages in one streaming pass: level 1 (everything the official XSD enforces) and
 * level 2 (the rules within one message: TR "bericht inhoud", CD, CS, RS), plus the higher-level rules
 * that one message can decide (such as TR314). Memory does not grow with the number of prestaties.
 */
public final class Validator {

    private final List<Supplier<? extends Berichtcontrole>> controles;
    private final boolean parallel = parallel();

    private Validator(List<Supplier<? extends Berichtcontrole>> controles) {
        this.controles = List.copyOf(controles);
    }

    /** All built-in checks. */
    public static Validator standaard() {
        return new Validator(List.of(Berichtregels::new));
    }

    /** Only level 1: what the XSD enforces. */
    public static Validator alleenSchema() {
        return new Validator(List.of());
    }

    /** This validator with an extra check; the supplier is asked for a fresh instance per message. */
    public Validator met(Supplier<? extends Berichtcontrole> controle) {
        List<Supplier<? extends Berichtcontrole>> all = new ArrayList<>(controles);
        all.add(controle);
        return new Validator(all);
    }

    public Validatieresultaat valideer(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            return run(in, Files.size(bestand), false).resultaat();
        }
    }

    /** @throws OnleesbaarBericht when the input is not an iJw 3.2 message */
    public Validatieresultaat valideer(InputStream in) {
        return run(in, -1, false).resultaat();
    }

    /** Reads and validates, keeping the whole message (needed for a retourbericht). */
    public Beoordeling beoordeel(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            return run(in, Files.size(bestand), true);
        }
    }

    public Beoordeling beoordeel(InputStream in) {
        return run(in, -1, true);
    }

    /** A message read and validated: the message (null when nothing could be read) and the result. */
    public record Beoordeling(Bericht bericht, Validatieresultaat resultaat) {}

    private Beoordeling run(InputStream in, long size, boolean retain) {
        List<Bevinding> bevindingen = new ArrayList<>();
        // While streaming, the checks run on a second thread next to the reader when there is a core for it.
        Bezoeker bezoeker = !retain && parallel ? new Pijplijn() : new Bezoeker();
        Ontleder.Ontleding uitkomst;
        try {
            uitkomst = Ontleder.lees(in, size, retain, bezoeker, bevindingen);
        } finally {
            bezoeker.stop();
        }
        bevindingen.addAll(bezoeker.uit);
        Bericht bericht = uitkomst.root() == null ? null : new Bericht(uitkomst.type(), uitkomst.root());
        return new Beoordeling(bericht, new Validatieresultaat(uitkomst.type(), bevindingen));
    }

    /** Whether checks may run on a second thread: with more than one core, unless -Dijw.parallel=false. */
    private static boolean parallel() {
        return Boolean.parseBoolean(System.getProperty(
                "ijw.parallel", String.valueOf(Runtime.getRuntime().availableProcessors() > 1)));
    }

    /** Feeds each berichtklasse to the checks, in document order. */
    private class Bezoeker implements Klassebezoeker {
        final List<Bevinding> uit = new ArrayList<>();
        final List<Berichtcontrole> actief = new ArrayList<>();
        BerichtType type;
        private Element header;

        @Override
        public void begin(BerichtType berichtType) {
            this.type = berichtType;
            for (Supplier<? extends Berichtcontrole> supplier : controles) {
                actief.add(supplier.get());
            }
        }

        @Override
        public void klasse(Element element, Particle particle, String pad, Function<String, Element> voorouders) {
            if (header == null && particle.name().equals("Header")) {
                header = element;
            }
            bekijk(new Berichtcontrole.Klasse(type, particle.name(), pad, element, header, voorouders));
        }

        void bekijk(Berichtcontrole.Klasse klasse) {
            for (Berichtcontrole controle : actief) {
                if (uit.size() < Ontleder.MAXIMAAL_AANTAL_BEVINDINGEN) {
                    controle.bekijk(klasse, uit);
                }
            }
        }

        @Override
        public void einde() {
            for (Berichtcontrole controle : actief) {
                controle.afronden(type, uit);
            }
        }

        /** Called when reading ends, also when it ends early. */
        void stop() {}
    }

    /**
     * Runs the checks on a second thread: the reader hands over berichtklassen in batches (with copies of
     * their enclosing elements) and goes on reading. The checks still see the classes one at a time, in
     * document order.
     */
    private final class Pijplijn extends Bezoeker {
        private static final int BATCH = 256;
        private static final List<Berichtcontrole.Klasse> EINDE = List.of();

        private final BlockingQueue<List<Berichtcontrole.Klasse>> wachtrij = new ArrayBlockingQueue<>(32);
        private List<Berichtcontrole.Klasse> batch = new ArrayList<>(BATCH);
        private Thread draad;
        private volatile RuntimeException fout;
        private boolean afgerond;

        @Override
        public boolean bewaartKlassen() {
            return true;
        }

        @Override
        public void begin(BerichtType berichtType) {
            super.begin(berichtType);
            draad = new Thread(this::controleer, "ijw-controles");
            draad.setDaemon(true);
            draad.start();
        }

        @Override
        void bekijk(Berichtcontrole.Klasse klasse) {
            batch.add(klasse);
            if (batch.size() == BATCH) {
                overdragen();
            }
        }

        @Override
        public void einde() {
            overdragen();
            afgerond = true;
            zet(EINDE);
            wachtOpDraad();
        }

        @Override
        void stop() {
            if (draad != null && !afgerond) {
                draad.interrupt();
                wachtOpDraad();
            }
            if (fout != null) {
                throw fout;
            }
        }

        private void overdragen() {
            if (!batch.isEmpty()) {
                zet(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void zet(List<Berichtcontrole.Klasse> klassen) {
            try {
                while (!wachtrij.offer(klassen, 100, TimeUnit.MILLISECONDS)) {
                    if (!draad.isAlive()) {
                        return; // the checks stopped on an error, reported by stop()
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Valideren onderbroken", e);
            }
        }

        private void wachtOpDraad() {
            try {
                draad.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void controleer() {
            try {
                while (true) {
                    List<Berichtcontrole.Klasse> klassen = wachtrij.take();
                    if (klassen == EINDE) {
                        for (Berichtcontrole controle : actief) {
                            controle.afronden(type, uit);
                        }
                        return;
                    }
                    for (Berichtcontrole.Klasse klasse : klassen) {
                        super.bekijk(klasse);
                    }
                }
            } catch (InterruptedException e) {
                // reading stopped early: no more classes come
            } catch (RuntimeException e) {
                fout = e;
            }
        }
    }
}
