package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.codelijst.Retourcode;

/** Thrown inside the module when an aggregate refuses a change; services turn it into {@link Uitkomst.Afgekeurd}. */
class RegelOvertreden extends RuntimeException {

    private final transient Regelschending schending;

    RegelOvertreden(String regel, Retourcode retourcode, String uitleg) {
        this(new Regelschending(regel, retourcode, uitleg));
    }

    RegelOvertreden(Regelschending schending) {
        super(schending.toString());
        this.schending = schending;
    }

    Regelschending schending() {
        return schending;
    }
}
