package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;

/**
 * How the prognose moved between the kept stand of the previous month and now, per CBS jeugdzorgvorm and in total,
 * split into three causes that add up exactly to the movement:
 *
 * <ul>
 *   <li><b>nieuwe instroom</b>: the change in the expected cost of new toewijzingen;
 *   <li><b>prijs</b>: the change in what the known part (realisatie + verplichtingen) costs per unit of care, at
 *       today's units: per jeugdzorgvorm, product and eenheid (price p = amount / units) (p<sub>nu</sub> -
 *       p<sub>vorig</sub>) x units<sub>nu</sub> = amount<sub>nu</sub> - amount<sub>vorig</sub> x units<sub>nu</sub> /
 *       units<sub>vorig</sub>, rounded to whole cents (half up), and nothing for a product and eenheid without units in
 *       either stand;
 *   <li><b>volume</b>: the rest of the change of the known part, the change in units of care at last month's price, so
 *       the three parts add up to the movement to the cent.
 * </ul>
 *
 * A shift of care between aanbieders of one product with different tariffs changes the price per unit of that product,
 * so it counts as prijs. Without a stand of the previous month there is no movement to show: {@link #bekend()} is
 * false and there are no rows.
 *
 * @param sinds the month of the previous stand
 * @param vorigeBerekendOp when the previous stand was computed; null when there is none
 */
