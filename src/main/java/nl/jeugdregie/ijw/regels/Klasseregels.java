package nl.jeugdregie.ijw.regels;

import static nl.jeugdregie.ijw.BerichtType.JW301;
import static nl.jeugdregie.ijw.BerichtType.JW305;
import static nl.jeugdregie.ijw.BerichtType.JW307;
import static nl.jeugdregie.ijw.BerichtType.JW315;
import static nl.jeugdregie.ijw.BerichtType.JW317;
import static nl.jeugdregie.ijw.BerichtType.JW319;
import static nl.jeugdregie.ijw.BerichtType.JW323;
import static nl.jeugdregie.ijw.BerichtType.JW325;
import static nl.jeugdregie.ijw.regels.Klasseregel.regel;
import static nl.jeugdregie.ijw.regels.Waarden.bedragMetTeken;
import static nl.jeugdregie.ijw.regels.Waarden.dagtekening;
import static nl.jeugdregie.ijw.regels.Waarden.datum;
import static nl.jeugdregie.ijw.regels.Waarden.eindNa2020OfLeeg;
import static nl.jeugdregie.ijw.regels.Waarden.getal;
import static nl.jeugdregie.ijw.regels.Waarden.gevuld;
import static nl.jeugdregie.ijw.regels.Waarden.is;
import static nl.jeugdregie.ijw.regels.Waarden.leeg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtcontrole;
import nl.jeugdregie.ijw.Element;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Notatie;

/**
 * The level 2 rules that look at one berichtklasse: the conditions (CD) and constraints (CS) of
 * regels/ijw-3.2-CD-CS-RS-per-element.csv and the TR rules with controleniveau "bericht inhoud" that
 * need nothing outside the class. Texts in {@code bronnen/regels}.
 */
final class Klasseregels {

    private static final LocalDate BEGIN_2021 = LocalDate.of(2021, 1, 1);
    private static final Pattern NEDERLANDSE_POSTCODE = Pattern.compile("[1-9][0-9]{3}[a-zA-Z]{2}");

    private Klasseregels() {}

    static List<Klasseregel> alle() {
        List<Klasseregel> regels = new ArrayList<>();
        client(regels);
        contact(regels);
        producten(regels);
        regiemeldingen(regels);
        verzoeken(regels);
        declaraties(regels);
        return List.copyOf(regels);
    }

    private static void client(List<Klasseregel> r) {
        r.add(regel(
                "CS002",
                "Client",
                "Bsn",
                "BSN voldoet niet aan de elfproef",
                k -> {
                    String bsn = k.text("Bsn");
                    return bsn != null
                            && bsn.length() == 9
                            && bsn.chars().allMatch(Character::isDigit)
                            && !Bsn.voldoetAanElfproef(bsn);
                },
                JW301,
                JW305,
                JW307,
                JW315,
                JW317,
                JW323,
                JW325));
        for (String klasse : List.of("Client", "Relatie")) {
            BerichtType[] berichten = klasse.equals("Client")
                    ? new BerichtType[] {JW301, JW305, JW307, JW315}
                    : new BerichtType[] {JW301};
            r.add(regel(
                    "CS139",
                    klasse,
                    "Geboortedatum/DatumGebruik",
                    "DatumGebruik en Datum van de geboortedatum zijn niet met elkaar in overeenstemming",
                    k -> !geboortedatumKlopt(k.element().child("Geboortedatum")),
                    berichten));
            r.add(regel(
                    "TR002",
                    klasse,
                    "Geboortedatum/Datum",
                    k -> "Geboortedatum " + datumTekst(k, "Geboortedatum/Datum")
                            + " ligt meer dan 120 jaar voor de dagtekening van het bericht ("
                            + Notatie.datum(dagtekening(k.header())) + ")",
                    k -> meerDan120Jaar(k.element().child("Geboortedatum"), dagtekening(k.header())),
                    berichten));
        }
        r.add(regel(
                "CS318",
                "Client",
                "Naam/NaamGebruik",
                "NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor een cliënt",
                k -> is(k.element(), "Naam/NaamGebruik", "6"),
                JW301));
        for (String klasse : List.of("Client", "Relatie")) {
            r.add(regel(
                    "CS050",
                    klasse,
                    "Naam/NaamGebruik",
                    "NaamGebruik past niet bij de Partnernaam: met partnernaam 1, 2, 3 of 4, zonder partnernaam 1 of 6",
                    k -> {
                        Element naam = k.element().child("Naam");
                        if (naam == null || naam.text("NaamGebruik") == null) {
                            return false;
                        }
                        return naam.has("Partnernaam")
                                ? !is(naam, "NaamGebruik", "1", "2", "3", "4")
                                : !is(naam, "NaamGebruik", "1", "6");
                    },
                    JW301));
        }
        r.add(regel(
                "CD007",
                "Client",
                "Communicatie/Taal",
                "Taal is verplicht bij communicatievorm 1 (tolk taal) en moet anders leeg zijn",
                k -> k.element().has("Communicatie")
                        && is(k.element(), "Communicatie/Vorm", "1") == leeg(k.element(), "Communicatie/Taal"),
                JW301));
    }

