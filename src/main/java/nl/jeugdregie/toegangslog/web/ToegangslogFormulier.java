package nl.jeugdregie.toegangslog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Zoekvraag;
import org.springframework.validation.Errors;

/**
 * The filter form of the toegangslog page. Dates arrive as ISO text ({@code input type=date}). The
 * BSN is turned into a pseudonym at once; the page never writes it back into the form or a URL.
 */
record ToegangslogFormulier(String gebruiker, String van, String tot, String actie, String bsn) {

    static ToegangslogFormulier leeg() {
        return new ToegangslogFormulier(null, null, null, null, null);
    }

    /** The filters as a query, rejecting invalid fields in {@code fouten} (Dutch messages). */
    Zoekvraag zoekvraag(String jeugdige, Errors fouten) {
        LocalDate vanaf = datum("van", van, fouten);
        LocalDate totEnMet = datum("tot", tot, fouten);
        if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
            fouten.rejectValue("tot", "voorVan", "De datum 'tot en met' ligt voor de datum 'vanaf'");
        }
        if (jeugdige != null && !jeugdige.matches("[0-9a-f]{64}")) {
            fouten.reject("jeugdige", "Deze verwijzing naar een jeugdige is ongeldig; zoek opnieuw op BSN.");
        }
        Actie gekozen = null;
        if (actie != null && !actie.isBlank()) {
            try {
                gekozen = Actie.vanCode(actie);
            } catch (RuntimeException e) {
                fouten.rejectValue("actie", "onbekend", "Kies een actie uit de lijst");
            }
        }
        return fouten.hasErrors() ? Zoekvraag.alles() : new Zoekvraag(gebruiker, vanaf, totEnMet, gekozen, jeugdige);
    }

    private static LocalDate datum(String veld, String tekst, Errors fouten) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            fouten.rejectValue(veld, "datum", "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-02");
            return null;
        }
    }
}
