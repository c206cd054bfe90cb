package nl.jeugdregie.regio.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A membership of a gemeente in a jeugdregio, from the page form or the API. */
record LidmaatschapFormulier(
        @NotBlank(message = "Kies een jeugdregio") @Pattern(regexp = "JZ[0-9]{2}", message = "Onbekende jeugdregio")
        String jeugdregio,

        @NotNull(message = "Vul de begindatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate begindatum,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum) {

    @AssertTrue(message = "Einddatum mag niet voor de begindatum liggen")
    boolean isEinddatumNaBegindatum() {
        return begindatum == null || einddatum == null || !einddatum.isBefore(begindatum);
    }

    static LidmaatschapFormulier leeg() {
        return new LidmaatschapFormulier("", null, null);
    }
}
