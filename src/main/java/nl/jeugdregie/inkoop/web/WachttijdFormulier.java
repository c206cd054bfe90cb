package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jeugdregie.inkoop.Wachttijd;
import nl.jeugdregie.inkoop.Wachttijdgegevens;
import nl.jeugdregie.kern.AgbCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A waiting time as an aanbieder or the region enters it. Without {@code bevestigdOp} it is
 * confirmed today.
 */
record WachttijdFormulier(
        @Pattern(regexp = "([0-9]{8})?", message = "AGB-code moet uit precies 8 cijfers bestaan")
        String agb,

        @Pattern(regexp = "([0-9A-Za-z]{5})?", message = "Productcode bestaat uit 5 tekens, bijvoorbeeld 45A53")
        String productcode,

        @Size(max = 200, message = "Aanbod mag hoogstens 200 tekens zijn")
        String aanbod,

        @Size(max = 200, message = "Locatie mag hoogstens 200 tekens zijn")
        String locatie,

        @DecimalMin(value = "0", message = "Weken tot intake kan niet negatief zijn")
        @DecimalMax(value = "520", message = "Weken tot intake is hoogstens 520")
        BigDecimal wekenTotIntake,

        @DecimalMin(value = "0", message = "Weken van intake tot start kan niet negatief zijn")
        @DecimalMax(value = "520", message = "Weken van intake tot start is hoogstens 520")
        BigDecimal wekenTotStart,

        @Min(value = 0, message = "Vrije plaatsen kan niet negatief zijn")
        Integer vrijePlaatsen,

        Boolean aanmeldstop,

        @Size(max = 1000, message = "Toelichting mag hoogstens 1000 tekens zijn")
        String toelichting,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bevestigdOp) {

    static WachttijdFormulier leeg(String agb) {
        return new WachttijdFormulier(agb, "", "", "", null, null, null, false, "", null);
    }

    static WachttijdFormulier van(Wachttijd w) {
        return new WachttijdFormulier(
                w.agb().value(),
                w.productcode(),
                w.aanbod(),
                w.locatie(),
                w.wekenTotIntake(),
                w.wekenTotStart(),
                w.vrijePlaatsen(),
                w.aanmeldstop(),
                w.toelichting(),
                null);
    }

    Wachttijdgegevens gegevens(AgbCode aanbieder) {
        return new Wachttijdgegevens(
                aanbieder,
                productcode,
                aanbod,
                locatie,
                wekenTotIntake,
                wekenTotStart,
                vrijePlaatsen,
                Boolean.TRUE.equals(aanmeldstop),
                toelichting,
                null,
                bevestigdOp);
    }
}