    private static boolean geboortedatumKlopt(Element geboortedatum) {
        LocalDate datum = datum(geboortedatum, "Datum");
        if (datum == null || geboortedatum.text("DatumGebruik") == null) {
            return true;
        }
        return switch (geboortedatum.text("DatumGebruik")) {
            case "1" -> datum.getDayOfMonth() == 1;
            case "2" -> datum.getDayOfMonth() == 1 && datum.getMonthValue() == 1;
            case "3" -> datum.equals(LocalDate.of(1900, 1, 1));
            default -> true;
        };
    }

    private static boolean meerDan120Jaar(Element geboortedatum, LocalDate dagtekening) {
        LocalDate datum = datum(geboortedatum, "Datum");
        if (datum == null || dagtekening == null) {
            return false;
        }
        boolean onbekend = is(geboortedatum, "DatumGebruik", "3") && datum.equals(LocalDate.of(1900, 1, 1));
        return !onbekend && datum.isBefore(dagtekening.minusYears(120));
    }

    private static void contact(List<Klasseregel> r) {
        r.add(regel(
                "CD025",
                "Contact",
                "Adres/Huis",
                "Huis is verplicht als LandCode NL (Nederland) is",
                k -> is(k.element(), "Adres/LandCode", "NL") && leeg(k.element(), "Adres/Huis"),
                JW301));
        r.add(regel(
                "CD034",
                "Contact",
                "Adres/Postcode",
                "Postcode is verplicht bij een BRP-adres (01) of verblijfadres (03)",
                k -> is(k.element(), "Soort", "01", "03") && leeg(k.element(), "Adres/Postcode"),
                JW301));
        r.add(regel(
                "CS089",
                "Contact",
                "Adres/Postcode",
                "Postcode heeft niet het formaat van een Nederlandse postcode (1234AB) terwijl LandCode NL is",
                k -> is(k.element(), "Adres/LandCode", "NL")
                        && gevuld(k.element(), "Adres/Postcode")
                        && !NEDERLANDSE_POSTCODE
                                .matcher(k.text("Adres/Postcode"))
                                .matches(),
                JW301));
        r.add(regel(
                "CD005",
                "Contact",
                "Adres/LandCode",
                "LandCode is verplicht als Postcode gevuld is en moet anders leeg zijn",
                k -> k.element().has("Adres")
                        && gevuld(k.element(), "Adres/Postcode") != gevuld(k.element(), "Adres/LandCode"),
                JW301));
        r.add(regel(
                "CD009",
                "Contact",
                "Periode",
                "Periode mag alleen gevuld zijn bij een tijdelijk adres (04)",
                k -> k.element().has("Periode") && !is(k.element(), "Soort", "04"),
                JW301));
        r.add(regel(
                "CS003",
                "Contact",
                "Periode/Einddatum",
                k -> "Einddatum " + datumTekst(k, "Periode/Einddatum") + " ligt voor de Begindatum "
                        + datumTekst(k, "Periode/Begindatum") + " van de periode",
                k -> eindVoorBegin(k.element(), "Periode/Begindatum", "Periode/Einddatum"),
                JW301));
        r.add(regel(
                "TR006",
                "Contact",
                "",
                "Contact moet een Telefoon bevatten, of Huis en Postcode",
                k -> k.pad().contains("/Contactgegevens/")
                        && !k.element().has("Telefoon")
                        && !(gevuld(k.element(), "Adres/Huis") && gevuld(k.element(), "Adres/Postcode")),
                JW301));
    }

