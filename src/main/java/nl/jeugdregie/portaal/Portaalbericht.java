package nl.jeugdregie.portaal;

import java.time.LocalDate;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/** What every message of the portal shares: its Header (iJw 3.2, XSD 1.0.0) and how it is written. */
final class Portaalbericht {

    private Portaalbericht() {}

    static Header header(
            BerichtType type, AgbCode aanbieder, GemeenteCode gemeente, String identificatie, LocalDate dagtekening) {
        return new Header(
                type.berichtcode().code(),
                3L,
                2L,
                aanbieder.value(),
                gemeente.value(),
                new Basistypen.BerichtIdentificatie(identificatie, dagtekening),
                new Basistypen.XsdVersie("1.0.0", "1.0.0"));
    }

    static byte[] bytes(IjwBericht bericht) {
        return BerichtSchrijver.bytes(Berichtmodel.bericht(bericht));
    }
}
