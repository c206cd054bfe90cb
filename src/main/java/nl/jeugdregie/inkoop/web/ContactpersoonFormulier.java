package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.jeugdregie.inkoop.Contactpersoon;

/** A new or changed contact person of an aanbieder, from the page form or the API. */
record ContactpersoonFormulier(
        @NotBlank(message = "Vul de naam in") @Size(max = 200, message = "Naam mag hoogstens 200 tekens zijn")
        String naam,

        @Size(max = 200, message = "Functie mag hoogstens 200 tekens zijn")
        String functie,

        @Pattern(regexp = "(\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*)?", message = "E-mailadres is ongeldig")
        String email,

        @Size(max = 30, message = "Telefoonnummer mag hoogstens 30 tekens zijn")
        String telefoon) {

    static ContactpersoonFormulier leeg() {
        return new ContactpersoonFormulier("", "", "", "");
    }

    static ContactpersoonFormulier van(Contactpersoon persoon) {
        return new ContactpersoonFormulier(persoon.naam(), persoon.functie(), persoon.email(), persoon.telefoon());
    }
}
