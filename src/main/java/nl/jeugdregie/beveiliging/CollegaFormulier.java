package nl.jeugdregie.beveiliging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new colleague of the aanbieder: a medewerker with the role Aanbieder, optionally also managing colleagues. */
record CollegaFormulier(
        @NotBlank(message = "Vul de gebruikersnaam in")
        @Pattern(
                regexp = "[a-z0-9._@-]{2,100}",
                message = "Gebruikersnaam: 2 tot 100 kleine letters, cijfers of . _ @ -")
        String gebruikersnaam,

        @NotBlank(message = "Vul de naam in") @Size(max = 100, message = "Naam mag hoogstens 100 tekens zijn")
        String naam,

        String wachtwoord,
        Boolean beheer) {

    static CollegaFormulier leeg() {
        return new CollegaFormulier("", "", "", false);
    }
}
