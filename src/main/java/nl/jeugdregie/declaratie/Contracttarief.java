package nl.jeugdregie.declaratie;

import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;

/** A contract tariff of the aanbieder, read in bulk from {@code inkoop.v_contractproducten}. */
record Contracttarief(
        String contractnummer,
        String productcode,
        String productcategorie,
        Eenheid eenheid,
        Bedrag bedrag,
        Periode geldig) {}
