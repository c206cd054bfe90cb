package nl.jeugdregie.toewijzing.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.jeugdregie.kern.Bsn;
import org.springframework.format.annotation.DateTimeFormat;

/** A toewijzing the gemeente gives on its own initiative, as the page form sends it. */
record ToewijzingFormulier(
        @NotBlank(message = "Kies een gemeente") String gemeente,

        @NotBlank(message = "Vul het BSN in") String bsn,

        @NotBlank(message = "Vul de AGB-code van de aanbieder in")
        @Pattern(regexp = "[0-9]{8}", message = "AGB-code moet uit precies 8 cijfers bestaan")
        String aanbieder,

        String productcategorie,

        @Size(max = 5, message = "Productcode is hoogstens 5 tekens")
        String productcode,

        @NotNull(message = "Vul de ingangsdatum in") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate ingangsdatum,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,

        @PositiveOrZero(message = "Volume kan niet negatief zijn")
        Long volume,

        String eenheid,

        String frequentie,

        String budget,

        @Size(max = 4000, message = "Commentaar is hoogstens 4000 tekens")
        String commentaar) {

    static ToewijzingFormulier leeg(String gemeente) {
        return new ToewijzingFormulier(gemeente, "", "", "", "", null, null, null, "", "", "", "");
    }

    @AssertTrue(message = "BSN moet uit 9 cijfers bestaan en voldoen aan de elfproef")
    boolean isBsnGeldig() {
        return bsn == null || bsn.isBlank() || Bsn.voldoetAanElfproef(bsn.strip());
    }

    @AssertTrue(message = "Einddatum mag niet voor de ingangsdatum liggen")
    boolean isEinddatumNaIngangsdatum() {
        return ingangsdatum == null || einddatum == null || !einddatum.isBefore(ingangsdatum);
    }

    @AssertTrue(message = "Vul bij een omvang het volume, de eenheid en de frequentie alle drie in")
    boolean isOmvangVolledig() {
        boolean volumeGevuld = volume != null;
        boolean eenheidGevuld = eenheid != null && !eenheid.isBlank();
        boolean frequentieGevuld = frequentie != null && !frequentie.isBlank();
        return volumeGevuld == eenheidGevuld && eenheidGevuld == frequentieGevuld;
    }
}
