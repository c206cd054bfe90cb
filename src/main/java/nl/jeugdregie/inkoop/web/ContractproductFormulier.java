package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A product added to a contract, with the eenheid (WJ756 code) its tariffs are per. */
record ContractproductFormulier(
        @NotBlank(message = "Vul de productcode in")
        @Pattern(regexp = "[0-9A-Za-z]{5}", message = "Productcode bestaat uit 5 tekens, bijvoorbeeld 45A53")
        String productcode,

        @NotBlank(message = "Kies de eenheid") @Pattern(regexp = "[0-9]{2}", message = "Kies een eenheid uit de lijst")
        String eenheid) {

    static ContractproductFormulier leeg() {
        return new ContractproductFormulier("", "");
    }
}
