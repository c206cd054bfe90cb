package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One element of an iJw message as it was read or will be written: a name and either a text value
 * (simple elements) or child elements (complex elements). Namespaces follow from the message schema,
 * so they are not stored. Elements do not check what they hold: an invalid message must be readable,
 * so that the validator can name what is wrong.
 */
public record Element(String name, String text, List<Element> children) {

    /** Paths split into interned steps, so that looking up a child is mostly an identity check. */
    private static final Map<String, String[]> STEPS = new ConcurrentHashMap<>();

    /** A simple element with a value. */
    public static Element of(String name, String text) {
        return new Element(name, text, null);
    }

    /** A complex element; {@code null} children are left out, which makes optional elements easy. */
    public static Element of(String name, Element... children) {
        List<Element> list = new ArrayList<>(children.length);
        for (Element child : children) {
            if (child != null) {
                list.add(child);
            }
        }
        return new Element(name, null, List.copyOf(list));
    }

    public static Element of(String name, List<Element> children) {
        return new Element(name, null, List.copyOf(children));
    }

    public boolean isSimple() {
        return children == null;
    }

    /** The first child of that name, or {@code null}. */
    public Element child(String childName) {
        if (children == null) {
            return null;
        }
        // Names read from a message are the schema's interned strings, so identity mostly decides.
        for (int i = 0, n = children.size(); i < n; i++) {
            Element child = children.get(i);
            if (child.name == childName || child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** All children of that name, in document order. */
    public List<Element> children(String childName) {
        List<Element> found = new ArrayList<>();
        if (children != null) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    /** The element at a slash-separated path below this one ({@code "Adres/Huis"}), or {@code null}. */
    public Element find(String path) {
        String[] steps = STEPS.get(path);
        if (steps == null) {
            steps = Arrays.stream(path.split("/")).map(String::intern).toArray(String[]::new);
            if (STEPS.size() < 10_000) {
                STEPS.put(path, steps);
            }
        }
        Element current = this;
        for (String step : steps) {
            current = current.child(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * The text at a slash-separated path below this element ({@code "ProductPeriode/Begindatum"}), or
     * {@code null} when an element on the path is absent.
     */
    public String text(String path) {
        Element found = find(path);
        return found == null ? null : found.text;
    }

    /** Whether a child element of that name is present. */
    public boolean has(String childName) {
        return child(childName) != null;
    }

    /** A copy with the children replaced. */
    public Element withChildren(List<Element> newChildren) {
        return new Element(name, null, List.copyOf(newChildren));
    }
}
