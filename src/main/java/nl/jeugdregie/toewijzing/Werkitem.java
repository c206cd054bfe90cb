package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;

/**
 * One aanvraag of a verzoek in BACKOFFICE's work queue, with its legal deadline ({@code uiterlijk}) judged on
 * {@code peildatum}.
 */
public record Werkitem(
        long id,
        Verzoeksoort soort,
        GemeenteCode gemeente,
        AgbCode aanbieder,
        Bsn client,
        String referentieAanbieder,
        Aanvraagstatus status,
        LocalDate ontvangen,
        LocalDate uiterlijk,
        String producten,
        LocalDate peildatum) {

    public boolean isTeLaat() {
        return status.isOnderhanden() && uiterlijk.isBefore(peildatum);
    }

    /** Due today or within the next two days, and not yet late. */
    public boolean isBijnaTeLaat() {
        return status.isOnderhanden() && !isTeLaat() && !uiterlijk.isAfter(peildatum.plusDays(2));
    }

    /** The toegangslog entry for reading this verzoek at {@code adres} (a page or the API). */
    public Gebeurtenis inzage(String adres) {
        return new Gebeurtenis(
                client,
                Actie.RAADPLEGEN,
                "verzoek " + referentieAanbieder + " van aanbieder " + aanbieder,
                "gemeente " + gemeente,
                adres);
    }
}