    static boolean eindVoorBegin(Element element, String begin, String eind) {
        LocalDate b = datum(element, begin);
        LocalDate e = datum(element, eind);
        return b != null && e != null && e.isBefore(b);
    }

    /** The product rules shared by ToegewezenProduct, AangevraagdProduct, NieuwProduct and TeWijzigenProduct. */
    private static void producten(List<Klasseregel> r) {
        product(r, "ToegewezenProduct", "Ingangsdatum", "Einddatum", true, "CD080", "CS338", JW301);
        product(
                r,
                "AangevraagdProduct",
                "ToewijzingIngangsdatum",
                "ToewijzingEinddatum",
                true,
                "CD095",
                "CS343",
                JW315);
        product(r, "NieuwProduct", "GewensteIngangsdatum", "Einddatum", true, "CD096", "CS338", JW317);
        product(r, "TeWijzigenProduct", "GewensteIngangsdatum", "Einddatum", false, null, "CS338", JW317);
        r.add(regel(
                "CS335",
                "ToegewezenProduct",
                "RedenWijziging",
                "RedenWijziging 13 (verwijderd) mag alleen als Ingangsdatum gelijk is aan Einddatum",
                k -> is(k.element(), "RedenWijziging", "13")
                        && !java.util.Objects.equals(
                                datum(k.element(), "Ingangsdatum"), datum(k.element(), "Einddatum")),
                JW301));
        r.add(regel(
                "CS336",
                "ToegewezenProduct",
                "RedenWijziging",
                "RedenWijziging 01 (administratieve correctie, vervallen) mag niet gebruikt worden",
                k -> is(k.element(), "RedenWijziging", "01"),
                JW301));
        r.add(regel(
                "CD043",
                "AangevraagdProduct",
                "BeschikkingIngangsdatum",
                "BeschikkingIngangsdatum is verplicht als BeschikkingNummer gevuld is en moet anders leeg zijn",
                k -> gevuld(k.element(), "BeschikkingNummer") != gevuld(k.element(), "BeschikkingIngangsdatum"),
                JW315));
        r.add(regel(
                "CD066",
                "AangevraagdProduct",
                "Verwijzer/Naam",
                "Naam verwijzer moet leeg zijn als de ZorgverlenerCode gevuld is (type verwijzer 02 t/m 05)",
                k -> is(k.element(), "Verwijzer/Type", "02", "03", "04", "05")
                        && gevuld(k.element(), "Verwijzer/ZorgverlenerCode")
                        && gevuld(k.element(), "Verwijzer/Naam"),
                JW315));
        r.add(regel(
                "CD067",
                "AangevraagdProduct",
                "Verwijzer/Naam",
                "Naam verwijzer is verplicht als de ZorgverlenerCode leeg is (type verwijzer 02 t/m 05)",
                k -> is(k.element(), "Verwijzer/Type", "02", "03", "04", "05")
                        && leeg(k.element(), "Verwijzer/ZorgverlenerCode")
                        && leeg(k.element(), "Verwijzer/Naam"),
                JW315));
        r.add(regel(
                "CD068",
                "AangevraagdProduct",
                "Verwijzer/ZorgverlenerCode",
                "ZorgverlenerCode moet leeg zijn bij dit type verwijzer (alleen bij 02 t/m 05)",
                k -> k.element().has("Verwijzer")
                        && !is(k.element(), "Verwijzer/Type", "02", "03", "04", "05")
                        && gevuld(k.element(), "Verwijzer/ZorgverlenerCode"),
                JW315));
        for (String klasse : List.of("TeWijzigenProduct", "NieuwProduct")) {
            r.add(regel(
                    "TR380",
                    klasse,
                    "GewensteIngangsdatum",
                    k -> "GewensteIngangsdatum " + datumTekst(k, "GewensteIngangsdatum")
                            + " moet na de dagtekening van het bericht (" + Notatie.datum(dagtekening(k.header()))
                            + ") liggen",
                    k -> {
                        LocalDate gewenst = datum(k.element(), "GewensteIngangsdatum");
                        LocalDate dagtekening = dagtekening(k.header());
                        return gewenst != null && dagtekening != null && !gewenst.isAfter(dagtekening);
                    },
                    JW317));
        }
    }

