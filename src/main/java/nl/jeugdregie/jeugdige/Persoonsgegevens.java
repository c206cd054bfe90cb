package nl.jeugdregie.jeugdige;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.Tekst;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Naamgebruik;

/**
 * What a JW301 says about the client besides the BSN: birth date, sex, name and the BRP address (Contact with Soort
 * 01). The gemeente keeps it in its client register; a JW315 of an aanbieder fills what the gemeente has not entered
 * itself. The constructor normalises and checks the values the way the JW301 restricts them (RS045 voorletters without
 * dots or spaces, CS050 naamgebruik and partnernaam, CS089 Dutch postcode), so a stored client always yields a valid
 * JW301.
 */
public record Persoonsgegevens(
        LocalDate geboortedatum,
        Datumgebruik datumgebruik,
        Geslacht geslacht,
        String achternaam,
        String voorvoegsel,
        String partnerAchternaam,
        String partnerVoorvoegsel,
        String voornamen,
        String voorletters,
        Naamgebruik naamgebruik,
        Adres adres) {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    /** The BRP address in the Netherlands (LandCode NL). */
    public record Adres(
            String straatnaam,
            Integer huisnummer,
            String huisletter,
            String huisnummertoevoeging,
            String postcode,
            String plaatsnaam) {

        public Adres {
            straatnaam = leeg(straatnaam);
            huisletter = leeg(huisletter);
            huisnummertoevoeging = leeg(huisnummertoevoeging);
            postcode = postcode == null ? null : leeg(postcode.replace(" ", "").toUpperCase(Locale.ROOT));
            plaatsnaam = leeg(plaatsnaam);
            vereis(straatnaam != null, "Vul de straatnaam in.");
            for (String tekst : new String[] {straatnaam, huisletter, huisnummertoevoeging, plaatsnaam}) {
                vereis(!Tekst.heeftStuurteken(tekst), "Een adres " + Tekst.STUURTEKEN + ".");
            }
            vereis(straatnaam.length() <= 24, "Een straatnaam is in een iJw-bericht hoogstens 24 tekens (RS020).");
            vereis(
                    huisnummer != null && huisnummer > 0 && huisnummer <= 99999,
                    "Vul een huisnummer van 1 tot 99999 in.");
            vereis(huisletter == null || huisletter.matches("[A-Za-z]"), "Een huisletter is één letter.");
            vereis(
                    huisnummertoevoeging == null || huisnummertoevoeging.length() <= 4,
                    "Een huisnummertoevoeging is hoogstens 4 tekens.");
            vereis(
                    postcode != null && POSTCODE.matcher(postcode).matches(),
                    "Vul een Nederlandse postcode in, zoals 7511AB (CS089).");
            vereis(plaatsnaam != null, "Vul de woonplaats in.");
            vereis(plaatsnaam.length() <= 80, "Een plaatsnaam is hoogstens 80 tekens.");
        }

        @Override
        public String toString() {
            return straatnaam + " " + huisnummer + (huisletter == null ? "" : huisletter)
                    + (huisnummertoevoeging == null ? "" : "-" + huisnummertoevoeging) + ", " + postcode + " "
                    + plaatsnaam;
        }
    }

    public Persoonsgegevens {
        achternaam = leeg(achternaam);
        voorvoegsel = leeg(voorvoegsel);
        partnerAchternaam = leeg(partnerAchternaam);
        partnerVoorvoegsel = partnerAchternaam == null ? null : leeg(partnerVoorvoegsel);
        voornamen = leeg(voornamen);
        voorletters =
                voorletters == null ? null : leeg(voorletters.replace(".", "").replace(" ", ""));
        if (naamgebruik == null) {
            naamgebruik = Naamgebruik.vanCode("1");
        }
        vereis(geboortedatum != null, "Vul de geboortedatum in.");
        Plausibel.geboortedatum(geboortedatum);
        if (datumgebruik != null) {
            // CS139: a partly unknown birth date is written with the unknown parts as 1, a wholly unknown one as 1900.
            switch (datumgebruik.code()) {
                case "1" ->
                    vereis(
                            geboortedatum.getDayOfMonth() == 1,
                            "Is de dag van de geboortedatum onbekend, vul dan de eerste van de maand in (CS139).");
                case "2" ->
                    vereis(
                            geboortedatum.getDayOfMonth() == 1 && geboortedatum.getMonthValue() == 1,
                            "Zijn dag en maand van de geboortedatum onbekend, vul dan 1 januari van het jaar in"
                                    + " (CS139).");
                case "3" ->
                    vereis(
                            geboortedatum.equals(LocalDate.of(1900, 1, 1)),
                            "Is de geboortedatum helemaal onbekend, vul dan 01-01-1900 in (CS139).");
                default -> {}
            }
        }
        for (String tekst :
                new String[] {achternaam, voorvoegsel, partnerAchternaam, partnerVoorvoegsel, voornamen, voorletters}) {
            vereis(!Tekst.heeftStuurteken(tekst), "Een naam " + Tekst.STUURTEKEN + ".");
        }
        vereis(geslacht != null, "Kies het geslacht (onbekend mag).");
        vereis(achternaam != null, "Vul de achternaam in.");
        vereis(achternaam.length() <= 200, "Een achternaam is hoogstens 200 tekens (RS028).");
        vereis(voorvoegsel == null || voorvoegsel.length() <= 10, "Een voorvoegsel is hoogstens 10 tekens (RS016).");
        vereis(voornamen == null || voornamen.length() <= 200, "Voornamen zijn hoogstens 200 tekens (RS028).");
        vereis(
                voorletters == null || voorletters.length() <= 6,
                "Voorletters zijn hoogstens 6 letters, zonder punten of spaties (RS013, RS045).");
        vereis(
                !"6".equals(naamgebruik.code()),
                "Naamgebruik 6 (niet-natuurlijk persoon) past niet bij een jeugdige (CS318).");
        vereis(
                partnerAchternaam != null || "1".equals(naamgebruik.code()),
                "Zonder partnernaam is het naamgebruik 1, eigen naam (CS050).");
    }

    /** The same client with another address, e.g. when only the name came from a verzoek. */
    public Persoonsgegevens metAdres(Adres nieuwAdres) {
        return new Persoonsgegevens(
                geboortedatum,
                datumgebruik,
                geslacht,
                achternaam,
                voorvoegsel,
                partnerAchternaam,
                partnerVoorvoegsel,
                voornamen,
                voorletters,
                naamgebruik,
                nieuwAdres);
    }

    /** What a JW301 still needs before it can be sent: empty when complete. */
    public List<String> ontbrekendVoorToewijzingsbericht() {
        List<String> ontbrekend = new ArrayList<>();
        if (adres == null) {
            ontbrekend.add("het BRP-adres");
        }
        return ontbrekend;
    }

    /** The name as written: voornamen or voorletters, voorvoegsel and achternaam. */
    public String naam() {
        StringBuilder naam = new StringBuilder();
        if (voornamen != null) {
            naam.append(voornamen).append(' ');
        } else if (voorletters != null) {
            naam.append(String.join(".", voorletters.split(""))).append(". ");
        }
        if (voorvoegsel != null) {
            naam.append(voorvoegsel).append(' ');
        }
        return naam.append(achternaam).toString();
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static void vereis(boolean voorwaarde, String melding) {
        if (!voorwaarde) {
            throw new OngeldigeWaarde(melding);
        }
    }
}
