package nl.jeugdregie.ijw;

import java.time.LocalDate;
import nl.jeugdregie.ijw.Basistypen.BerichtIdentificatie;
import nl.jeugdregie.ijw.Basistypen.XsdVersie;

/** The Header of a retourbericht (JW302 to JW320); its RetourCodes are in the message's retourcodes. */
public record RetourHeader(
        String berichtCode,
        Long berichtVersie,
        Long berichtSubversie,
        String afzender,
        String ontvanger,
        BerichtIdentificatie berichtIdentificatie,
        XsdVersie xsdVersie,
        String identificatieRetour,
        LocalDate dagtekeningRetour,
        String xsltVersie,
        XsdVersie xsdVersieRetour) {}
