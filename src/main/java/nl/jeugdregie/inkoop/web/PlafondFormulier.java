package nl.jeugdregie.inkoop.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import nl.jeugdregie.inkoop.Budgetstand;
import nl.jeugdregie.kern.Bedrag;

/** The budget ceiling of an aanbieder for a year, in euros, with the percentage from which it is signalled. */
record PlafondFormulier(
        @NotNull(message = "Vul het jaar in")
        @Min(value = 2015, message = "Jaar ligt tussen 2015 en 2100")
        @Max(value = 2100, message = "Jaar ligt tussen 2015 en 2100")
        Integer jaar,

        @NotNull(message = "Vul het plafond in euro in")
        @DecimalMin(value = "0", message = "Een budgetplafond kan niet negatief zijn")
        @Digits(integer = 13, fraction = 2, message = "Vul het plafond in hele euro's of met twee decimalen in")
        BigDecimal plafond,

        @Min(value = 1, message = "De signaleringsgrens ligt tussen 1 en 100 procent")
        @Max(value = 100, message = "De signaleringsgrens ligt tussen 1 en 100 procent")
        Integer signaleringsgrens) {

    static final int STANDAARD_SIGNALERINGSGRENS = 80;

    static PlafondFormulier leeg(int jaar) {
        return new PlafondFormulier(jaar, null, STANDAARD_SIGNALERINGSGRENS);
    }

    static PlafondFormulier van(Budgetstand stand) {
        return new PlafondFormulier(stand.jaar(), stand.plafond().inEuro(), stand.signaleringsgrens());
    }

    Bedrag bedrag() {
        return Bedrag.euro(plafond);
    }

    int grens() {
        return signaleringsgrens == null ? STANDAARD_SIGNALERINGSGRENS : signaleringsgrens;
    }
}
