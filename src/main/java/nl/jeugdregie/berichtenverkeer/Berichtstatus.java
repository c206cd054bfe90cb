package nl.jeugdregie.berichtenverkeer;

/**
 * Where a message stands: received messages are processed once; outgoing ones wait to be fetched or sent, and an
 * outgoing heenbericht is then confirmed or sent back by the aanbieder's retourbericht.
 */
public enum Berichtstatus {
    ONTVANGEN("Ontvangen, wacht op verwerking"),
    VERWERKT("Verwerkt"),
    AFGEKEURD("Afgekeurd"),
    DUBBEL("Dubbel ontvangen (TR056)"),
    KLAAR("Klaar om op te halen"),
    OPGEHAALD("Opgehaald door de aanbieder"),
    VERZONDEN("Verzonden"),
    BEVESTIGD("Bevestigd: retourbericht zonder fouten"),
    TERUGGEWEZEN("Teruggewezen: retourbericht met fouten");

    private final String omschrijving;

    Berichtstatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
