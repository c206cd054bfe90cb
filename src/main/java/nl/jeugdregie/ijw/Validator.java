package nl.jeugdregie.ijw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.jeugdregie.ijw.regels.Berichtregels;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Validates iJw 3.2 messages in one streaming pass: level 1 (everything the official XSD enforces) and
 * level 2 (the rules within one message: TR "bericht inhoud", CD, CS, RS), plus the higher-level rules
 * that one message can decide (such as TR314). Memory does not grow with the number of prestaties.
 */
public final class Validator {

    private final List<Supplier<? extends Controle>> controles;

    private Validator(List<Supplier<? extends Controle>> controles) {
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
    public Validator met(Supplier<? extends Controle> controle) {
        List<Supplier<? extends Controle>> all = new ArrayList<>(controles);
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
        Bezoeker bezoeker = new Bezoeker(bevindingen);
        Ontleder.Uitkomst uitkomst = Ontleder.lees(in, size, retain, bezoeker, bevindingen);
        Bericht bericht = uitkomst.root() == null ? null : new Bericht(uitkomst.type(), uitkomst.root());
        return new Beoordeling(bericht, new Validatieresultaat(uitkomst.type(), bevindingen));
    }

    /** Feeds each berichtklasse to the checks. */
    private final class Bezoeker implements Klassebezoeker {
        private final List<Bevinding> uit;
        private final List<Controle> actief = new ArrayList<>();
        private BerichtType type;
        private Element header;

        Bezoeker(List<Bevinding> uit) {
            this.uit = uit;
        }

        @Override
        public void begin(BerichtType berichtType) {
            this.type = berichtType;
            for (Supplier<? extends Controle> supplier : controles) {
                actief.add(supplier.get());
            }
        }

        @Override
        public void klasse(
                Element element,
                Particle particle,
                String pad,
                java.util.function.Function<String, Element> voorouders) {
            if (header == null && particle.name().equals("Header")) {
                header = element;
            }
            Controle.Klasse klasse = new Controle.Klasse(type, particle.name(), pad, element, header, voorouders);
            for (Controle controle : actief) {
                controle.bekijk(klasse, uit);
            }
        }

        @Override
        public void einde() {
            for (Controle controle : actief) {
                controle.afronden(type, uit);
            }
        }
    }
}
