package nl.jeugdregie.toewijzing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Naamgebruik;

/** The client's gegevens as the page form sends them: every field as typed, checked when converted. */
record ClientgegevensFormulier(
        String gemeente,
        String bsn,
        String geboortedatum,
        String geslacht,
        String voornamen,
        String voorletters,
        String voorvoegsel,
        String achternaam,
        String partnerVoorvoegsel,
        String partnerAchternaam,
        String naamgebruik,
        String straatnaam,
        String huisnummer,
        String huisletter,
        String huisnummertoevoeging,
        String postcode,
        String plaatsnaam) {

    static ClientgegevensFormulier van(String gemeente, String bsn, Persoonsgegevens g) {
        if (g == null) {
            return new ClientgegevensFormulier(
                    gemeente, bsn, null, null, null, null, null, null, null, null, "1", null, null, null, null, null,
                    null);
        }
        Persoonsgegevens.Adres a = g.adres();
        return new ClientgegevensFormulier(
                gemeente,
                bsn,
                g.geboortedatum().toString(),
                g.geslacht().code(),
                g.voornamen(),
                g.voorletters(),
                g.voorvoegsel(),
                g.achternaam(),
                g.partnerVoorvoegsel(),
                g.partnerAchternaam(),
                g.naamgebruik().code(),
                a == null ? null : a.straatnaam(),
                a == null ? null : String.valueOf(a.huisnummer()),
                a == null ? null : a.huisletter(),
                a == null ? null : a.huisnummertoevoeging(),
                a == null ? null : a.postcode(),
                a == null ? null : a.plaatsnaam());
    }

    /** The gegevens, or {@link OngeldigeWaarde} with a Dutch explanation of the first field that is wrong. */
    Persoonsgegevens gegevens() {
        LocalDate geboren;
        try {
            geboren = geboortedatum == null || geboortedatum.isBlank() ? null : LocalDate.parse(geboortedatum.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeWaarde("Geboortedatum '" + geboortedatum + "' is geen datum (jjjj-mm-dd).");
        }
        Integer nummer;
        try {
            nummer = huisnummer == null || huisnummer.isBlank() ? null : Integer.valueOf(huisnummer.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeWaarde("Huisnummer '" + huisnummer + "' is geen getal.");
        }
        boolean adresIngevuld = !(leeg(straatnaam) && nummer == null && leeg(postcode) && leeg(plaatsnaam));
        return new Persoonsgegevens(
                geboren,
                null,
                leeg(geslacht) ? null : Geslacht.vanCode(geslacht),
                achternaam,
                voorvoegsel,
                partnerAchternaam,
                partnerVoorvoegsel,
                voornamen,
                voorletters,
                leeg(naamgebruik) ? null : Naamgebruik.vanCode(naamgebruik),
                adresIngevuld
                        ? new Persoonsgegevens.Adres(
                                straatnaam, nummer, huisletter, huisnummertoevoeging, postcode, plaatsnaam)
                        : null);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
