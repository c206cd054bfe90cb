package nl.jeugdregie.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A hulpvraag on the jeugdige's file: its route and verwijzer, what is asked, how urgent, whether the gezagdragers
 * consented, a binding maatregel if any, and the Awb term of the besluit ({@code uiterlijk}, extended once at most).
 *
 * @param verzoekAanbieder with {@code verzoekReferentie}: the verzoek om toewijzing (JW315) it came with, if any
 */
public record Hulpvraag(
        UUID id,
        UUID jeugdige,
        GemeenteCode gemeente,
        Route route,
        Verwijzing verwijzing,
        LocalDate ontvangen,
        String omschrijving,
        Urgentie urgentie,
        boolean toestemming,
        String toestemmingDoor,
        String maatregel,
        boolean machtigingGesloten,
        Status status,
        LocalDate uiterlijk,
        LocalDate verlengdTot,
        String verlengingReden,
        AgbCode verzoekAanbieder,
        String verzoekReferentie,
        Instant aangemaaktOp,
        String aangemaaktDoor) {

    public enum Status {
        OPEN("Open"),
        BESLOTEN("Besloten"),
        INGETROKKEN("Ingetrokken");

        private final String omschrijving;

        Status(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** Who referred: the iJw verwijzer type with, where known, the AGB code and the name. */
    public record Verwijzing(nl.jeugdregie.kern.codelijst.Verwijzer type, AgbCode agb, String naam) {}

    /** A jeugdbeschermingsmaatregel or court order binds the gemeente: triage decides how, not whether. */
    public boolean isBindend() {
        return maatregel != null;
    }

    /** The last day of the Awb term: the extended one when it was extended. */
    public LocalDate termijn() {
        return verlengdTot != null ? verlengdTot : uiterlijk;
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return status == Status.OPEN && termijn().isBefore(vandaag);
    }
}
