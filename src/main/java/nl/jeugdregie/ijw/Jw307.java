package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen.Geboortedatum;
import nl.jeugdregie.ijw.Basistypen.Product;
import nl.jeugdregie.ijw.Basistypen.VerkorteNaam;

/** JW307: stop jeugdhulp, from aanbieder to gemeente. */
public record Jw307(Header header, Client client) implements IjwBericht {
    public record Client(
            String bsn,
            Geboortedatum geboortedatum,
            String geslacht,
            VerkorteNaam naam,
            List<StopProduct> stopProducten) {}

    public record StopProduct(
            Long toewijzingNummer,
            Product product,
            LocalDate toewijzingIngangsdatum,
            LocalDate begindatum,
            String redenBeeindiging,
            LocalDate einddatum,
            String statusAanlevering) {}
}