    private static void product(
            List<Klasseregel> r,
            String klasse,
            String begin,
            String eind,
            boolean metProduct,
            String omvangLeegZonderCode,
            String frequentieRegel,
            BerichtType bericht) {
        if (metProduct) {
            r.add(regel(
                    "CD079",
                    klasse,
                    "Product",
                    "Product is verplicht als Budget leeg is",
                    k -> leeg(k.element(), "Budget") && leeg(k.element(), "Product"),
                    bericht));
            r.add(regel(
                    "CD041",
                    klasse,
                    "Omvang",
                    "Omvang is verplicht als de productcode gevuld is",
                    k -> gevuld(k.element(), "Product/Code") && leeg(k.element(), "Omvang"),
                    bericht));
            r.add(regel(
                    omvangLeegZonderCode,
                    klasse,
                    "Omvang",
                    "Omvang moet leeg zijn als de productcode leeg is en de " + eind + " na 31-12-2020 ligt of leeg is",
                    k -> leeg(k.element(), "Product/Code")
                            && eindNa2020OfLeeg(k.element(), eind)
                            && gevuld(k.element(), "Omvang"),
                    bericht));
        }
        r.add(regel(
                "CD075",
                klasse,
                eind,
                eind + " is verplicht als Budget gevuld is",
                k -> gevuld(k.element(), "Budget") && leeg(k.element(), eind),
                bericht));
        r.add(regel(
                "CD076",
                klasse,
                eind,
                eind + " is verplicht bij frequentie 2 (per week)",
                k -> is(k.element(), "Omvang/Frequentie", "2") && leeg(k.element(), eind),
                bericht));
        r.add(regel(
                "CS003",
                klasse,
                eind,
                k -> eind + " " + datumTekst(k, eind) + " ligt voor de " + begin + " " + datumTekst(k, begin),
                k -> eindVoorBegin(k.element(), begin, eind),
                bericht));
        r.add(regel(
                "CD077",
                klasse,
                "Omvang",
                "Omvang moet leeg zijn als Budget gevuld is",
                k -> gevuld(k.element(), "Budget") && gevuld(k.element(), "Omvang"),
                bericht));
        r.add(regel(
                "CD078",
                klasse,
                "Budget",
                "Budget moet leeg zijn als Omvang gevuld is",
                k -> gevuld(k.element(), "Omvang") && gevuld(k.element(), "Budget"),
                bericht));
        r.add(regel(
                frequentieRegel,
                klasse,
                "Omvang/Frequentie",
                "Frequentie moet 2, 4 of 6 zijn bij eenheid 14, 16, 83 of 84 als de " + eind
                        + " na 31-12-2020 ligt of leeg is",
                k -> is(k.element(), "Omvang/Eenheid", "14", "16", "83", "84")
                        && eindNa2020OfLeeg(k.element(), eind)
                        && !is(k.element(), "Omvang/Frequentie", "2", "4", "6"),
                bericht));
    }

    private static void regiemeldingen(List<Klasseregel> r) {
        r.add(regel(
                "CS058",
                "StartProduct",
                "StatusAanlevering",
                "StatusAanlevering moet 1 (eerste aanlevering) of 3 (verwijderen aanlevering) zijn",
                k -> gevuld(k.element(), "StatusAanlevering") && !is(k.element(), "StatusAanlevering", "1", "3"),
                JW305));
        r.add(regel(
                "CS058",
                "StopProduct",
                "StatusAanlevering",
                "StatusAanlevering moet 1 (eerste aanlevering) of 3 (verwijderen aanlevering) zijn",
                k -> gevuld(k.element(), "StatusAanlevering") && !is(k.element(), "StatusAanlevering", "1", "3"),
                JW307));
        r.add(regel(
                "TR018",
                "StopProduct",
                "Einddatum",
                k -> "Einddatum " + datumTekst(k, "Einddatum") + " ligt voor de Begindatum "
                        + datumTekst(k, "Begindatum"),
                k -> eindVoorBegin(k.element(), "Begindatum", "Einddatum"),
                JW307));
    }

