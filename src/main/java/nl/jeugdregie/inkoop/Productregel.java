package nl.jeugdregie.inkoop;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;

/**
 * One entry of the official product code list as published, before the catalogue's rules are
 * applied; {@code "-"} and blanks mean absent, as in the published list.
 */
record Productregel(
        String productcode,
        String omschrijving,
        String productcategorie,
        String uitvoeringsvariant,
        String dimensieCode,
        String dimensieOmschrijving,
        String nzaDeclaratiecode) {

    /**
     * The catalogue entry for this line. A category heading ({@code 45A00} without category) takes
     * the category of its code and is taakgericht; where the list names no variant it is derived from
     * the unit in the name ("Per dag", "Per dagdeel", NHC/NIC: inspanningsgericht), from an NZa
     * prestatie or a category 50 to 53 (outputgericht), otherwise inspanningsgericht. The CBS
     * hulpvorm is the dimensie when that is a hulpvorm ("Zonder verblijf: ...", "Met verblijf: ..."); the
     * jeugdzorgvorm is the standaard one.
     *
     * @throws IllegalArgumentException with a Dutch reason when the line cannot be used
     */
    Product alsProduct() {
        String code = code();
        if (leeg(omschrijving)) {
            throw new IllegalArgumentException("omschrijving ontbreekt");
        }
        boolean kop = leeg(productcategorie);
        String categorieCode = kop ? code.substring(0, 2) : productcategorie.trim();
        Productcategorie categorie = Productcategorie.find(categorieCode)
                .orElseThrow(() ->
                        new IllegalArgumentException("productcategorie '" + categorieCode + "' bestaat niet (JZ020)"));
        String naam = enkeleSpaties(omschrijving);
        String nza = leeg(nzaDeclaratiecode) ? null : nzaDeclaratiecode.trim();
        Optional<Uitvoeringsvariant> gegeven = gegevenVariant();
        Uitvoeringsvariant variant = gegeven.orElseGet(() -> afgeleideVariant(naam, kop, nza, categorieCode));
        String dimensie = leeg(dimensieCode) ? null : dimensieCode.trim();
        String dimensieTekst = leeg(dimensieOmschrijving) ? null : enkeleSpaties(dimensieOmschrijving);
        return new Product(
                        code,
                        naam,
                        categorie,
                        variant,
                        gegeven.isEmpty(),
                        gegeven.isPresent() ? variant.eenheden() : eenhedenVolgensNaam(naam, variant),
                        hulpvorm(dimensie, dimensieTekst),
                        dimensie,
                        dimensieTekst,
                        nza,
                        Productbron.JZ21,
                        null,
                        null,
                        true)
                .metStandaardJeugdzorgvorm();
    }

    /** The product code in capitals, in the form of the list ({@code 45A48}). */
    private String code() {
        String code = leeg(productcode) ? null : productcode.trim().toUpperCase(Locale.ROOT);
        if (code == null || !code.matches("[0-9]{2}[0-9A-Z]{3}")) {
            throw new IllegalArgumentException("productcode '" + productcode + "' heeft niet de vorm 45A48");
        }
        return code;
    }

    /** The variant the list names, if it names one. */
    private Optional<Uitvoeringsvariant> gegevenVariant() {
        Optional<Uitvoeringsvariant> gegeven = Uitvoeringsvariant.lees(uitvoeringsvariant);
        if (!leeg(uitvoeringsvariant) && gegeven.isEmpty()) {
            throw new IllegalArgumentException("uitvoeringsvariant '" + uitvoeringsvariant + "' is onbekend");
        }
        return gegeven;
    }

    /**
     * The variant where the list names none: per day (part) or NHC/NIC is inspanningsgericht, a category heading
     * taakgericht, an NZa prestatie or a category 50 to 53 outputgericht, anything else inspanningsgericht.
     */
    private static Uitvoeringsvariant afgeleideVariant(String naam, boolean kop, String nza, String categorie) {
        String klein = naam.toLowerCase(Locale.ROOT);
        if (klein.startsWith("per dag") || klein.equals("nhc") || klein.equals("nic")) {
            return Uitvoeringsvariant.INSPANNINGSGERICHT;
        }
        if (kop) {
            return Uitvoeringsvariant.TAAKGERICHT;
        }
        if (nza != null || categorie.compareTo("50") >= 0 && categorie.compareTo("53") <= 0) {
            return Uitvoeringsvariant.OUTPUTGERICHT;
        }
        return Uitvoeringsvariant.INSPANNINGSGERICHT;
    }

    /** A derived variant's eenheden: the one the name states ("Per dagdeel", "Per dag", NHC/NIC), else the variant's. */
    private static List<Eenheid> eenhedenVolgensNaam(String naam, Uitvoeringsvariant variant) {
        String klein = naam.toLowerCase(Locale.ROOT);
        if (klein.startsWith("per dagdeel")) {
            return List.of(Eenheid.DAGDEEL);
        }
        if (klein.startsWith("per dag") || klein.equals("nhc") || klein.equals("nic")) {
            return List.of(Eenheid.ETMAAL);
        }
        return variant.eenheden();
    }

    /** The CBS hulpvorm, when the dimensie is one ("Zonder verblijf: ...", "Met verblijf: ..."). */
    private static Hulpvorm hulpvorm(String dimensie, String dimensieTekst) {
        boolean isHulpvorm = dimensieTekst != null
                && dimensieTekst.toLowerCase(Locale.ROOT).matches("^(zonder|met) verblijf.*")
                && dimensie != null;
        return isHulpvorm ? Hulpvorm.find(dimensie).orElse(null) : null;
    }

    private static String enkeleSpaties(String tekst) {
        return String.join(" ", tekst.trim().split("\\s+"));
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank() || waarde.trim().equals("-");
    }
}
