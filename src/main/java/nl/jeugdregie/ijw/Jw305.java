package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen.Geboortedatum;
import nl.jeugdregie.ijw.Basistypen.Product;
import nl.jeugdregie.ijw.Basistypen.VerkorteNaam;

/** JW305: start jeugdhulp, from aanbieder to gemeente. */
public record Jw305(Header header, Client client) implements IjwBericht {
    public record Client(
            String bsn,
            Geboortedatum geboortedatum,
            String geslacht,
            VerkorteNaam naam,
            List<StartProduct> startProducten) {}

    public record StartProduct(
            Long toewijzingNummer,
            Product product,
            LocalDate toewijzingIngangsdatum,
            LocalDate begindatum,
            String statusAanlevering) {}
}
