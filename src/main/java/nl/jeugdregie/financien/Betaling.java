package nl.jeugdregie.financien;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.kern.Bedrag;

/**
 * The current marking of a declaratie as paid: the amount (the sum of its approved prestaties), the day it was paid
 * and the reference of the payment, which version this is (1 the payment, higher a correction), who and when.
 */
public record Betaling(
        Bedrag bedrag, LocalDate betaaldatum, String betaalkenmerk, int versie, String door, Instant op) {}
