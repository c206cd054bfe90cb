package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen.Omvang;
import nl.jeugdregie.ijw.Basistypen.Product;

/** JW317: verzoek om wijziging jeugdhulp, from aanbieder to gemeente. */
public record Jw317(Header header, Client client) implements IjwBericht {
    public record Client(String bsn, Verzoek verzoek) {}

    public record Verzoek(
            String referentieAanbieder,
            String redenVerzoek,
            List<OngewijzigdProduct> ongewijzigdeProducten,
            List<TeWijzigenProduct> teWijzigenProducten,
            List<NieuwProduct> nieuweProducten) {}

    public record OngewijzigdProduct(Long toewijzingNummer) {}

    public record TeWijzigenProduct(
            Long toewijzingNummer, LocalDate gewensteIngangsdatum, LocalDate einddatum, Omvang omvang, Long budget) {}

    public record NieuwProduct(
            Product product, LocalDate gewensteIngangsdatum, LocalDate einddatum, Omvang omvang, Long budget) {}
}
