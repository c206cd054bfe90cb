package nl.jeugdregie.sturing;

import java.util.Objects;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * What the user asks to see: one gemeente (compared with its region and the Netherlands) in a period, with the
 * filters of the dashboard (null means all) and a breakdown (null: the indicator's own default).
 */
public record Selectie(
        GemeenteCode gemeente,
        Rapportageperiode periode,
        Leeftijdsklasse leeftijd,
        String hulpvorm,
        String verwijzer,
        String aanbieder,
        Uitsplitsing uitsplitsing) {

    public Selectie {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(periode, "periode");
    }

    public static Selectie van(GemeenteCode gemeente, Rapportageperiode periode) {
        return new Selectie(gemeente, periode, null, null, null, null, null);
    }

    public Selectie metUitsplitsing(Uitsplitsing andere) {
        return new Selectie(gemeente, periode, leeftijd, hulpvorm, verwijzer, aanbieder, andere);
    }

    public Selectie metPeriode(Rapportageperiode andere) {
        return new Selectie(gemeente, andere, leeftijd, hulpvorm, verwijzer, aanbieder, uitsplitsing);
    }

    public Selectie metGemeente(GemeenteCode andere) {
        return new Selectie(andere, periode, leeftijd, hulpvorm, verwijzer, aanbieder, uitsplitsing);
    }

    /** Whether a filter is set that this indicator does not know; the page says so next to the figure. */
    public boolean heeftFilterBuiten(Indicator indicator) {
        return (leeftijd != null && !indicator.filters().contains(Filter.LEEFTIJD))
                || (hulpvorm != null && !indicator.filters().contains(Filter.HULPVORM))
                || (verwijzer != null && !indicator.filters().contains(Filter.VERWIJZER))
                || (aanbieder != null && !indicator.filters().contains(Filter.AANBIEDER));
    }
}
