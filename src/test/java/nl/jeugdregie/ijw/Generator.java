package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.jeugdregie.ijw.schema.ComplexType;
import nl.jeugdregie.ijw.schema.Particle;
import nl.jeugdregie.ijw.schema.SimpleType;
import nl.jeugdregie.kern.Bsn;

/**
 * Random messages that are valid against the XSD, generated from the message schema with a seeded
 * {@link Random}, so every failure can be replayed.
 */
public final class Generator {

    private static final String[] WOORDEN = {"de", "Jan", "Pietersen", "van", "zorg", "ééntje", "Ôlaf", "jeugd", "hulp"
    };

    private final Random random;
    private final int maxRepeat;

    public Generator(long seed) {
        this(seed, 3);
    }

    public Generator(long seed, int maxRepeat) {
        this.random = new Random(seed);
        this.maxRepeat = maxRepeat;
    }

    public Random random() {
        return random;
    }

    public Bericht bericht(BerichtType type) {
        return new Bericht(type, complex("Bericht", type.schema().root()));
    }

    public Element element(Particle particle) {
        return particle.isSimple()
                ? Element.of(particle.name(), value(particle.simple()))
                : complex(particle.name(), particle.complex());
    }

    private Element complex(String name, ComplexType type) {
        List<Element> children = new ArrayList<>();
        for (Particle particle : type.particles()) {
            int count = particle.min() + random.nextInt(Math.min(particle.max(), maxRepeat) - particle.min() + 1);
            for (int i = 0; i < count; i++) {
                children.add(element(particle));
            }
        }
        return Element.of(name, children);
    }

    public String value(SimpleType type) {
        if (type.isLocalRestriction() && !type.pattern().startsWith("(")) {
            return type.pattern(); // a literal such as BerichtCode 436
        }
        if (type.enumeration() != null) {
            List<String> codes = List.copyOf(type.enumeration());
            return codes.get(random.nextInt(codes.size()));
        }
        return switch (type.base()) {
            case INTEGER -> integer(type.maxInclusive());
            case DATE ->
                LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000)).toString();
            case TIME ->
                "%02d:%02d:%02d%s"
                        .formatted(
                                random.nextInt(24),
                                random.nextInt(60),
                                random.nextInt(60),
                                random.nextBoolean() ? "" : ".5");
            case STRING -> string(type);
        };
    }

    private String integer(long max) {
        return switch (random.nextInt(6)) {
            case 0 -> "0";
            case 1 -> String.valueOf(max);
            default -> String.valueOf((long) (random.nextDouble() * max));
        };
    }

    private String string(SimpleType type) {
        return switch (type.name()) {
            case "LDT_AgbCode" -> digits(8);
            case "LDT_BurgerServicenummer" -> bsn();
            case "LDT_Gemeente" -> digits(4);
            case "LDT_Telefoonnummer" -> digits(1 + random.nextInt(15));
            case "LDT_Versie" -> random.nextInt(3) + "." + random.nextInt(12) + "." + random.nextInt(30);
            case "LDT_Voorletters" -> letters(1 + random.nextInt(6));
            case "LDT_IdentificatieDeclaratie" -> alphanumeric(1 + random.nextInt(12));
            default -> text(type.minLength(), Math.min(type.maxLength(), 60), type.pattern() == null);
        };
    }

    /** A BSN that passes the elfproef. */
    public String bsn() {
        while (true) {
            String candidate = digits(9);
            if (Bsn.voldoetAanElfproef(candidate)) {
                return candidate;
            }
        }
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(5) == 0 ? 'é' : (char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    private String alphanumeric(int n) {
        String chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    /** Words, sometimes with characters outside ASCII (and outside the BMP), cut to the allowed length in UTF-16 units. */
    private String text(int min, int max, boolean anything) {
        if (anything && random.nextInt(8) == 0) {
            return " ".repeat(Math.max(min, 1)); // allowed when the type has no pattern
        }
        StringBuilder s = new StringBuilder(WOORDEN[random.nextInt(WOORDEN.length)]);
        while (random.nextBoolean()) {
            s.append(random.nextInt(10) == 0 ? " \uD83D\uDE00 " : " ").append(WOORDEN[random.nextInt(WOORDEN.length)]);
        }
        String value = s.toString();
        if (value.length() > max) {
            int cut = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
            value = value.substring(0, cut);
        }
        return value.isBlank() ? "x" : value;
    }
}
