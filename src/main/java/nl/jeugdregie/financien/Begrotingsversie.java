package nl.jeugdregie.financien;

import java.time.Instant;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;

/**
 * One version of a begroting with its complete lines, who made it and when, and what it changed against the version
 * before (for the primitieve begroting: every line).
 */
public record Begrotingsversie(
        int versie,
        Begrotingssoort soort,
        String toelichting,
        String door,
        Instant op,
        List<Begrotingsregel> regels,
        List<Begrotingsmutatie> mutaties) {

    public Begrotingsversie {
        regels = List.copyOf(regels);
        mutaties = List.copyOf(mutaties);
    }

    public Bedrag totaal() {
        return Bedrag.som(regels.stream().map(Begrotingsregel::bedrag).toList());
    }
}
