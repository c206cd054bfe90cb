package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;

/**
 * A toewijzing was given or changed (a new version): {@code berichtenverkeer} sends the aanbieder a JW301 with all
 * actuele toewijzingen of the client plus this one (OP087): {@link ToewijzingService#toewijzing} gives the client,
 * {@link ToewijzingService#toewijzingsbericht} the content. {@code redenWijziging} is absent for an initial toekenning.
 * Events carry no BSN, so the event publication table holds no personal data.
 */
public record ToewijzingVastgesteld(
        GemeenteCode gemeente,
        Toewijzingnummer nummer,
        int versie,
        AgbCode aanbieder,
        RedenWijziging redenWijziging,
        String referentieAanbieder) {}
