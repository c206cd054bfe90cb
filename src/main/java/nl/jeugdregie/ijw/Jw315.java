package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen.Geboortedatum;
import nl.jeugdregie.ijw.Basistypen.Omvang;
import nl.jeugdregie.ijw.Basistypen.Product;
import nl.jeugdregie.ijw.Basistypen.VerkorteNaam;
import nl.jeugdregie.ijw.Basistypen.Verwijzer;

/** JW315: verzoek om toewijzing jeugdhulp, from aanbieder to gemeente. */
public record Jw315(Header header, Client client) implements IjwBericht {
    public record Client(
            String bsn,
            Geboortedatum geboortedatum,
            String geslacht,
            VerkorteNaam naam,
            String gezagsdragerBekend,
            String commentaar,
            List<AangevraagdProduct> aangevraagdeProducten) {}

    public record AangevraagdProduct(
            String referentieAanbieder,
            Long beschikkingNummer,
            Product product,
            LocalDate beschikkingIngangsdatum,
            LocalDate toewijzingIngangsdatum,
            LocalDate toewijzingEinddatum,
            Omvang omvang,
            Long budget,
            Verwijzer verwijzer,
            String raamcontract,
            String commentaar) {}
}
