package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.ijw.Basistypen.BerichtIdentificatie;
import nl.jeugdregie.ijw.Basistypen.TotaalBedragMetDC;
import nl.jeugdregie.ijw.Basistypen.XsdVersie;

/**
 * JW325: declaratie-antwoord, from gemeente to aanbieder. The cliënten and prestaties are those of the
 * declaratie (JW323) that were rejected; RetourCodes per berichtklasse path.
 */
public record Jw325(Antwoordheader header, DeclaratieAntwoord declaratieAntwoord, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {

    public record Antwoordheader(
            String berichtCode,
            Long berichtVersie,
            Long berichtSubversie,
            String afzender,
            String ontvanger,
            BerichtIdentificatie berichtIdentificatie,
            XsdVersie xsdVersie,
            BerichtIdentificatie declaratieIdentificatie,
            String xsltVersie,
            XsdVersie xsdVersieDeclaratie) {}

    public record DeclaratieAntwoord(
            String declaratieNummer,
            TotaalBedragMetDC totaalIngediendBedrag,
            TotaalBedragMetDC totaalToegekendBedrag,
            List<Jw323.Client> clienten) {}
}
