package nl.jeugdregie.declaratie;

import java.util.Objects;
import nl.jeugdregie.kern.codelijst.Retourcode;

/**
 * Why a prestatie (or a whole declaratie) is rejected: the iJw rule, its official retourcode and a plain Dutch
 * explanation that names the numbers, e.g. "geleverd 14 uur, toegewezen 10 uur per week in week 15".
 */
public record Afkeuring(String regel, Retourcode retourcode, String toelichting) {

    public Afkeuring {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(retourcode, "retourcode");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
