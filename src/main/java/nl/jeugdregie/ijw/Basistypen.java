package nl.jeugdregie.ijw;

import java.time.LocalDate;

/**
 * The composite data types of the basisschema (CDT_...), as records. Absent optional elements are
 * {@code null}; codes are kept as their official code strings.
 */
public final class Basistypen {

    private Basistypen() {}

    public record BerichtIdentificatie(String identificatie, LocalDate dagtekening) {}

    public record XsdVersie(String basisschemaXsdVersie, String berichtXsdVersie) {}

    public record Geboortedatum(LocalDate datum, String datumGebruik) {}

    public record Achternaam(String achternaam, String voorvoegsel) {}

    public record VolledigeNaam(
            Achternaam geslachtsnaam,
            Achternaam partnernaam,
            String voornamen,
            String voorletters,
            String naamGebruik) {}

    public record VerkorteNaam(Achternaam geslachtsnaam, String voornamen, String voorletters) {}

    public record Communicatie(String vorm, String taal) {}

    public record Huis(Long huisnummer, String huisletter, String huisnummerToevoeging, String aanduidingWoonadres) {}

    public record Adres(Huis huis, String postcode, String straatnaam, String plaatsnaam, String landCode) {}

    public record Telefoon(String telefoonnummer, String landnummer) {}

    public record Telefoonnummers(Telefoon telefoon01, Telefoon telefoon02) {}

    public record OpenPeriode(LocalDate begindatum, LocalDate einddatum) {}

    public record GeslotenPeriode(LocalDate begindatum, LocalDate einddatum) {}

    public record Product(String categorie, String code) {}

    /** Volume in the Eenheid (WJ756) per Frequentie (WMO757). */
    public record Omvang(Long volume, String eenheid, String frequentie) {}

    public record Verwijzer(String type, String naam, String zorgverlenerCode) {}

    /** An amount in eurocent, debet (D) or credit (C). */
    public record BedragMetDC(Long bedrag, String debetCredit) {}

    /** A total in eurocent, debet (D) or credit (C). */
    public record TotaalBedragMetDC(Long totaalBedrag, String debetCredit) {}

    public record Referentie(String referentieNummer, String vorigReferentieNummer) {}

    /** A Contact of a cliënt or relatie (JW301, JW302). */
    public record Contact(
            String soort,
            Adres adres,
            String organisatie,
            Telefoonnummers telefoon,
            String emailadres,
            OpenPeriode periode) {}
}
