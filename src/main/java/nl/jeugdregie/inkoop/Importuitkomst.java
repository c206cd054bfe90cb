package nl.jeugdregie.inkoop;

/** What became of one line of an imported file. */
public enum Importuitkomst {
    NIEUW("Nieuw", true),
    BIJGEWERKT("Bijgewerkt", true),
    HERSTELD("Weer geldig", true),
    ONGEWIJZIGD("Ongewijzigd", false),
    NIET_GEKOPPELD("Niet gekoppeld", false),
    OVERGESLAGEN("Overgeslagen", false),
    FOUT("Fout", false),
    NIET_INGELEZEN("Niet ingelezen", false);

    private final String omschrijving;
    private final boolean opgeslagen;

    Importuitkomst(String omschrijving, boolean opgeslagen) {
        this.omschrijving = omschrijving;
        this.opgeslagen = opgeslagen;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Whether the line changed the register (unless the import was a trial). */
    public boolean isOpgeslagen() {
        return opgeslagen;
    }
}
