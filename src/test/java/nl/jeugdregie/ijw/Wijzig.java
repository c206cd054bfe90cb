package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.List;

/** Test helper: a copy of a message with one element changed, added or removed, by slash path. */
final class Wijzig {

    private Wijzig() {}

    /** Sets the text at a path like {@code Client/Bsn} (first occurrences), creating it if absent. */
    static Bericht zet(Bericht bericht, String path, String value) {
        return new Bericht(bericht.type(), zet(bericht.element(), path.split("/"), 0, value));
    }

    static Bericht verwijder(Bericht bericht, String path) {
        return new Bericht(bericht.type(), zet(bericht.element(), path.split("/"), 0, null));
    }

    private static Element zet(Element element, String[] steps, int at, String value) {
        List<Element> children = new ArrayList<>(element.children());
        for (int i = 0; i < children.size(); i++) {
            Element child = children.get(i);
            if (child.name().equals(steps[at])) {
                if (at == steps.length - 1) {
                    if (value == null) {
                        children.remove(i);
                    } else {
                        children.set(i, Element.of(child.name(), value));
                    }
                } else {
                    children.set(i, zet(child, steps, at + 1, value));
                }
                return element.withChildren(children);
            }
        }
        if (value != null && at == steps.length - 1) {
            children.add(Element.of(steps[at], value));
        }
        return element.withChildren(children);
    }
}
