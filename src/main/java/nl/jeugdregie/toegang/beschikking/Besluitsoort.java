package nl.jeugdregie.toegang.beschikking;

/** What the gemeente decided on the hulpvraag, with the word the letter uses for it. */
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
