package nl.jeugdregie.ijw.schema;

/**
 * One element declaration inside a complex type's sequence: its name, cardinality and either a simple
 * or a complex type. {@code klasse} marks a berichtklasse: an element that carries its own RetourCodes
 * in the retourbericht.
 */
public record Particle(String name, int min, int max, SimpleType simple, ComplexType complex, boolean klasse) {

    public static final int UNBOUNDED = Integer.MAX_VALUE;

    public static Particle required(String name, SimpleType type) {
        return new Particle(name, 1, 1, type, null, false);
    }

    public static Particle optional(String name, SimpleType type) {
        return new Particle(name, 0, 1, type, null, false);
    }

    public static Particle required(String name, ComplexType type) {
        return new Particle(name, 1, 1, null, type, false);
    }

    public static Particle optional(String name, ComplexType type) {
        return new Particle(name, 0, 1, null, type, false);
    }

    public boolean isSimple() {
        return simple != null;
    }

    public boolean isRepeating() {
        return max > 1;
    }

    Particle withCardinality(int newMin, int newMax) {
        return new Particle(name, newMin, newMax, simple, complex, klasse);
    }

    Particle withType(ComplexType newType) {
        return new Particle(name, min, max, null, newType, klasse);
    }

    Particle asKlasse() {
        return new Particle(name, min, max, simple, complex, true);
    }

    /** The child particle of the given name, or {@code null}. */
    public Particle child(String childName) {
        return complex == null ? null : complex.particle(childName);
    }
}
