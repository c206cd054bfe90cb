package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The value of an ontwikkelafspraak's indicator on a peildatum, from the page form or the API. */
record VoortgangFormulier(
        @NotNull(message = "Vul de peildatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate peildatum,

        @NotNull(message = "Vul de waarde in") BigDecimal waarde,

        @Size(max = 1000, message = "Toelichting mag hoogstens 1000 tekens zijn")
        String toelichting) {

    static VoortgangFormulier leeg(LocalDate vandaag) {
        return new VoortgangFormulier(vandaag, null, "");
    }
}
