package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * What care costs per jeugdige and per inwoner in a gemeente, in the region it belongs to and in the Netherlands, in
 * a year. The gemeente and the region count the approved prestaties of care delivered in the year (by month of care,
 * credit corrections subtracted) and the jeugdigen they were for; the Netherlands the published spending of all
 * gemeenten and the published number of young people with jeugdzorg, each of the latest year up to this one, which
 * define a jeugdige differently (under 23, jeugdbescherming and jeugdreclassering included): the page says so.
 *
 * <p>A count of fewer than {@value #MINIMUM_JEUGDIGEN} jeugdigen, and the cost per jeugdige derived from it, is
 * suppressed (as the sturingsinformatie does): it would tell the cost of one child's care.
 *
 * @param hulpvormen per CBS jeugdzorgvorm, gemeente next to region; only forms with costs in either
 */
public record Kostenvergelijking(
        GemeenteCode gemeente,
        int jaar,
        Gebied gemeentecijfers,
        Gebied regio,
        Landelijk nederland,
        List<Hulpvorm> hulpvormen) {

    /** The fewest jeugdigen a count or a cost per jeugdige may stand for. */
    public static final int MINIMUM_JEUGDIGEN = 5;

    public Kostenvergelijking {
        hulpvormen = List.copyOf(hulpvormen);
    }

    /** Whether a count of jeugdigen is too small to show: 1 to 4 (0 is shown, it tells nothing of a child). */
    public static boolean onderdrukt(long jeugdigen) {
        return jeugdigen > 0 && jeugdigen < MINIMUM_JEUGDIGEN;
    }

    /**
     * The costs of an area and what they are divided by.
     *
     * @param jeugdigen jeugdigen with at least one approved prestatie in the year, each counted once
     * @param inwoners all inhabitants on {@code peildatumInwoners}; null when unknown
     * @param jeugd0tot17 inhabitants aged 0-17; null when unknown
     * @param jeugdGeschat whether the 0-17 figure of at least one gemeente is an estimate
     */
    public record Gebied(
            String naam,
            Bedrag kosten,
            long jeugdigen,
            Long inwoners,
            LocalDate peildatumInwoners,
            Long jeugd0tot17,
            boolean jeugdGeschat) {

        /** Empty without jeugdigen or when their number is suppressed. */
        public Optional<Bedrag> perJeugdige() {
            return onderdrukt(jeugdigen) ? Optional.empty() : gedeeld(kosten, jeugdigen);
        }

        public boolean jeugdigenOnderdrukt() {
            return onderdrukt(jeugdigen);
        }

        public Optional<Bedrag> perInwoner() {
            return gedeeld(kosten, inwoners);
        }

        public Optional<Bedrag> perInwoner0tot17() {
            return gedeeld(kosten, jeugd0tot17);
        }
    }

    /** One jeugdzorgvorm: its costs and jeugdigen in the gemeente and in the region. */
    public record Hulpvorm(
            String jeugdzorgvorm,
            String naam,
            Bedrag kostenGemeente,
            long jeugdigenGemeente,
            Bedrag kostenRegio,
            long jeugdigenRegio) {

        public Optional<Bedrag> perJeugdigeGemeente() {
            return onderdrukt(jeugdigenGemeente) ? Optional.empty() : gedeeld(kostenGemeente, jeugdigenGemeente);
        }

        public Optional<Bedrag> perJeugdigeRegio() {
            return onderdrukt(jeugdigenRegio) ? Optional.empty() : gedeeld(kostenRegio, jeugdigenRegio);
        }
    }

    /**
     * The national reference figures as published, each with its year and source.
     *
     * @param uitgaven the spending of all gemeenten on jeugdzorg; null when no figure up to the year is known
     * @param jongeren young people under 23 with jeugdzorg; null when unknown
     * @param inwoners inhabitants of all gemeenten on {@code peildatumInwoners}; null when unknown
     */
    public record Landelijk(
            Bedrag uitgaven,
            Integer jaarUitgaven,
            String bronUitgaven,
            Long jongeren,
            Integer jaarJongeren,
            String bronJongeren,
            Long inwoners,
            LocalDate peildatumInwoners) {

        public Optional<Bedrag> perJeugdige() {
            return uitgaven == null ? Optional.empty() : gedeeld(uitgaven, jongeren);
        }

        public Optional<Bedrag> perInwoner() {
            return uitgaven == null ? Optional.empty() : gedeeld(uitgaven, inwoners);
        }
    }

    /** The amount divided by a count, rounded half up to whole cents; empty without a count. */
    static Optional<Bedrag> gedeeld(Bedrag bedrag, Long aantal) {
        if (aantal == null || aantal <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Bedrag(BigDecimal.valueOf(bedrag.eurocent())
                .divide(BigDecimal.valueOf(aantal), 0, RoundingMode.HALF_UP)
                .longValueExact()));
    }
}
