package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;

/**
 * A toewijzing was given or changed (a new version): {@code berichtenverkeer} sends the aanbieder a JW301 with all
 * actuele toewijzingen of the client plus this one (OP087, {@link ToewijzingService#toewijzingsbericht}).
 * {@code redenWijziging} is absent for an initial toekenning.
 */
public record ToewijzingVastgesteld(
        GemeenteCode gemeente,
        Toewijzingnummer nummer,
        int versie,
        AgbCode aanbieder,
        Bsn client,
        RedenWijziging redenWijziging,
        String referentieAanbieder) {}
