package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.jeugdregie.inkoop.Contract;
import nl.jeugdregie.inkoop.Contractgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Periode;
import org.springframework.format.annotation.DateTimeFormat;

/** A new or changed contract, from the page form or the API. */
record ContractFormulier(
        @NotBlank(message = "Vul het contractnummer in")
        @Size(max = 30, message = "Contractnummer mag hoogstens 30 tekens zijn")
        String nummer,

        @NotBlank(message = "Vul de AGB-code van de aanbieder in")
        @Pattern(regexp = "[0-9]{8}", message = "AGB-code moet uit precies 8 cijfers bestaan")
        String agb,

        @NotBlank(message = "Vul het perceel in") @Size(max = 200, message = "Perceel mag hoogstens 200 tekens zijn")
        String perceel,

        @NotNull(message = "Vul de begindatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate begindatum,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,

        @Size(max = 2000, message = "Toelichting mag hoogstens 2000 tekens zijn")
        String toelichting) {

    @AssertTrue(message = "Einddatum mag niet voor de begindatum liggen")
    boolean isEinddatumNaBegindatum() {
        return begindatum == null || einddatum == null || !einddatum.isBefore(begindatum);
    }

    static ContractFormulier leeg(String agb) {
        return new ContractFormulier("", agb, "", null, null, "");
    }

    static ContractFormulier van(Contract contract) {
        return new ContractFormulier(
                contract.nummer(),
                contract.agb().value(),
                contract.perceel(),
                contract.looptijd().begin(),
                contract.looptijd().eind(),
                contract.toelichting());
    }

    Contractgegevens gegevens() {
        return new Contractgegevens(nummer, new AgbCode(agb), perceel, new Periode(begindatum, einddatum), toelichting);
    }
}
