package nl.jeugdregie.ijw;

/** JW319: antwoord op een verzoek om toewijzing of wijziging, from gemeente to aanbieder. */
public record Jw319(Header header, Antwoord antwoord) implements IjwBericht {
    public record Antwoord(
            String referentieAanbieder,
            String verzoekAntwoord,
            String redenAfwijzingVerzoek,
            Woonplaatsbeginsel woonplaatsbeginsel) {}

    public record Woonplaatsbeginsel(String gemeente) {}
}
