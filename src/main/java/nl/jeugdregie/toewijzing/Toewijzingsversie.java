package nl.jeugdregie.toewijzing;

import java.time.LocalDateTime;

/** One version of a toewijzing: its state after a change, who made the change, when and why. */
public record Toewijzingsversie(ToegewezenProduct stand, String door, LocalDateTime op, String waarom) {}
