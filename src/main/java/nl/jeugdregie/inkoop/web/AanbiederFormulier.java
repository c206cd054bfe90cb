package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.AanbiederStatus;
import nl.jeugdregie.inkoop.Aanbiedergegevens;
import nl.jeugdregie.inkoop.Relatie;
import nl.jeugdregie.kern.AgbCode;

/** A new or changed aanbieder, from the page form or the API. */
record AanbiederFormulier(
        @NotBlank(message = "Vul de AGB-code in")
        @Pattern(regexp = "[0-9]{8}", message = "AGB-code moet uit precies 8 cijfers bestaan, bijvoorbeeld 98123456")
        String agb,

        @Pattern(regexp = "([0-9]{8})?", message = "KvK-nummer moet uit precies 8 cijfers bestaan")
        String kvk,

        @NotBlank(message = "Vul de naam in") @Size(max = 200, message = "Naam mag hoogstens 200 tekens zijn")
        String naam,

        @NotNull(message = "Kies de soort relatie") Relatie relatie,
        AanbiederStatus status,

        @Size(max = 200, message = "Website mag hoogstens 200 tekens zijn")
        String website,

        List<@Size(max = 200, message = "Een andere naam mag hoogstens 200 tekens zijn") String> aliassen) {

    static AanbiederFormulier leeg() {
        return new AanbiederFormulier("", "", "", Relatie.REGULIER, AanbiederStatus.ACTIEF, "", List.of());
    }

    static AanbiederFormulier van(Aanbieder aanbieder) {
        return new AanbiederFormulier(
                aanbieder.agb().value(),
                aanbieder.kvk(),
                aanbieder.naam(),
                aanbieder.relatie(),
                aanbieder.status(),
                aanbieder.website(),
                aanbieder.aliassen());
    }

    Aanbiedergegevens gegevens() {
        return new Aanbiedergegevens(new AgbCode(agb), kvk, naam, relatie, status, website, aliassen);
    }
}
