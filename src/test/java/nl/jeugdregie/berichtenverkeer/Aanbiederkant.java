package nl.jeugdregie.berichtenverkeer;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.ijw.Jw305;
import nl.jeugdregie.ijw.Jw307;
import nl.jeugdregie.ijw.Jw315;
import nl.jeugdregie.ijw.Jw317;
import nl.jeugdregie.ijw.Jw323;
import nl.jeugdregie.ijw.RetourberichtBuilder;
import nl.jeugdregie.ijw.Validator;

/**
 * What an aanbieder's own software sends, built with the typed iJw model: heenberichten to the gemeente and the
 * retourberichten on what the gemeente sent. Every message gets its own Identificatie.
 */
final class Aanbiederkant {

    static final Basistypen.Product AMBULANT = new Basistypen.Product("45", "45A48");
    static final Basistypen.Omvang TIEN_UUR_PER_WEEK = new Basistypen.Omvang(10L, "04", "2");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private final String agb;
    private final String gemeente;
    private final String voorvoegsel;
    private int volgnummer;

    Aanbiederkant(String agb, String gemeente, String voorvoegsel) {
        this.agb = agb;
        this.gemeente = gemeente;
        this.voorvoegsel = voorvoegsel;
    }

    /** A cliënt as the aanbieder knows it: BSN, birth date, sex and short name. */
    record Jeugdige(String bsn, LocalDate geboren, String geslacht, String achternaam, String voorletters) {}

    byte[] verzoekOmToewijzing(Jeugdige j, String referentie, LocalDate ingang, LocalDate eind) {
        return bytes(new Jw315(
                header("446"),
                new Jw315.Client(
                        j.bsn(),
                        new Basistypen.Geboortedatum(j.geboren(), null),
                        j.geslacht(),
                        naam(j),
                        null,
                        null,
                        List.of(new Jw315.AangevraagdProduct(
                                referentie,
                                null,
                                AMBULANT,
                                null,
                                ingang,
                                eind,
                                TIEN_UUR_PER_WEEK,
                                null,
                                new Basistypen.Verwijzer("02", null, "01234567"),
                                null,
                                null)))));
    }

    byte[] verzoekOmWijziging(
            Jeugdige j, String referentie, List<Long> ongewijzigd, List<Jw317.TeWijzigenProduct> teWijzigen) {
        return bytes(new Jw317(
                header("486"),
                new Jw317.Client(
                        j.bsn(),
                        new Jw317.Verzoek(
                                referentie,
                                "2",
                                ongewijzigd.isEmpty()
                                        ? null
                                        : ongewijzigd.stream()
                                                .map(Jw317.OngewijzigdProduct::new)
                                                .toList(),
                                teWijzigen.isEmpty() ? null : teWijzigen,
                                null))));
    }

    byte[] start(Jeugdige j, long toewijzing, LocalDate ingang, LocalDate begin, String statusAanlevering) {
        return bytes(new Jw305(
                header("438"),
                new Jw305.Client(
                        j.bsn(),
                        new Basistypen.Geboortedatum(j.geboren(), null),
                        j.geslacht(),
                        naam(j),
                        List.of(new Jw305.StartProduct(toewijzing, AMBULANT, ingang, begin, statusAanlevering)))));
    }

    byte[] stop(Jeugdige j, long toewijzing, LocalDate ingang, LocalDate begin, String reden, LocalDate eind) {
        return stop(j, toewijzing, ingang, begin, reden, eind, "1");
    }

    byte[] stop(
            Jeugdige j,
            long toewijzing,
            LocalDate ingang,
            LocalDate begin,
            String reden,
            LocalDate eind,
            String statusAanlevering) {
        return bytes(new Jw307(
                header("440"),
                new Jw307.Client(
                        j.bsn(),
                        new Basistypen.Geboortedatum(j.geboren(), null),
                        j.geslacht(),
                        naam(j),
                        List.of(new Jw307.StopProduct(
                                toewijzing, AMBULANT, ingang, begin, reden, eind, statusAanlevering)))));
    }

    /**
     * A prestatie of {@code uren} hours from {@code van} to {@code tot} (a calendar month, or its part within the
     * toewijzing: TR387, TR388) at the tarief of the declaratie.
     */
    record Maand(String referentie, LocalDate van, LocalDate tot, long uren) {}

    byte[] declaratie(Jeugdige j, long toewijzing, long tarief, LocalDate van, LocalDate tot, List<Maand> weken) {
        List<Jw323.Prestatie> prestaties = weken.stream()
                .map(w -> new Jw323.Prestatie(
                        new Basistypen.Referentie(w.referentie(), null),
                        toewijzing,
                        AMBULANT.categorie(),
                        AMBULANT.code(),
                        new Basistypen.GeslotenPeriode(w.van(), w.tot()),
                        w.uren(),
                        "04",
                        tarief,
                        new Basistypen.BedragMetDC(w.uren() * tarief, "D")))
                .toList();
        long totaal = weken.stream().mapToLong(w -> w.uren() * tarief).sum();
        return bytes(new Jw323(
                header("490"),
                new Jw323.Declaratie(
                        voorvoegsel + "D" + volgnummer,
                        new Basistypen.GeslotenPeriode(van, tot),
                        VANDAAG,
                        new Basistypen.TotaalBedragMetDC(totaal, "D"),
                        List.of(new Jw323.Client(j.bsn(), prestaties)))));
    }

    /**
     * The retourbericht (JW302, JW320) on a message the gemeente sent: empty when approved, else with {@code code} at
     * the Header.
     */
    byte[] retourOp(byte[] heenbericht, String code) {
        return retourOp(heenbericht, "/Bericht/Header", code);
    }

    /** The retourbericht with {@code code} at the berichtklasse of {@code pad}, e.g. 0200 at the Client. */
    byte[] retourOp(byte[] heenbericht, String pad, String code) {
        Validator.Beoordeling beoordeling = Validator.standaard().beoordeel(new ByteArrayInputStream(heenbericht));
        RetourberichtBuilder retour = RetourberichtBuilder.voor(beoordeling.bericht(), beoordeling.resultaat())
                .identificatie(voorvoegsel + "-R" + (++volgnummer))
                .dagtekening(VANDAAG);
        if (code != null) {
            retour.metCodes(pad, code);
        }
        return BerichtSchrijver.bytes(retour.build());
    }

    private Header header(String berichtcode) {
        return new Header(
                berichtcode,
                3L,
                2L,
                agb,
                gemeente,
                new Basistypen.BerichtIdentificatie(voorvoegsel + "-" + (++volgnummer), VANDAAG),
                new Basistypen.XsdVersie("1.0.0", "1.0.0"));
    }

    private static Basistypen.VerkorteNaam naam(Jeugdige j) {
        return new Basistypen.VerkorteNaam(new Basistypen.Achternaam(j.achternaam(), null), null, j.voorletters());
    }

    private static byte[] bytes(IjwBericht model) {
        Bericht bericht = Berichtmodel.bericht(model);
        return BerichtSchrijver.bytes(bericht);
    }
}
