package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen.BedragMetDC;
import nl.jeugdregie.ijw.Basistypen.GeslotenPeriode;
import nl.jeugdregie.ijw.Basistypen.Referentie;
import nl.jeugdregie.ijw.Basistypen.TotaalBedragMetDC;

/** JW323: declaratie jeugdhulp, from aanbieder to gemeente. Amounts in eurocent. */
public record Jw323(Header header, Declaratie declaratie) implements IjwBericht {
    public record Declaratie(
            String declaratieNummer,
            GeslotenPeriode declaratiePeriode,
            LocalDate declaratieDagtekening,
            TotaalBedragMetDC totaalIngediendBedrag,
            List<Client> clienten) {}

    public record Client(String bsn, List<Prestatie> prestaties) {}

    public record Prestatie(
            Referentie productReferentie,
            Long toewijzingNummer,
            String productCategorie,
            String productCode,
            GeslotenPeriode productPeriode,
            Long geleverdVolume,
            String eenheid,
            Long productTarief,
            BedragMetDC ingediendBedrag) {}
}
