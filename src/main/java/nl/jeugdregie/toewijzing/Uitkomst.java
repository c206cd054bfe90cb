package nl.jeugdregie.toewijzing;

import java.util.List;
import java.util.function.Function;

/**
 * The outcome of a command: accepted with its result, or rejected with every rule it breaks. Callers such as
 * {@code berichtenverkeer} map a rejection onto the retourcodes of the retourbericht.
 */
public sealed interface Uitkomst<T> {

    record Geaccepteerd<T>(T waarde) implements Uitkomst<T> {}

    record Afgekeurd<T>(List<Regelschending> schendingen) implements Uitkomst<T> {
        public Afgekeurd {
            if (schendingen == null || schendingen.isEmpty()) {
                throw new IllegalArgumentException("Een afkeuring noemt minstens één regel");
            }
            schendingen = List.copyOf(schendingen);
        }
    }

    static <T> Uitkomst<T> geaccepteerd(T waarde) {
        return new Geaccepteerd<>(waarde);
    }

    static <T> Uitkomst<T> afgekeurd(Regelschending schending) {
        return new Afgekeurd<>(List.of(schending));
    }

    default boolean isGeaccepteerd() {
        return this instanceof Geaccepteerd<T>;
    }

    /** The result; throws {@link IllegalStateException} naming the broken rules when rejected. */
    default T waarde() {
        if (this instanceof Geaccepteerd<T> g) {
            return g.waarde();
        }
        throw new IllegalStateException("Afgekeurd: " + schendingen());
    }

    default List<Regelschending> schendingen() {
        return this instanceof Afgekeurd<T> a ? a.schendingen() : List.of();
    }

    default <R> Uitkomst<R> map(Function<T, R> functie) {
        return this instanceof Geaccepteerd<T> g
                ? new Geaccepteerd<>(functie.apply(g.waarde()))
                : new Afgekeurd<>(schendingen());
    }
}
