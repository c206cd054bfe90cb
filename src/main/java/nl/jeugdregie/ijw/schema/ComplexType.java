package nl.jeugdregie.ijw.schema;

import java.util.List;

/**
 * A complex type: a sequence of element declarations (iJw uses no choices, attributes or mixed
 * content). Its elements are in the basisschema namespace when {@code basis}, else in the namespace
 * of the message.
 */
public record ComplexType(String name, boolean basis, List<Particle> particles) {

    public ComplexType {
        particles = List.copyOf(particles);
    }

    static ComplexType basis(String name, Particle... particles) {
        return new ComplexType(name, true, List.of(particles));
    }

    static ComplexType local(String name, Particle... particles) {
        return new ComplexType(name, false, List.of(particles));
    }

    public Particle particle(String name) {
        for (Particle particle : particles) {
            if (particle.name().equals(name)) {
                return particle;
            }
        }
        return null;
    }

    public int indexOf(String name) {
        for (int i = 0; i < particles.size(); i++) {
            if (particles.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
