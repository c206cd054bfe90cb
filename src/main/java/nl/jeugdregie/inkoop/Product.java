package nl.jeugdregie.inkoop;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;

/**
 * A product of the catalogue: a JZ21 code or a regional code mapped to a category.
 *
 * @param variantAfgeleid whether the uitvoeringsvariant was derived because the official list names none
 * @param eenheden the eenheden (WJ756) a toewijzing or tariff of this product may use
 * @param hulpvorm the CBS hulpvorm, if the product has one
 * @param dimensieCode the official list's dimensie (a hulpvorm, or for JB/JR the kind of measure)
 * @param vervallenOp the day an updated official list no longer contained the code
 * @param jeugdzorgvorm the CBS jeugdzorgvorm the sturingsinformatie counts the product under; null: onbekend
 * @param jeugdzorgvormStandaard whether that is the standaard jeugdzorgvorm ({@link StandaardJeugdzorgvorm}) rather
 *     than one inkoop set
 */
public record Product(
        String code,
        String omschrijving,
        Productcategorie categorie,
        Uitvoeringsvariant uitvoeringsvariant,
        boolean variantAfgeleid,
        List<Eenheid> eenheden,
        Hulpvorm hulpvorm,
        String dimensieCode,
        String dimensieOmschrijving,
        String nzaDeclaratiecode,
        Productbron bron,
        LocalDate vervallenOp,
        Jeugdzorgvorm jeugdzorgvorm,
        boolean jeugdzorgvormStandaard) {

    public Product {
        eenheden = List.copyOf(eenheden);
    }

    public Optional<Jeugdzorgvorm> cbsJeugdzorgvorm() {
        return Optional.ofNullable(jeugdzorgvorm);
    }

    /** The jeugdzorgvorm that follows from the category, hulpvorm and omschrijving, until inkoop sets one. */
    public Optional<Jeugdzorgvorm> standaardJeugdzorgvorm() {
        return StandaardJeugdzorgvorm.van(this);
    }

    /** This product with its standaard jeugdzorgvorm. */
    Product metStandaardJeugdzorgvorm() {
        return metJeugdzorgvorm(standaardJeugdzorgvorm().orElse(null), true);
    }

    Product metJeugdzorgvorm(Jeugdzorgvorm vorm, boolean standaard) {
        return new Product(
                code,
                omschrijving,
                categorie,
                uitvoeringsvariant,
                variantAfgeleid,
                eenheden,
                hulpvorm,
                dimensieCode,
                dimensieOmschrijving,
                nzaDeclaratiecode,
                bron,
                vervallenOp,
                vorm,
                standaard);
    }

    public Optional<Hulpvorm> cbsHulpvorm() {
        return Optional.ofNullable(hulpvorm);
    }

    public boolean isVervallen() {
        return vervallenOp != null;
    }

    public boolean staatToe(Eenheid eenheid) {
        return eenheden.contains(eenheid);
    }

    /** Every frequency allowed with at least one of the product's eenheden. */
    public List<Frequentie> frequenties() {
        Set<Frequentie> frequenties = new LinkedHashSet<>();
        eenheden.forEach(e -> frequenties.addAll(uitvoeringsvariant.frequenties(e)));
        return frequenties.stream().sorted().toList();
    }
}
