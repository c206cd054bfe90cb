package nl.jeugdregie.ijw;

import java.util.function.Function;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Receives each berichtklasse (and the Header) as soon as the reader has read it completely, in
 * document order. This is how the validator checks a message of any size while streaming: a repeated
 * berichtklasse is dropped from memory after its visit, unless the whole message is kept.
 */
public interface Klassebezoeker {

    /** The message type became known (the root element was read). */
    default void begin(BerichtType type) {}

    /**
     * A berichtklasse or the Header has been read.
     *
     * @param element the element with everything below it (repeated subclasses may already be dropped)
     * @param particle its declaration in the message schema
     * @param pad its path, e.g. {@code /Bericht/Declaratie/Clienten/Client[2]}
     * @param voorouders the enclosing elements by name, as far as read so far
     */
    void klasse(Element element, Particle particle, String pad, Function<String, Element> voorouders);

    /**
     * Whether this visitor keeps klassen after {@link #klasse} returns (e.g. to check them on another
     * thread); the reader then hands it immutable copies of the enclosing elements.
     */
    default boolean bewaartKlassen() {
        return false;
    }

    /** The whole message has been read. */
    default void einde() {}
}
