package nl.jeugdregie.ijw;

import nl.jeugdregie.ijw.Basistypen.BerichtIdentificatie;
import nl.jeugdregie.ijw.Basistypen.XsdVersie;

/** The Header of a heenbericht. */
public record Header(
        String berichtCode,
        Long berichtVersie,
        Long berichtSubversie,
        String afzender,
        String ontvanger,
        BerichtIdentificatie berichtIdentificatie,
        XsdVersie xsdVersie) {}
