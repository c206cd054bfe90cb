package nl.jeugdregie.toegang.beschikking;

import org.springframework.modulith.NamedInterface;

/**
 * What the gemeente decided on the hulpvraag, with the word the letter uses for it. Part of the public {@code
 * Besluitvraag}, so other modules may use it through the named interface {@code toegang :: besluitsoort}.
 */
@NamedInterface("besluitsoort")
public enum Besluitsoort {
    TOEGEKEND("toegekend"),
    DEELS_TOEGEKEND("gedeeltelijk toegekend"),
    AFGEWEZEN("afgewezen");

    private final String omschrijving;

    Besluitsoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The Dutch word, as in "uw aanvraag is gedeeltelijk toegekend". */
    public String omschrijving() {
        return omschrijving;
    }

    public boolean kentHulpToe() {
        return this != AFGEWEZEN;
    }
}
