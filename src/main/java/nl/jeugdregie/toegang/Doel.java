package nl.jeugdregie.toegang;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A goal in the jeugdige's plan, agreed with the family, with the day it is evaluated and, once evaluated, how far it
 * was reached: what "doelrealisatie" is measured on.
 */
public record Doel(
        UUID id,
        GemeenteCode gemeente,
        String omschrijving,
        String afgesprokenMet,
        LocalDate evaluatiedatum,
        Doeluitkomst uitkomst,
        String evaluatie,
        LocalDate geevalueerdOp) {

    /** How far a goal was reached at its evaluation. */
    public enum Doeluitkomst {
        BEHAALD("Behaald"),
        DEELS("Deels behaald"),
        NIET("Niet behaald");

        private final String omschrijving;

        Doeluitkomst(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public boolean teEvalueren(LocalDate vandaag) {
        return uitkomst == null && !evaluatiedatum.isAfter(vandaag);
    }
}
