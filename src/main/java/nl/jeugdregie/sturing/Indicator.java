package nl.jeugdregie.sturing;

import java.util.List;
import java.util.Set;

/**
 * An indicator as its SQL file defines it: the header of {@code sql/sturing/indicator/<code>.sql} gives the name, the
 * definition in words, the unit, the source, the CBS definition it follows, the national reference figure, the
 * breakdowns and filters that apply; the rest of the file is the one question that computes it.
 *
 * @param nederland the code of the national reference figure in {@code regio.v_kerncijfers}; empty when there is none
 * @param teller what the numerator column of the table is called
 * @param noemer what the denominator column is called; empty when the value has none
 */
public record Indicator(
        String code,
        String naam,
        String definitie,
        Eenheid eenheid,
        String bron,
        String cbs,
        String nederland,
        List<Uitsplitsing> uitsplitsingen,
        Uitsplitsing standaarduitsplitsing,
        Set<Filter> filters,
        String teller,
        String noemer,
        String sql) {

    public boolean kanUitsplitsen(Uitsplitsing uitsplitsing) {
        return uitsplitsing == Uitsplitsing.TOTAAL || uitsplitsingen.contains(uitsplitsing);
    }
}
