package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.jeugdregie.inkoop.Uitvoeringsvariant;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;

/**
 * A regional product code mapped to a productcategorie (JZ020), from the page form or the API.
 * Without eenheden it gets those of its uitvoeringsvariant; without hulpvorm that of its category.
 */
record RegionaalProductFormulier(
        @NotBlank(message = "Vul de productcode in")
        @Pattern(regexp = "[0-9A-Za-z]{5}", message = "Productcode moet uit 5 letters of cijfers bestaan")
        String code,

        @NotBlank(message = "Vul de omschrijving in")
        @Size(max = 200, message = "Omschrijving mag hoogstens 200 tekens zijn")
        String omschrijving,

        @NotBlank(message = "Kies de productcategorie") String categorie,

        @NotNull(message = "Kies de uitvoeringsvariant") Uitvoeringsvariant uitvoeringsvariant,

        List<String> eenheden,

        String hulpvorm) {

    static RegionaalProductFormulier leeg() {
        return new RegionaalProductFormulier("", "", "", null, List.of(), "");
    }

    Productcategorie productcategorie() {
        return Productcategorie.vanCode(categorie);
    }

    List<Eenheid> gekozenEenheden() {
        return eenheden == null
                ? List.of()
                : eenheden.stream()
                        .filter(e -> !e.isBlank())
                        .map(Eenheid::vanCode)
                        .toList();
    }

    Hulpvorm cbsHulpvorm() {
        return hulpvorm == null || hulpvorm.isBlank() ? null : Hulpvorm.vanCode(hulpvorm);
    }
}
