package nl.jeugdregie.inkoop;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Periode;

/** What is entered for a new or changed contract. */
public record Contractgegevens(String nummer, AgbCode agb, String perceel, Periode looptijd, String toelichting) {}
