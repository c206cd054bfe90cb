package nl.jeugdregie.declaratie;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.codelijst.Eenheid;

/**
 * Everything the checks of one declaratie need, loaded in bulk before any prestatie is checked.
 *
 * @param toewijzingen the toewijzingen named by the prestaties, by toewijzingnummer
 * @param tarieven the aanbieder's contract tariffs, by productcode
 * @param eerder earlier prestaties of the aanbieder with a referentienummer named by this declaratie (as
 *     ReferentieNummer or VorigReferentieNummer), by referentienummer
 * @param goedgekeurdeDebets approved debets not yet credited on the toewijzingen named, by toewijzingnummer
 * @param gedeclareerdVolume the approved net volume per toewijzingnummer and eenheid
 * @param gedeclareerdBedrag the approved net amount per toewijzingnummer
 * @param declaratienummerBekend whether the aanbieder used this DeclaratieNummer before (TR333)
 * @param clientsleutel the client key the toewijzingen carry for a BSN (its pseudonym)
 * @param vandaag the system date, for TR135
 */
record Controlegegevens(
        Map<Long, Toewijzingstand> toewijzingen,
        Map<String, List<Contracttarief>> tarieven,
        Map<String, EerderePrestatie> eerder,
        Map<Long, List<EerderePrestatie>> goedgekeurdeDebets,
        Map<Long, Map<Eenheid, Long>> gedeclareerdVolume,
        Map<Long, Bedrag> gedeclareerdBedrag,
        boolean declaratienummerBekend,
        Function<Bsn, String> clientsleutel,
        LocalDate vandaag) {

    Set<String> bekendeReferenties() {
        return eerder.keySet();
    }
}
