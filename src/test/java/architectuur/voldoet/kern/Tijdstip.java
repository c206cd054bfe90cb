package architectuur.voldoet.kern;

/** A kern value in plain Java. */
public record Tijdstip(String waarde) {

    public Tijdstip {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("Een tijdstip is nooit leeg");
        }
    }
}