    private static void verzoeken(List<Klasseregel> r) {
        r.add(regel(
                "TR352",
                "Verzoek",
                "",
                "Een verzoek om wijziging bevat minstens één OngewijzigdProduct of TeWijzigenProduct",
                k -> leeg(k.element(), "OngewijzigdeProducten") && leeg(k.element(), "TeWijzigenProducten"),
                JW317));
        r.add(regel(
                "TR353",
                "Verzoek",
                "",
                "Een verzoek om wijziging bevat minstens één TeWijzigenProduct of NieuwProduct",
                k -> leeg(k.element(), "TeWijzigenProducten") && leeg(k.element(), "NieuweProducten"),
                JW317));
        r.add(regel(
                "CD085",
                "Antwoord",
                "RedenAfwijzingVerzoek",
                "RedenAfwijzingVerzoek is verplicht als het verzoek is afgewezen (VerzoekAntwoord 1)",
                k -> is(k.element(), "VerzoekAntwoord", "1") && leeg(k.element(), "RedenAfwijzingVerzoek"),
                JW319));
        r.add(regel(
                "CD086",
                "Antwoord",
                "RedenAfwijzingVerzoek",
                "RedenAfwijzingVerzoek moet leeg zijn als de aanvraag in onderzoek is (VerzoekAntwoord 2)",
                k -> is(k.element(), "VerzoekAntwoord", "2") && gevuld(k.element(), "RedenAfwijzingVerzoek"),
                JW319));
        r.add(regel(
                "TR377",
                "Antwoord",
                "Woonplaatsbeginsel",
                "Bij RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) moet Woonplaatsbeginsel opgenomen zijn",
                k -> is(k.element(), "RedenAfwijzingVerzoek", "8")
                        && !k.element().has("Woonplaatsbeginsel"),
                JW319));
        r.add(regel(
                "TR409",
                "Antwoord",
                "Woonplaatsbeginsel",
                "Woonplaatsbeginsel mag alleen opgenomen zijn bij RedenAfwijzingVerzoek 8 (woonplaatsbeginsel)",
                k -> k.element().has("Woonplaatsbeginsel") && !is(k.element(), "RedenAfwijzingVerzoek", "8"),
                JW319));
    }

