package nl.jeugdregie.ijw;

/**
 * A whole iJw message: its type and its root element {@code Bericht}. The typed records of each
 * message (e.g. {@link Jw301}) are views of this tree made by {@link Berichtmodel}.
 */
public record Bericht(BerichtType type, Element element) {

    public Element header() {
        return element.child("Header");
    }
}
