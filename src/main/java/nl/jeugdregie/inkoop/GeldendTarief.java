package nl.jeugdregie.inkoop;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;

/** The tariff that prices a delivery: which contract, product and eenheid, the amount and its period. */
public record GeldendTarief(
        long contractId,
        String contractnummer,
        AgbCode agb,
        String productcode,
        Eenheid eenheid,
        Bedrag bedrag,
        Periode geldig) {}
