package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.jeugdregie.inkoop.Locatie;

/** A new or changed location of an aanbieder, from the page form or the API. */
record LocatieFormulier(
        @NotBlank(message = "Vul de naam van de locatie in")
        @Size(max = 200, message = "Naam mag hoogstens 200 tekens zijn")
        String naam,

        @Size(max = 200, message = "Adres mag hoogstens 200 tekens zijn")
        String adres,

        @Pattern(regexp = "([1-9][0-9]{3} ?[A-Za-z]{2})?", message = "Postcode moet zijn als 7511 AB")
        String postcode,

        @Size(max = 100, message = "Plaats mag hoogstens 100 tekens zijn")
        String plaats) {

    static LocatieFormulier leeg() {
        return new LocatieFormulier("", "", "", "");
    }

    static LocatieFormulier van(Locatie locatie) {
        return new LocatieFormulier(locatie.naam(), locatie.adres(), locatie.postcode(), locatie.plaats());
    }
}
