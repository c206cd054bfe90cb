package nl.jeugdregie.sturing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One question to the indicators: an indicator for an area (one gemeente, or the gemeenten of the region) and a
 * selection. What it answers depends only on these, not on which gemeente the user had selected, so the region's answer
 * serves the pages of all its gemeenten.
 *
 * @param gemeenten the gemeenten of the area, sorted by code
 */
record Cijfervraag(Indicator indicator, List<String> gemeenten, Selectie selectie) {

    Cijfervraag {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(selectie.uitsplitsing(), "uitsplitsing");
        gemeenten = gemeenten.stream().sorted().distinct().toList();
    }

    /** The question in one line, the same for every equal question: its key in {@code sturing.cijferblad}. */
    String sleutel() {
        return String.join(
                "|",
                indicator.code(),
                String.join(",", gemeenten),
                selectie.periode().code(),
                selectie.leeftijd() == null ? "" : selectie.leeftijd().code(),
                Objects.toString(selectie.hulpvorm(), ""),
                Objects.toString(selectie.verwijzer(), ""),
                Objects.toString(selectie.aanbieder(), ""),
                selectie.uitsplitsing().code());
    }

    @Override
    public String toString() {
        return gemeenten.stream().collect(Collectors.joining(",", indicator.code() + " [", "] ")) + sleutel();
    }
}
