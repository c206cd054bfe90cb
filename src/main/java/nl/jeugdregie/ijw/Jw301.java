package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen.Communicatie;
import nl.jeugdregie.ijw.Basistypen.Contact;
import nl.jeugdregie.ijw.Basistypen.Geboortedatum;
import nl.jeugdregie.ijw.Basistypen.Omvang;
import nl.jeugdregie.ijw.Basistypen.Product;
import nl.jeugdregie.ijw.Basistypen.VolledigeNaam;

/** JW301: toewijzing jeugdhulp, from gemeente to aanbieder. */
public record Jw301(Header header, Client client) implements IjwBericht {
    public record Client(
            String bsn,
            Geboortedatum geboortedatum,
            String geslacht,
            VolledigeNaam naam,
            Communicatie communicatie,
            String juridischeStatus,
            String wettelijkeVertegenwoordiging,
            String commentaar,
            List<Relatie> relaties,
            List<Contact> contactgegevens,
            List<ToegewezenProduct> toegewezenProducten) {}

    public record Relatie(
            String nummer,
            Long volgorde,
            String soort,
            Geboortedatum geboortedatum,
            String geslacht,
            VolledigeNaam naam,
            Contact contact) {}

    public record ToegewezenProduct(
            Long toewijzingNummer,
            String referentieAanbieder,
            Product product,
            LocalDate toewijzingsdatum,
            LocalTime toewijzingstijd,
            LocalDate ingangsdatum,
            LocalDate einddatum,
            String redenWijziging,
            Omvang omvang,
            Long budget,
            String commentaar) {}
}
