package nl.jeugdregie.toegang;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Tekst;

/**
 * A hulpvraag as the worker (or the API) records it. A maatregel is only possible on the routes of the
 * gecertificeerde instelling and the rechter.
 *
 * @param ontvangen the day of the aanvraag; {@code null} means today
 */
public record NieuweHulpvraag(
        UUID jeugdige,
        GemeenteCode gemeente,
        Route route,
        AgbCode verwijzerAgb,
        String verwijzerNaam,
        LocalDate ontvangen,
        String omschrijving,
        Urgentie urgentie,
        boolean toestemming,
        String toestemmingDoor,
        String maatregel,
        boolean machtigingGesloten) {

    public NieuweHulpvraag {
        if (jeugdige == null) {
            throw new OngeldigeWaarde("Kies de jeugdige.");
        }
        if (route == null) {
            throw new OngeldigeWaarde("Kies de route van de hulpvraag.");
        }
        omschrijving = schoon(omschrijving, 4000, "De omschrijving");
        if (omschrijving == null) {
            throw new OngeldigeWaarde("Beschrijf de hulpvraag.");
        }
        urgentie = urgentie == null ? Urgentie.NORMAAL : urgentie;
        verwijzerNaam = schoon(verwijzerNaam, 200, "De naam van de verwijzer");
        toestemmingDoor = schoon(toestemmingDoor, 200, "Wie toestemming gaf");
        maatregel = schoon(maatregel, 200, "De maatregel");
        if (maatregel != null && !route.kanBindendZijn()) {
            throw new OngeldigeWaarde("Een maatregel komt van een gecertificeerde instelling of de rechter, niet via de"
                    + " route " + route.omschrijving().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (machtigingGesloten && maatregel == null) {
            throw new OngeldigeWaarde(
                    "Een machtiging gesloten jeugdhulp geeft de kinderrechter; leg de maatregel vast.");
        }
        if (toestemming && toestemmingDoor == null) {
            throw new OngeldigeWaarde("Leg vast wie toestemming gaf (de gezagdragers, en de jeugdige vanaf 12 jaar).");
        }
    }

    private static String schoon(String tekst, int maximum, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String s = tekst.strip();
        if (s.length() > maximum || Tekst.heeftStuurteken(s)) {
            throw new OngeldigeWaarde(veld + " is hoogstens " + maximum + " tekens, zonder stuurtekens.");
        }
        return s;
    }
}
