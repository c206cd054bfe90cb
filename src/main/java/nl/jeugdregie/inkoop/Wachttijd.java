package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;

/**
 * The current waiting time of one offer of an aanbieder: a product, or a named offer from a feed,
 * at a location. Weeks are null when unknown.
 *
 * @param wekenTotIntake weeks from registration to intake
 * @param wekenTotStart weeks from intake to the start of care
 * @param vrijePlaatsen free places now, if the aanbieder reports capacity
 * @param aanmeldstop whether the aanbieder accepts no new registrations
 * @param bevestigdOp the day the values were last confirmed
 * @param verouderd whether that confirmation is older than the configured number of days
 */
public record Wachttijd(
        long id,
        AgbCode agb,
        String aanbiedernaam,
        String productcode,
        String productomschrijving,
        String aanbod,
        String locatie,
        BigDecimal wekenTotIntake,
        BigDecimal wekenTotStart,
        Integer vrijePlaatsen,
        boolean aanmeldstop,
        String toelichting,
        Wachttijdbron bron,
        String bronUrl,
        LocalDate bevestigdOp,
        boolean verouderd,
        OffsetDateTime gewijzigdOp,
        String gewijzigdDoor) {

    /** Weeks from registration to the start of care, when both parts are known. */
    public Optional<BigDecimal> totaalWeken() {
        return wekenTotIntake == null || wekenTotStart == null
                ? Optional.empty()
                : Optional.of(wekenTotIntake.add(wekenTotStart));
    }
}
