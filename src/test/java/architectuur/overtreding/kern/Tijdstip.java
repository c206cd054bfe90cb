package architectuur.overtreding.kern;

import org.springframework.util.Assert;

/** A kern value leaning on Spring: breaks "kern is plain Java". */
public record Tijdstip(String waarde) {

    public Tijdstip {
        Assert.hasText(waarde, "Een tijdstip is nooit leeg");
    }
}
