package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One confirmed value of a waiting time, for its history and trend. */
public record Wachttijdmeting(
        LocalDate bevestigdOp,
        BigDecimal wekenTotIntake,
        BigDecimal wekenTotStart,
        Integer vrijePlaatsen,
        boolean aanmeldstop,
        Wachttijdbron bron,
        OffsetDateTime geregistreerdOp,
        String geregistreerdDoor) {}