    private static void declaraties(List<Klasseregel> r) {
        r.add(regel(
                "CS100",
                "Declaratie",
                "DeclaratiePeriode/Begindatum",
                "DeclaratiePeriode moet op of na 01-01-2021 liggen",
                k -> voor2021(datum(k.element(), "DeclaratiePeriode/Begindatum")),
                JW323));
        r.add(regel(
                "CS340",
                "Declaratie",
                "DeclaratiePeriode",
                k -> "DeclaratiePeriode moet precies één hele kalendermaand zijn, maar is "
                        + periodeTekst(k, "DeclaratiePeriode"),
                k -> {
                    LocalDate begin = datum(k.element(), "DeclaratiePeriode/Begindatum");
                    LocalDate eind = datum(k.element(), "DeclaratiePeriode/Einddatum");
                    return begin != null
                            && eind != null
                            && !(begin.getDayOfMonth() == 1
                                    && eind.equals(begin.withDayOfMonth(begin.lengthOfMonth())));
                },
                JW323));
        r.add(nulIsDebet("Declaratie", "TotaalIngediendBedrag", "TotaalBedrag", JW323));
        r.add(nulIsDebet("DeclaratieAntwoord", "TotaalIngediendBedrag", "TotaalBedrag", JW325));
        r.add(nulIsDebet("DeclaratieAntwoord", "TotaalToegekendBedrag", "TotaalBedrag", JW325));
        r.add(nulIsDebet("Prestatie", "IngediendBedrag", "Bedrag", JW323, JW325));
        r.add(regel(
                "CD060",
                "Prestatie",
                "ProductReferentie/VorigReferentieNummer",
                "VorigReferentieNummer is verplicht bij een creditprestatie en moet bij een debetprestatie leeg zijn",
                k -> gevuld(k.element(), "IngediendBedrag/DebetCredit")
                        && is(k.element(), "IngediendBedrag/DebetCredit", "C")
                                == leeg(k.element(), "ProductReferentie/VorigReferentieNummer"),
                JW323,
                JW325));
        r.add(regel(
                "CS100",
                "Prestatie",
                "ProductPeriode/Begindatum",
                "ProductPeriode moet op of na 01-01-2021 liggen",
                k -> voor2021(datum(k.element(), "ProductPeriode/Begindatum")),
                JW323));
        r.add(regel(
                "CS337",
                "Prestatie",
                "ProductPeriode/Einddatum",
                k -> "ProductPeriode moet binnen één kalendermaand vallen, maar is "
                        + periodeTekst(k, "ProductPeriode"),
                k -> {
                    LocalDate begin = datum(k.element(), "ProductPeriode/Begindatum");
                    LocalDate eind = datum(k.element(), "ProductPeriode/Einddatum");
                    return begin != null
                            && eind != null
                            && (begin.getYear() != eind.getYear() || begin.getMonth() != eind.getMonth());
                },
                JW323));
        r.add(regel(
                "CD087",
                "Prestatie",
                "ProductTarief",
                "ProductTarief is verplicht als de eenheid geen euro's (83) is en moet anders leeg zijn",
                k -> gevuld(k.element(), "Eenheid")
                        && is(k.element(), "Eenheid", "83") == gevuld(k.element(), "ProductTarief"),
                JW323));
        r.add(regel(
                "CS339",
                "Prestatie",
                "IngediendBedrag/Bedrag",
                k -> "Bij eenheid euro's (83) moet het ingediende bedrag gelijk zijn aan het geleverde volume, maar het"
                        + " ingediende bedrag is " + bedragTekst(getal(k.element(), "IngediendBedrag/Bedrag"))
                        + " en het geleverde volume " + bedragTekst(getal(k.element(), "GeleverdVolume")),
                k -> {
                    Long bedrag = getal(k.element(), "IngediendBedrag/Bedrag");
                    Long volume = getal(k.element(), "GeleverdVolume");
                    return is(k.element(), "Eenheid", "83")
                            && bedrag != null
                            && volume != null
                            && !bedrag.equals(volume);
                },
                JW323));
        r.add(regel(
                "TR137",
                "Prestatie",
                "ProductPeriode/Einddatum",
                k -> "Einddatum van de ProductPeriode moet op of na de Begindatum en niet na de dagtekening van het"
                        + " bericht (" + Notatie.datum(dagtekening(k.header())) + ") liggen; de ProductPeriode is "
                        + periodeTekst(k, "ProductPeriode"),
                k -> {
                    LocalDate dagtekening = dagtekening(k.header());
                    LocalDate eind = datum(k.element(), "ProductPeriode/Einddatum");
                    return eindVoorBegin(k.element(), "ProductPeriode/Begindatum", "ProductPeriode/Einddatum")
                            || (eind != null && dagtekening != null && eind.isAfter(dagtekening));
                },
                JW323,
                JW325));
        r.add(regel(
                "TR335",
                "Prestatie",
                "ProductPeriode/Einddatum",
                "Einddatum van de ProductPeriode ligt meer dan 5 jaar voor de DeclaratieDagtekening",
                k -> {
                    LocalDate eind = datum(k.element(), "ProductPeriode/Einddatum");
                    LocalDate declaratieDagtekening = datum(k.voorouder("Declaratie"), "DeclaratieDagtekening");
                    return eind != null
                            && declaratieDagtekening != null
                            && eind.isBefore(declaratieDagtekening.minusYears(5));
                },
                JW323));
    }

    /** A date of the class in Dutch notation, for an explanation; the value itself when it is no date. */
    private static String datumTekst(Berichtcontrole.Klasse k, String pad) {
        LocalDate datum = datum(k.element(), pad);
        return datum == null ? String.valueOf(k.text(pad)) : Notatie.datum(datum);
    }

    /** A GeslotenPeriode of the class in Dutch notation: "05-01-2026 t/m 31-01-2026". */
    private static String periodeTekst(Berichtcontrole.Klasse k, String periode) {
        return Notatie.periode(datum(k.element(), periode + "/Begindatum"), datum(k.element(), periode + "/Einddatum"));
    }

    /** An amount of the message (eurocent) in euros: "€ 580,00". */
    static String bedragTekst(Long eurocent) {
        return eurocent == null ? "onbekend" : new Bedrag(eurocent).format();
    }

    private static boolean voor2021(LocalDate datum) {
        return datum != null && datum.isBefore(BEGIN_2021);
    }

    private static Klasseregel nulIsDebet(String klasse, String bedrag, String veld, BerichtType... berichten) {
        return regel(
                "CS325",
                klasse,
                bedrag + "/DebetCredit",
                "Bij een bedrag van 0 moet DebetCredit D (debet) zijn",
                k -> {
                    Long waarde = bedragMetTeken(k.element(), bedrag + "/" + veld, bedrag + "/DebetCredit");
                    return waarde != null && waarde == 0 && is(k.element(), bedrag + "/DebetCredit", "C");
                },
                berichten);
    }
}
