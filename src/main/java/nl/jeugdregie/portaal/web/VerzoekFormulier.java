package nl.jeugdregie.portaal.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a verzoek om toewijzing (JW315): the jeugdige, the product with period and omvang or budget, and who
 * referred. {@code sleutel} is the token of the form as it was shown, so a double click sends one message.
 */
record VerzoekFormulier(
        String sleutel,
        String gemeente,
        String bsn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate geboortedatum,
        String geslacht,
        String achternaam,
        String voorvoegsel,
        String voorletters,
        String gezagsdragerBekend,
        String productcode,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ingangsdatum,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,
        String volume,
        String eenheid,
        String frequentie,
        String budget,
        String verwijzer,
        String verwijzerNaam,
        String zorgverlenerCode,
        String commentaar) {

    static VerzoekFormulier nieuw() {
        return new VerzoekFormulier(
                UUID.randomUUID().toString(),
                "",
                "",
                null,
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                "",
                "04",
                "2",
                "",
                "",
                "",
                "",
                "");
    }
}
