package nl.jeugdregie.toewijzing;

import java.time.LocalDateTime;

/** Who changes something and when: recorded with every version of a toewijzing. */
record Bewerking(String door, LocalDateTime op) {

    Bewerking {
        if (door == null || door.isBlank()) {
            door = "systeem";
        }
    }

    LocalDateTime moment() {
        return op;
    }
}
