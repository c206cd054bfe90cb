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
     * hulpvorm is the dimensie when that is a hulpvorm ("Zonder verblijf: ...", "Met verblijf: ...").
     *
     * @throws IllegalArgumentException with a Dutch reason when the line cannot be used
     */
    Product alsProduct() {
        String code = leeg(productcode) ? null : productcode.trim().toUpperCase(Locale.ROOT);
        if (code == null || !code.matches("[0-9]{2}[0-9A-Z]{3}")) {
            throw new IllegalArgumentException("productcode '" + productcode + "' heeft niet de vorm 45A48");
        }
        if (leeg(omschrijving)) {
            throw new IllegalArgumentException("omschrijving ontbreekt");
        }
        boolean kop = leeg(productcategorie);
        String categorieCode = kop ? code.substring(0, 2) : productcategorie.trim();
        Productcategorie categorie = Productcategorie.find(categorieCode)
                .orElseThrow(() ->
                        new IllegalArgumentException("productcategorie '" + categorieCode + "' bestaat niet (JZ020)"));
        String naam = String.join(" ", omschrijving.trim().split("\\s+"));
        String nza = leeg(nzaDeclaratiecode) ? null : nzaDeclaratiecode.trim();
        Optional<Uitvoeringsvariant> gegeven = Uitvoeringsvariant.lees(uitvoeringsvariant);
        if (!leeg(uitvoeringsvariant) && gegeven.isEmpty()) {
            throw new IllegalArgumentException("uitvoeringsvariant '" + uitvoeringsvariant + "' is onbekend");
        }
        Uitvoeringsvariant variant;
        List<Eenheid> eenheden;
        String klein = naam.toLowerCase(Locale.ROOT);
        if (gegeven.isPresent()) {
            variant = gegeven.get();
            eenheden = variant.eenheden();
        } else if (klein.startsWith("per dagdeel")) {
            variant = Uitvoeringsvariant.INSPANNINGSGERICHT;
            eenheden = List.of(Eenheid.DAGDEEL);
        } else if (klein.startsWith("per dag") || klein.equals("nhc") || klein.equals("nic")) {
            variant = Uitvoeringsvariant.INSPANNINGSGERICHT;
            eenheden = List.of(Eenheid.ETMAAL);
        } else if (kop) {
            variant = Uitvoeringsvariant.TAAKGERICHT;
            eenheden = List.of();
        } else if (nza != null || categorieCode.compareTo("50") >= 0 && categorieCode.compareTo("53") <= 0) {
            variant = Uitvoeringsvariant.OUTPUTGERICHT;
            eenheden = variant.eenheden();
        } else {
            variant = Uitvoeringsvariant.INSPANNINGSGERICHT;
            eenheden = variant.eenheden();
        }
        String dimensie = leeg(dimensieCode) ? null : dimensieCode.trim();
        String dimensieTekst = leeg(dimensieOmschrijving)
                ? null
                : String.join(" ", dimensieOmschrijving.trim().split("\\s+"));
        Hulpvorm hulpvorm = dimensieTekst != null
                        && dimensieTekst.toLowerCase(Locale.ROOT).matches("^(zonder|met) verblijf.*")
                        && dimensie != null
                ? Hulpvorm.find(dimensie).orElse(null)
                : null;
        return new Product(
                code,
                naam,
                categorie,
                variant,
                gegeven.isEmpty(),
                eenheden,
                hulpvorm,
                dimensie,
                dimensieTekst,
                nza,
                Productbron.JZ21,
                null);
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank() || waarde.trim().equals("-");
    }
}
