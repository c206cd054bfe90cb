package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jeugdregie.inkoop.Ontwikkelafspraak;
import nl.jeugdregie.inkoop.Ontwikkelopgave;
import nl.jeugdregie.inkoop.OntwikkelopgaveService;
import org.springframework.format.annotation.DateTimeFormat;

/** What a strategic partner agrees on for one ontwikkelopgave, from the page form or the API. */
record OntwikkelafspraakFormulier(
        @NotNull(message = "Kies de ontwikkelopgave") Ontwikkelopgave opgave,

        @NotBlank(message = "Vul de indicator in") @Size(max = 300, message = "Indicator mag hoogstens 300 tekens zijn")
        String indicator,

        BigDecimal nulmeting,

        @NotNull(message = "Vul de streefwaarde in") BigDecimal streefwaarde,

        @NotBlank(message = "Vul de eenheid in") @Size(max = 40, message = "Eenheid mag hoogstens 40 tekens zijn")
        String eenheid,

        @NotNull(message = "Vul de streefdatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate streefdatum) {

    /** Records this afspraak under the contract. */
    Ontwikkelafspraak voegToe(OntwikkelopgaveService ontwikkelopgaven, long contractId) {
        return ontwikkelopgaven.voegAfspraakToe(
                contractId, opgave, indicator, nulmeting, streefwaarde, eenheid, streefdatum);
    }

    static OntwikkelafspraakFormulier leeg() {
        return new OntwikkelafspraakFormulier(null, "", null, null, "", null);
    }
}
