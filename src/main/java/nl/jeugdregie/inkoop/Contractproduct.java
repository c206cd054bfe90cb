package nl.jeugdregie.inkoop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;

/** A product an aanbieder may deliver under a contract, in one eenheid, with its tariffs in time order. */
public record Contractproduct(
        long id, String productcode, String omschrijving, Eenheid eenheid, List<Tarief> tarieven) {

    public Contractproduct {
        tarieven = List.copyOf(tarieven);
    }

    public Optional<Tarief> tarief(long id) {
        return tarieven.stream().filter(t -> t.id() == id).findFirst();
    }

    /** The tariff valid on that day; tariff periods never overlap, so there is at most one. */
    public Optional<Tarief> tariefOp(LocalDate dag) {
        return tarieven.stream().filter(t -> t.geldig().bevat(dag)).findFirst();
    }
}
