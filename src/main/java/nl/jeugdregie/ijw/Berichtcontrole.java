package nl.jeugdregie.ijw;

import java.util.List;

/**
 * A check on a message while it streams: it sees the Header and every berichtklasse in document order
 * and reports findings. The built-in rules are controles; callers add their own (for example checks
 * against earlier messages) with {@link Validator#met}. A controle may keep state for one message: the
 * validator asks its factory for a fresh instance per message.
 */
public interface Berichtcontrole {

    void bekijk(Klasse klasse, List<Bevinding> uit);

    /** Called once after the whole message has been read. */
    default void afronden(BerichtType bericht, List<Bevinding> uit) {}

    /**
     * A berichtklasse as read.
     *
     * @param header the Header of the message (always read first)
     */
    record Klasse(
            BerichtType bericht,
            String naam,
            String pad,
            Element element,
            Element header,
            java.util.function.Function<String, Element> voorouders) {

        public String text(String path) {
            return element.text(path);
        }

        /**
         * An enclosing element as far as read so far (e.g. the Declaratie around a Prestatie, with the
         * elements before Clienten), or {@code null}.
         */
        public Element voorouder(String naam) {
            return voorouders.apply(naam);
        }

        /**
         * This class named as the aanbieder knows it, "Prestatie R12 van jeugdige met BSN 123456782", or {@code null}
         * for a class without a name of its own (the Header).
         */
        public String aanduiding() {
            return Aanduiding.van(naam, element, Aanduiding.volgnummer(pad), voorouders);
        }

        /**
         * This class in words within a sentence, without the jeugdige around it: "toewijzing 300201", or {@code null}.
         */
        public String aanduidingInZin() {
            String aanduiding = Aanduiding.van(naam, element, Aanduiding.volgnummer(pad), n -> null);
            return aanduiding == null ? null : Character.toLowerCase(aanduiding.charAt(0)) + aanduiding.substring(1);
        }

        /** The text of a finding on this class: its {@link #aanduiding()}, a colon and the explanation. */
        public String melding(String uitleg) {
            return Aanduiding.melding(aanduiding(), uitleg);
        }
    }
}
