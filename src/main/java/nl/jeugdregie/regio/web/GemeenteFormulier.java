package nl.jeugdregie.regio.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new or changed gemeente, from the page form or the API. */
record GemeenteFormulier(
        @NotBlank(message = "Vul de gemeentecode in")
        @Pattern(regexp = "[0-9]{4}", message = "Gemeentecode moet uit precies 4 cijfers bestaan, bijvoorbeeld 0153")
        String code,

        @NotBlank(message = "Vul de naam in") @Size(max = 80, message = "Naam mag hoogstens 80 tekens zijn")
        String naam,

        @Size(max = 40, message = "Provincie mag hoogstens 40 tekens zijn")
        String provincie) {

    static GemeenteFormulier leeg() {
        return new GemeenteFormulier("", "", "");
    }
}
