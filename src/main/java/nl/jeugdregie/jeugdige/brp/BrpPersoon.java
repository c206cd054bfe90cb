package nl.jeugdregie.jeugdige.brp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;

/**
 * A person as the BRP knows them, in the terms of the iJw messages: the birth date as a date plus the
 * {@link Datumgebruik} (COD170) when part of it is unknown, the geslacht as COD046.
 *
 * <p>A partly unknown birth date follows the iJw invulinstructie IV009: the unknown parts are 01 (day, month) and 1900
 * (year), so a wholly unknown birth date is 1900-01-01 with {@link Datumgebruik#DATUM_ONBEKEND}. {@code datumgebruik}
 * is {@code null} when the full date is known.
 *
 * @param adres {@code null} when the person has no Dutch address in the BRP (abroad, unknown, a location without
 *     address) and in search results, which the contract gives no address
 * @param gemeenteVanInschrijving {@code null} in search results
 * @param gezag who has authority over this person as a minor; empty for an adult, when the BRP cannot determine it
 *     or holds it temporarily by no one, and in search results
 * @param ouders empty in search results
 */
public record BrpPersoon(
        Bsn bsn,
        String voornamen,
        String voorvoegsel,
        String geslachtsnaam,
        String voorletters,
        LocalDate geboortedatum,
        Datumgebruik datumgebruik,
        Geslacht geslacht,
        Adres adres,
        GemeenteCode gemeenteVanInschrijving,
        List<Gezagdrager> gezag,
        List<Ouder> ouders) {

    public BrpPersoon {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        Objects.requireNonNull(geslacht, "geslacht");
        gezag = gezag == null ? List.of() : List.copyOf(gezag);
        ouders = ouders == null ? List.of() : List.copyOf(ouders);
    }

    /**
     * A Dutch address (verblijfplaats of type Adres). {@code straatnaam} fits the 24 characters of an iJw message
     * (RS020): it is the BRP's korteStraatnaam, the street name the GBA itself shortens to 24 characters (element
     * 11.10); only when a BRP leaves that out is the officieleStraatnaam used, cut at 24 characters if longer, which is
     * harmless because postcode and huisnummer identify the address. The postcode is kept without space, upper case.
     */
    public record Adres(
            String straatnaam,
            Integer huisnummer,
            String huisletter,
            String huisnummertoevoeging,
            String postcode,
            String woonplaats) {

        /** The most characters of a straatnaam in an iJw message (RS020). */
        public static final int STRAATNAAM_LENGTE = 24;

        public Adres {
            if (straatnaam != null && straatnaam.length() > STRAATNAAM_LENGTE) {
                throw new OngeldigeWaarde("Een straatnaam is hoogstens " + STRAATNAAM_LENGTE + " tekens (RS020)");
            }
            postcode = postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        }

        /** The straatnaam of an address from the BRP's two names, as the record's description says. */
        static String straatnaam(String korteStraatnaam, String officieleStraatnaam) {
            if (korteStraatnaam != null) {
                return korteStraatnaam;
            }
            if (officieleStraatnaam == null || officieleStraatnaam.length() <= STRAATNAAM_LENGTE) {
                return officieleStraatnaam;
            }
            return officieleStraatnaam.substring(0, STRAATNAAM_LENGTE).strip();
        }
    }

    /**
     * One who has authority (gezag) over the person: a parent or a third party (derde, voogd). {@code bsn} is
     * {@code null} for someone the BRP knows only by name; {@code naam} is the full name the BRP gives or, when it gives
     * none, the name of the ouder with that BSN, and {@code null} if neither is known.
     */
    public record Gezagdrager(Bsn bsn, String naam) {

        public Gezagdrager {
            if (bsn == null && naam == null) {
                throw new OngeldigeWaarde("Een gezagdrager heeft een BSN of een naam");
            }
        }
    }

    /** A parent as the BRP registers them; {@code bsn} is {@code null} for a parent without a (valid) BSN. */
    public record Ouder(Bsn bsn, String voornamen, String voorvoegsel, String geslachtsnaam, Geslacht geslacht) {

        /** Voornamen, voorvoegsel and geslachtsnaam as one name, {@code null} if none is known. */
        public String volledigeNaam() {
            String naam = String.join(
                    " ",
                    Stream.of(voornamen, voorvoegsel, geslachtsnaam)
                            .filter(Objects::nonNull)
                            .toList());
            return naam.isEmpty() ? null : naam;
        }
    }
}
