package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A tariff: the amount in euros ({@code 85.12}, or Dutch {@code € 85,12}) per eenheid, valid from
 * {@code begindatum} up to and including {@code einddatum} (empty: open-ended).
 */
record TariefFormulier(
        @NotBlank(message = "Vul het tarief in") String bedrag,

        @NotNull(message = "Vul de begindatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate begindatum,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum) {

    @AssertTrue(message = "Einddatum mag niet voor de begindatum liggen")
    boolean isEinddatumNaBegindatum() {
        return begindatum == null || einddatum == null || !einddatum.isBefore(begindatum);
    }

    @AssertTrue(message = "Tarief is geen geldig bedrag, vul bijvoorbeeld 85,12 in")
    boolean isBedragLeesbaar() {
        if (bedrag == null || bedrag.isBlank()) {
            return true;
        }
        try {
            alsBedrag();
            return true;
        } catch (OngeldigeWaarde e) {
            return false;
        }
    }

    Bedrag alsBedrag() {
        String tekst = bedrag.trim();
        if (tekst.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
            return Bedrag.euro(new BigDecimal(tekst));
        }
        return Bedrag.parse(tekst);
    }

    Periode periode() {
        return new Periode(begindatum, einddatum);
    }

    static TariefFormulier leeg() {
        return new TariefFormulier("", null, null);
    }
}
