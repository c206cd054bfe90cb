package nl.jeugdregie.financien;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The verdeling in the region for a year: per part of the inkoop the settlement per gemeente, and per gemeente the
 * total over the parts. The gemeenten are those of the region on the peildatum (the last day of the year, or today
 * for the current year and later); a user who sees only its own gemeenten gets only their rows, with the region's
 * totals per part.
 *
 * @param versies every version of the keys of the year, the oldest first
 * @param heleRegio whether the rows are every gemeente of the region
 * @param inwonerjaren the years (1 January) of the inwoner figures used; the latest on or before the year
 * @param inwonersGeschat whether any of those figures is an estimate
 */
public record Verdeling(
        int jaar,
        LocalDate peildatum,
        List<Sleutelversie> versies,
        boolean heleRegio,
        int regiogemeenten,
        SortedSet<Integer> inwonerjaren,
        boolean inwonersGeschat,
        List<Deelverdeling> delen) {

    public Verdeling {
        versies = List.copyOf(versies);
        inwonerjaren = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(inwonerjaren));
        delen = List.copyOf(delen);
    }

    /** A gemeente's totals over every part. */
    public record Gemeentesaldo(GemeenteCode gemeente, Bedrag gebruik, Bedrag aandeel) {

        public Bedrag verschil() {
            return aandeel.min(gebruik);
        }
    }

    public Optional<Sleutelversie> actueel() {
        return versies.isEmpty() ? Optional.empty() : Optional.of(versies.get(versies.size() - 1));
    }

    /** Per gemeente shown, in the order of the rows, the sum of its rows over the parts. */
    public List<Gemeentesaldo> perGemeente() {
        List<Gemeentesaldo> saldi = new ArrayList<>();
        if (delen.isEmpty()) {
            return saldi;
        }
        for (Verdeelregel r : delen.get(0).regels()) {
            List<Verdeelregel> van = delen.stream()
                    .flatMap(d -> d.regels().stream())
                    .filter(x -> x.gemeente().equals(r.gemeente()))
                    .toList();
            saldi.add(new Gemeentesaldo(
                    r.gemeente(),
                    Bedrag.som(van.stream().map(Verdeelregel::gebruik).toList()),
                    Bedrag.som(van.stream().map(Verdeelregel::aandeel).toList())));
        }
        return saldi;
    }

    public Bedrag totaalGebruik() {
        return Bedrag.som(delen.stream().map(Deelverdeling::totaalGebruik).toList());
    }

    public Bedrag totaalAandeel() {
        return Bedrag.som(delen.stream().map(Deelverdeling::totaalAandeel).toList());
    }

    public Bedrag totaalVerschil() {
        return Bedrag.som(delen.stream().map(Deelverdeling::totaalVerschil).toList());
    }

    public Bedrag regiokosten() {
        return Bedrag.som(delen.stream().map(Deelverdeling::regiokosten).toList());
    }
}
