package nl.jeugdregie.ijw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.jeugdregie.ijw.schema.ComplexType;
import nl.jeugdregie.ijw.schema.Particle;

/** Breaks a valid message in one small way: a structure change, a nasty value, or a textual edit. */
final class Mutator {

    private static final String[] NASTY = {
        "",
        " ",
        "  x  ",
        "x\ny",
        "x\ry",
        "\t",
        "0",
        "-1",
        "+1",
        "-0",
        "+0",
        "007",
        " 12 ",
        "1 2",
        "99999999999999999999",
        "1e3",
        "1.0",
        "2021-02-29",
        "2020-02-29",
        " 2021-01-31 ",
        "2021-13-01",
        "2021-04-31",
        "2021-01-01Z",
        "2021-01-01+01:00",
        "21-01-01",
        "0000-01-01",
        "-2021-01-01",
        "12021-01-01",
        "2021-1-01",
        "12:00:00",
        "24:00:00",
        "23:59:60",
        "12:00:00Z",
        "12:00:00+01:00",
        "12:00",
        "12:00:00.",
        "12:00:00.123",
        " 12:00:00 ",
        "ABC",
        "é",
        "😀",
        "😀😀😀",
        "1234",
        "12345678",
        "123456789",
        "999999999",
        "1.2.3",
        "01.2.3",
        "1.2",
        "3",
        "03",
        " 3",
        "2",
        "436",
        "AB",
        "NL",
        "nl",
        "01",
        "1",
        "C",
        "D",
        " D",
        "a b",
        "ABC123",
        "ABC-123",
        "Jan.",
        "ÀÁ",
        "Ỵ",
        "1111"
    };

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    byte[] mutate(Bericht bericht) {
        int kind = random.nextInt(10);
        if (kind == 9) {
            return textual(BerichtSchrijver.bytes(bericht));
        }
        List<Element> path = new ArrayList<>();
        List<ComplexType> types = new ArrayList<>();
        Element target = pick(bericht.element(), bericht.type().schema().root(), path, types);
        Element mutated = mutateComplex(target, types.get(types.size() - 1), kind);
        return BerichtSchrijver.bytes(new Bericht(bericht.type(), replace(path, mutated)));
    }

    /** A random complex element, with the path to it (elements and their types). */
    private Element pick(Element element, ComplexType type, List<Element> path, List<ComplexType> types) {
        path.add(element);
        types.add(type);
        List<Element> complexChildren = new ArrayList<>();
        for (Element child : element.children()) {
            if (!child.isSimple()) {
                complexChildren.add(child);
            }
        }
        if (complexChildren.isEmpty() || random.nextInt(3) == 0) {
            return element;
        }
        Element child = complexChildren.get(random.nextInt(complexChildren.size()));
        return pick(child, type.particle(child.name()).complex(), path, types);
    }

    private Element replace(List<Element> path, Element replacement) {
        Element current = replacement;
        for (int i = path.size() - 2; i >= 0; i--) {
            Element parent = path.get(i);
            List<Element> children = new ArrayList<>(parent.children());
            children.set(indexOfIdentity(children, path.get(i + 1)), current);
            current = parent.withChildren(children);
        }
        return current;
    }

    private static int indexOfIdentity(List<Element> list, Element element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private Element mutateComplex(Element element, ComplexType type, int kind) {
        List<Element> children = new ArrayList<>(element.children());
        int n = children.size();
        if (n == 0) {
            kind = 3;
        }
        int i = n == 0 ? 0 : random.nextInt(n);
        switch (kind) {
            case 0 -> children.remove(i);
            case 1 -> children.add(i, children.get(i));
            case 2 -> {
                if (n > 1) {
                    int j = (i + 1) % n;
                    Element a = children.get(i);
                    children.set(i, children.get(j));
                    children.set(j, a);
                }
            }
            case 3 -> {
                Particle absent = null;
                for (Particle p : type.particles()) {
                    if (element.child(p.name()) == null) {
                        absent = p;
                    }
                }
                Particle extra = absent != null
                        ? absent
                        : type.particles().get(random.nextInt(type.particles().size()));
                children.add(random.nextInt(n + 1), new Generator(random.nextLong()).element(extra));
            }
            default -> {
                Element child = children.get(i);
                if (child.isSimple()) {
                    children.set(i, Element.of(child.name(), nastyValue(type.particle(child.name()))));
                } else {
                    children.set(
                            i, mutateComplex(child, type.particle(child.name()).complex(), 4));
                }
            }
        }
        return element.withChildren(children);
    }

    private String nastyValue(Particle particle) {
        int max = particle.simple().maxLength();
        if (max < 1000 && random.nextInt(4) == 0) {
            return "a".repeat(max + random.nextInt(2));
        }
        return NASTY[random.nextInt(NASTY.length)];
    }

    private byte[] textual(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int at = text.indexOf("</", random.nextInt(text.length() / 2) + text.length() / 4);
        if (at < 0) {
            at = text.lastIndexOf("</");
        }
        String insert = switch (random.nextInt(4)) {
            case 0 -> "<ijw:Onbekend>x</ijw:Onbekend>";
            case 1 -> "<!-- commentaar -->";
            case 2 -> "tekst";
            default -> "<?verwerking x?>";
        };
        String mutated = text.substring(0, at) + insert + text.substring(at);
        if (random.nextInt(5) == 0) {
            mutated = mutated.replaceFirst("<jw(\\d+):Header>", "<jw$1:Header xmlns:x=\"urn:x\" x:a=\"1\">");
        }
        return mutated.getBytes(StandardCharsets.UTF_8);
    }
}