public record Prognoseverloop(
        YearMonth sinds, Instant vorigeBerekendOp, List<Verloopregel> hulpvormen, Verloopregel totaal) {

    private static final MathContext REKEN = MathContext.DECIMAL128;

    /**
     * The movement of one jeugdzorgvorm (or the total): vorige + prijs + volume + nieuwe instroom = huidige, exactly.
     *
     * @param jeugdzorgvorm the CBS code, {@code onbekend}, or {@code totaal}
     */
    public record Verloopregel(
            String jeugdzorgvorm,
            String naam,
            Bedrag vorige,
            Bedrag prijs,
            Bedrag volume,
            Bedrag nieuweInstroom,
            Bedrag huidige) {

        public Verloopregel {
            if (!vorige.plus(prijs).plus(volume).plus(nieuweInstroom).equals(huidige)) {
                throw new IllegalArgumentException("De delen van het verloop van " + naam + " tellen niet op tot "
                        + huidige + " (" + vorige + " + " + prijs + " + " + volume + " + " + nieuweInstroom + ")");
            }
        }

        public Bedrag verschil() {
            return huidige.min(vorige);
        }
    }

    public Prognoseverloop {
        hulpvormen = List.copyOf(hulpvormen);
    }

    /** Whether a stand of the previous month was kept, so the movement is known. */
    public boolean bekend() {
        return vorigeBerekendOp != null;
    }

    /** Without a stand of the month {@code sinds}: nothing to compare with. */
    static Prognoseverloop onbekend(YearMonth sinds) {
        return new Prognoseverloop(sinds, null, List.of(), null);
    }

    /** The movement from {@code vorige} to {@code huidige}, per jeugdzorgvorm in the order of the code list. */
    public static Prognoseverloop tussen(Prognosestand vorige, Prognosestand huidige) {
        Map<String, Prognosestand.Hulpvorm> oud = perVorm(vorige);
        Map<String, Prognosestand.Hulpvorm> nieuw = perVorm(huidige);
        Map<String, Bedrag> prijs = prijseffect(vorige.eenheden(), huidige.eenheden());
        Set<String> vormen = new LinkedHashSet<>();
        for (Jeugdzorgvorm v : Jeugdzorgvorm.values()) {
            vormen.add(v.code());
        }
        vormen.add("onbekend");
        vormen.addAll(oud.keySet());
        vormen.addAll(nieuw.keySet());
        List<Verloopregel> regels = new ArrayList<>();
        for (String vorm : vormen) {
            Prognosestand.Hulpvorm a = oud.get(vorm);
            Prognosestand.Hulpvorm b = nieuw.get(vorm);
            if (a == null && b == null) {
                continue;
            }
            Bedrag bekendOud = a == null ? Bedrag.NUL : a.bekend();
            Bedrag bekendNieuw = b == null ? Bedrag.NUL : b.bekend();
            Bedrag instroomOud = a == null ? Bedrag.NUL : a.instroom();
            Bedrag instroomNieuw = b == null ? Bedrag.NUL : b.instroom();
            Bedrag p = prijs.getOrDefault(vorm, Bedrag.NUL);
            regels.add(new Verloopregel(
                    vorm,
                    FinancienService.naam(vorm),
                    bekendOud.plus(instroomOud),
                    p,
                    bekendNieuw.min(bekendOud).min(p),
                    instroomNieuw.min(instroomOud),
                    bekendNieuw.plus(instroomNieuw)));
        }
        return new Prognoseverloop(vorige.maand(), vorige.berekendOp(), regels, totaal(regels));
    }

    /** The price effect per jeugdzorgvorm: per product and eenheid rounded to cents, then summed. */
    static Map<String, Bedrag> prijseffect(List<Prognosestand.Eenheid> vorige, List<Prognosestand.Eenheid> huidige) {
        Map<String, Prognosestand.Eenheid> oud =
                vorige.stream().collect(Collectors.toMap(Prognosestand.Eenheid::sleutel, Function.identity()));
        Map<String, Bedrag> perVorm = new java.util.TreeMap<>();
        for (Prognosestand.Eenheid nu : huidige) {
            Prognosestand.Eenheid toen = oud.get(nu.sleutel());
            if (toen == null || toen.eenheden().signum() == 0 || nu.eenheden().signum() == 0) {
                continue;
            }
            // amount now - amount then x units now / units then = (price now - price then) x units now.
            BigDecimal tegenOudePrijs = BigDecimal.valueOf(toen.bedrag().eurocent())
                    .multiply(nu.eenheden())
                    .divide(toen.eenheden(), REKEN);
            long effect = BigDecimal.valueOf(nu.bedrag().eurocent())
                    .subtract(tegenOudePrijs)
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            perVorm.merge(nu.jeugdzorgvorm(), new Bedrag(effect), Bedrag::plus);
        }
        return perVorm;
    }

    /**
     * How the total moved and the cause that moved it most (prijs, volume or nieuwe instroom), in one Dutch sentence
     * with the amounts; without a previous stand, that there is none.
     */
    public String samenvatting() {
        if (!bekend()) {
            return "Nog geen stand van vorige maand (" + Notatie.maand(sinds) + ").";
        }
        Bedrag verschil = totaal.verschil();
        String richting = verschil.isNul()
                ? "is sinds " + Notatie.maand(sinds) + " gelijk gebleven op " + totaal.huidige()
                : "is sinds " + Notatie.maand(sinds) + (verschil.isPositief() ? " gestegen" : " gedaald") + " met "
                        + verschil.absoluut() + " tot " + totaal.huidige();
        List<Oorzaak> oorzaken = List.of(
                new Oorzaak("prijs (wat een eenheid zorg kost)", totaal.prijs()),
                new Oorzaak("volume (de hoeveelheid zorg)", totaal.volume()),
                new Oorzaak("nieuwe instroom", totaal.nieuweInstroom()));
        Oorzaak grootste = oorzaken.stream()
                .max(Comparator.comparingLong(o -> Math.abs(o.bedrag().eurocent())))
                .orElseThrow();
        if (grootste.bedrag().isNul()) {
            return "De prognose " + richting + ".";
        }
        return "De prognose " + richting + "; de grootste oorzaak is " + grootste.naam() + ": "
                + grootste.bedrag().absoluut() + (grootste.bedrag().isPositief() ? " hoger" : " lager") + ".";
    }

    private record Oorzaak(String naam, Bedrag bedrag) {}

    private static Map<String, Prognosestand.Hulpvorm> perVorm(Prognosestand stand) {
        return stand.hulpvormen().stream()
                .collect(Collectors.toMap(Prognosestand.Hulpvorm::jeugdzorgvorm, Function.identity()));
    }

    private static Verloopregel totaal(List<Verloopregel> regels) {
        return new Verloopregel(
                "totaal",
                "Totaal",
                som(regels, Verloopregel::vorige),
                som(regels, Verloopregel::prijs),
                som(regels, Verloopregel::volume),
                som(regels, Verloopregel::nieuweInstroom),
                som(regels, Verloopregel::huidige));
    }

    private static Bedrag som(List<Verloopregel> regels, Function<Verloopregel, Bedrag> deel) {
        return Bedrag.som(regels.stream().map(deel).toList());
    }
}
