package nl.jeugdregie.berichtenverkeer;

/** Where a message stands: received messages are processed once; outgoing ones wait to be fetched. */
public enum Berichtstatus {
    ONTVANGEN("Ontvangen, wacht op verwerking"),
    VERWERKT("Verwerkt"),
    AFGEKEURD("Afgekeurd"),
    DUBBEL("Dubbel ontvangen (TR056)"),
    KLAAR("Klaar om op te halen"),
    OPGEHAALD("Opgehaald");

    private final String omschrijving;

    Berichtstatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
