package nl.jeugdregie.financien;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financial picture of a gemeente in a year, recomputed from the toewijzingen, contract tariffs and declaraties on
 * every request (three set-based questions), so it follows every change at once.
 */
@Service
public class FinancienService {

    /** The months of history behind the expected inflow. */
    static final int HISTORIE_MAANDEN = 12;

    private final FinancienRepository repository;
    private final BegrotingService begrotingen;
    private final Financienrechten rechten;
    private final Prognosestanden standen;
    private final Clock clock;

    FinancienService(
            FinancienRepository repository,
            BegrotingService begrotingen,
            Financienrechten rechten,
            Prognosestanden standen,
            Clock clock) {
        this.repository = repository;
        this.begrotingen = begrotingen;
        this.rechten = rechten;
        this.standen = standen;
        this.clock = clock;
    }

    /** The gemeenten the user may see, by code. */
    public List<GemeenteCode> zichtbareGemeenten() {
        return rechten.zichtbareGemeenten();
    }

    /**
     * The picture on today's peildatum; the first one computed in a month is kept as that month's stand of the prognose
     * (see {@link Prognosestanden}).
     */
    @Transactional(readOnly = true)
    public Financieelbeeld beeld(GemeenteCode gemeente, int jaar) {
        rechten.vereisLezen(gemeente);
        BegrotingService.controleerJaar(jaar);
        Financieelbeeld beeld = bereken(gemeente, jaar);
        standen.houdBij(beeld);
        return beeld;
    }

    /**
     * How the prognose of {@code beeld} moved since the kept stand of the month before its peildatum, and why (prijs,
     * volume, nieuwe instroom); unknown when no stand of that month was kept.
     */
    @Transactional(readOnly = true)
    public Prognoseverloop verloop(Financieelbeeld beeld) {
        rechten.vereisLezen(beeld.gemeente());
        return standen.verloop(beeld);
    }

    /** The picture without checking the user: for the view above and for work of the platform itself. */
    @Transactional(readOnly = true)
    Financieelbeeld bereken(GemeenteCode gemeente, int jaar) {
        LocalDate peildatum = LocalDate.now(clock);
        LocalDate jaarbegin = LocalDate.of(jaar, 1, 1);
        LocalDate jaareind = LocalDate.of(jaar, 12, 31);
        List<GemeenteCode> alleen = List.of(gemeente);

        LocalDate vanaf = peildatum.isAfter(jaarbegin) ? peildatum : jaarbegin;
        List<Verplichting> verplichtingen =
                vanaf.isAfter(jaareind) ? List.of() : repository.verplichtingen(alleen, vanaf, jaareind);
        List<Realisatie> realisatie = repository.realisatie(alleen, jaarbegin, jaareind);
        Map<String, List<Instroommaand>> historie = jaar < peildatum.getYear()
                ? Map.of()
                : repository.instroom(
                        alleen,
                        YearMonth.from(peildatum).minusMonths(HISTORIE_MAANDEN),
                        YearMonth.from(peildatum).minusMonths(1));
        List<YearMonth> toekomst = toekomst(jaar, peildatum);
        Begroting begroting = begrotingen.lees(gemeente, jaar);

        List<String> vormen = new ArrayList<>();
        for (Jeugdzorgvorm v : Jeugdzorgvorm.values()) {
            vormen.add(v.code());
        }
        vormen.add("onbekend");
        List<Hulpvormregel> regels = new ArrayList<>();
        for (String vorm : vormen) {
            Instroomprognose.Uitkomst instroom = historie.containsKey(vorm)
                    ? Instroomprognose.bereken(historie.get(vorm), toekomst)
                    : Instroomprognose.Uitkomst.GEEN;
            Hulpvormregel regel = new Hulpvormregel(
                    vorm,
                    naam(vorm),
                    Jeugdzorgvorm.find(vorm).map(begroting::voor).orElse(Bedrag.NUL),
                    som(realisatie, r -> r.jeugdzorgvorm().equals(vorm), Realisatie::goedgekeurd),
                    som(realisatie, r -> r.jeugdzorgvorm().equals(vorm), Realisatie::nietGoedgekeurd),
                    som(verplichtingen, v -> v.jeugdzorgvorm().equals(vorm), Verplichting::bedrag),
                    instroom.verwacht(),
                    instroom.laag(),
                    instroom.hoog(),
                    instroom.toewijzingen(),
                    verplichtingen.stream()
                            .filter(v -> v.jeugdzorgvorm().equals(vorm))
                            .mapToLong(Verplichting::zonderTarief)
                            .sum());
            if (!regel.isLeeg() || Jeugdzorgvorm.find(vorm).isPresent()) {
                regels.add(regel);
            }
        }
        List<Bedrag> perMaand = new ArrayList<>();
        for (int maand = 1; maand <= 12; maand++) {
            int m = maand;
            perMaand.add(som(realisatie, r -> r.maand() == m, Realisatie::goedgekeurd));
        }
        return new Financieelbeeld(
                gemeente,
                jaar,
                peildatum,
                begroting.actueel().map(Begrotingsversie::versie).orElse(0),
                regels,
                Hulpvormregel.totaal(regels),
                verplichtingen,
                realisatie,
                perMaand);
    }

    /** The months of {@code jaar} after the peildatum's month in which new toewijzingen may still start. */
    static List<YearMonth> toekomst(int jaar, LocalDate peildatum) {
        List<YearMonth> maanden = new ArrayList<>();
        for (int maand = 1; maand <= 12; maand++) {
            YearMonth m = YearMonth.of(jaar, maand);
            if (m.isAfter(YearMonth.from(peildatum))) {
                maanden.add(m);
            }
        }
        return maanden;
    }

    /** The name of a jeugdzorgvorm with its code, as every page shows it. */
    public static String naam(String jeugdzorgvorm) {
        return Jeugdzorgvorm.find(jeugdzorgvorm).map(Notatie::code).orElse("Onbekend");
    }

    private static <T> Bedrag som(List<T> rijen, Predicate<T> welke, Function<T, Bedrag> bedrag) {
        return Bedrag.som(rijen.stream().filter(welke).map(bedrag).toList());
    }
}
