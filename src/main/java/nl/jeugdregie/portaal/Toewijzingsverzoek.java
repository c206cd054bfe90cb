package nl.jeugdregie.portaal;

import java.time.LocalDate;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.JaNee;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;

/**
 * A verzoek om toewijzing (JW315) as the aanbieder fills it in: the jeugdige as the verwijzing names it, the product
 * with its period and omvang or budget, and who referred (a verwijzer is required since iJw 3.0). Fields may be empty;
 * {@link Verzoekmeldingen} says in Dutch what is missing.
 *
 * @param zorgverlenerCode the AGB code of the referring huisarts, jeugdarts or medisch specialist
 */
public record Toewijzingsverzoek(
        GemeenteCode gemeente,
        Bsn bsn,
        LocalDate geboortedatum,
        Geslacht geslacht,
        String achternaam,
        String voorvoegsel,
        String voorletters,
        JaNee gezagsdragerBekend,
        Productaanduiding product,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        Omvang omvang,
        Bedrag budget,
        Verwijzer verwijzer,
        String verwijzerNaam,
        String zorgverlenerCode,
        String commentaar) {}
