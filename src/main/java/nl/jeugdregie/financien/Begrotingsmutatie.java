package nl.jeugdregie.financien;

import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;

/** What a version changed on one taakveld and jeugdzorgvorm: the amount before and after (nul when absent). */
public record Begrotingsmutatie(Taakveld taakveld, Jeugdzorgvorm jeugdzorgvorm, Bedrag was, Bedrag wordt) {

    public Bedrag verschil() {
        return wordt.min(was);
    }
}
