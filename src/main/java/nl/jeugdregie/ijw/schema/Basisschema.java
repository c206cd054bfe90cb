package nl.jeugdregie.ijw.schema;

import static nl.jeugdregie.ijw.schema.ComplexType.basis;
import static nl.jeugdregie.ijw.schema.Particle.optional;
import static nl.jeugdregie.ijw.schema.Particle.required;

import nl.jeugdregie.kern.codelijst.AanduidingWoonadres;
import nl.jeugdregie.kern.codelijst.Communicatievorm;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.JaNee;
import nl.jeugdregie.kern.codelijst.JuridischeStatus;
import nl.jeugdregie.kern.codelijst.Naamgebruik;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.SoortAdres;
import nl.jeugdregie.kern.codelijst.SoortRelatie;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.kern.codelijst.VerzoekAntwoord;
import nl.jeugdregie.kern.codelijst.WettelijkeVertegenwoordiging;

/**
 * The simple and complex types of the iJw 3.2 basisschema (namespace {@link #NAMESPACE}), written
 * as code from the official basisschema.xsd. The enumerations take their codes from the code lists
 * in {@code kern.codelijst}, which carry the official codes and descriptions and are tested against
 * the basisschema; only the country codes, which have no code list of their own, are listed here.
 * Tests compare the resulting element trees with the official XSDs.
 */
public final class Basisschema {

    public static final String NAMESPACE = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    private Basisschema() {}

    // Simple types (LDT_...), in the order of the basisschema.
    public static final SimpleType AANDUIDING_WOONADRES =
            SimpleType.code("LDT_AanduidingWoonadres", 2, AanduidingWoonadres.class);
    public static final SimpleType ADRES_SOORT = SimpleType.code("LDT_AdresSoort", 2, SoortAdres.class);
    public static final SimpleType AGB_CODE = SimpleType.string("LDT_AgbCode", 1, 8)
            .withPattern("[0-9]{8}", "RS036", "een AGB-code van 8 cijfers", v -> Lexical.isDigits(v, 8));
    public static final SimpleType BEDRAG = SimpleType.bedrag("LDT_Bedrag", 99_999_999L);
    public static final SimpleType BERICHT_CODE = SimpleType.string("LDT_BerichtCode", 1, 3);
    public static final SimpleType BERICHT_SUBVERSIE = SimpleType.integer("LDT_BerichtSubversie", 99);
    public static final SimpleType BERICHT_VERSIE = SimpleType.integer("LDT_BerichtVersie", 99);
    public static final SimpleType BUDGET = SimpleType.bedrag("LDT_Budget", 99_999_999L);
    public static final SimpleType BURGERSERVICENUMMER = SimpleType.string("LDT_BurgerServicenummer", 1, 9)
            .withPattern("[0-9]{9}", "RS037", "een BSN van 9 cijfers", v -> Lexical.isDigits(v, 9));
    public static final SimpleType COMMENTAAR = SimpleType.string("LDT_Commentaar", 1, Integer.MAX_VALUE)
            .withPattern(
                    "([.\\s]*\\S+[.\\s]*)+",
                    "RS031",
                    "tekst met minstens één teken dat geen spatie is",
                    Lexical::hasText);
    public static final SimpleType COMMUNICATIEVORM =
            SimpleType.code("LDT_Communicatievorm", 1, Communicatievorm.class);
    public static final SimpleType DATUM = SimpleType.date("LDT_Datum");
    public static final SimpleType DATUM_GEBRUIK = SimpleType.code("LDT_DatumGebruik", 1, Datumgebruik.class);
    public static final SimpleType DEBET_CREDIT = SimpleType.code("LDT_DebetCredit", 1, DebetCredit.class);
    public static final SimpleType EENHEID = SimpleType.code("LDT_Eenheid", 2, Eenheid.class);
    public static final SimpleType EMAILADRES = text("LDT_Emailadres", 80);
    public static final SimpleType FREQUENTIE = SimpleType.code("LDT_Frequentie", 1, Frequentie.class);
    public static final SimpleType GEMEENTE = SimpleType.string("LDT_Gemeente", 1, Integer.MAX_VALUE)
            .withPattern(
                    "[0-9]{4}", "RS035", "een gemeentecode van 4 cijfers, zoals 0153", v -> Lexical.isDigits(v, 4));
    public static final SimpleType GESLACHT = SimpleType.code("LDT_Geslacht", 1, Geslacht.class);
    public static final SimpleType HUISLETTER = text("LDT_Huisletter", 1);
    public static final SimpleType HUISNUMMER = SimpleType.integer("LDT_Huisnummer", 99_999L);
    public static final SimpleType HUISNUMMER_TOEVOEGING = text("LDT_HuisnummerToevoeging", 4);
    public static final SimpleType IDENTIFICATIE_BERICHT = text("LDT_IdentificatieBericht", 12);
    public static final SimpleType IDENTIFICATIE_DECLARATIE = SimpleType.string("LDT_IdentificatieDeclaratie", 1, 12);
    public static final SimpleType JA_NEE = SimpleType.code("LDT_JaNee", 1, JaNee.class);
    public static final SimpleType JURIDISCHE_STATUS =
            SimpleType.code("LDT_JuridischeStatus", 2, JuridischeStatus.class);
    public static final SimpleType LAND_CODE = SimpleType.code("LDT_LandCode", 2, Codes.LANDEN);
    public static final SimpleType LANDNUMMER = text("LDT_Landnummer", 4);
    public static final SimpleType NAAM = text("LDT_Naam", 200);
    public static final SimpleType NAAM_GEBRUIK = SimpleType.code("LDT_NaamGebruik", 1, Naamgebruik.class);
    public static final SimpleType NAAM_VERWIJZER = text("LDT_NaamVerwijzer", 64);
    public static final SimpleType NUMMER = SimpleType.integer("LDT_Nummer", 999_999_999L);
    public static final SimpleType ORGANISATIENAAM = text("LDT_Organisatienaam", 35);
    public static final SimpleType PERSOONSID = text("LDT_Persoonsid", 20);
    public static final SimpleType PLAATSNAAM = text("LDT_Plaatsnaam", 80);
    public static final SimpleType POSTCODE = text("LDT_Postcode", 8);
    public static final SimpleType PRODUCT_CATEGORIE =
            SimpleType.code("LDT_ProductCategorie", 2, Productcategorie.class);
    public static final SimpleType PRODUCT_CODE = text("LDT_ProductCode", 5);
    public static final SimpleType REDEN_AFWIJZING_VERZOEK =
            SimpleType.code("LDT_RedenAfwijzingVerzoek", 2, RedenAfwijzingVerzoek.class);
    public static final SimpleType REDEN_BEEINDIGING =
            SimpleType.code("LDT_RedenBeeindiging", 2, RedenBeeindiging.class);
    public static final SimpleType REDEN_VERZOEK = SimpleType.code("LDT_RedenVerzoek", 1, RedenVerzoek.class);
    public static final SimpleType REDEN_WIJZIGING = SimpleType.code("LDT_RedenWijziging", 2, RedenWijziging.class);
    public static final SimpleType REFERENTIE = text("LDT_Referentie", 36);
    public static final SimpleType REFERENTIE_NUMMER = SimpleType.string("LDT_ReferentieNummer", 1, 20);
    public static final SimpleType RELATIE_VOLGORDE = SimpleType.integer("LDT_RelatieVolgorde", 99);
    public static final SimpleType RETOUR_CODE = SimpleType.code("LDT_RetourCode", 4, Retourcode.class);
    public static final SimpleType SOORT_RELATIE = SimpleType.code("LDT_SoortRelatie", 2, SoortRelatie.class);
    public static final SimpleType STATUS_AANLEVERING =
            SimpleType.code("LDT_StatusAanlevering", 1, StatusAanlevering.class);
    public static final SimpleType STRAATNAAM = text("LDT_Straatnaam", 24);
    public static final SimpleType TAAL = text("LDT_Taal", 25);
    public static final SimpleType TELEFOONNUMMER = SimpleType.string("LDT_Telefoonnummer", 1, 15)
            .withPattern(
                    "[0-9]*", "RS046", "alleen cijfers, zonder spaties of streepjes", v -> Lexical.isDigits(v, -1));
    public static final SimpleType TIJD = SimpleType.time("LDT_Tijd");
    public static final SimpleType TOTAAL_BEDRAG = SimpleType.bedrag("LDT_TotaalBedrag", 999_999_999_999L);
    public static final SimpleType TYPE_VERWIJZER = SimpleType.code("LDT_TypeVerwijzer", 2, Verwijzer.class);
    public static final SimpleType VERSIE = SimpleType.string("LDT_Versie", 1, Integer.MAX_VALUE)
            .withPattern(
                    "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)",
                    "RS048",
                    "een versienummer als 1.0.2",
                    Lexical::isVersion);
    public static final SimpleType VERZOEK_ANTWOORD = SimpleType.code("LDT_VerzoekAntwoord", 1, VerzoekAntwoord.class);
    public static final SimpleType VOLUME = SimpleType.integer("LDT_Volume", 99_999_999L);
    public static final SimpleType VOORLETTERS = SimpleType.string("LDT_Voorletters", 1, 6)
            .withPattern("([a-zA-ZÀ-ỳ])+", "RS045", "alleen letters, zonder punten of spaties", Lexical::isLetters);
    public static final SimpleType VOORVOEGSEL = text("LDT_Voorvoegsel", 10);
    public static final SimpleType WETTELIJKE_VERTEGENWOORDIGING =
            SimpleType.code("LDT_WettelijkeVertegenwoordiging", 2, WettelijkeVertegenwoordiging.class);

    // Complex types (CDT_...): their elements are in the basisschema namespace.
    public static final ComplexType ACHTERNAAM =
            basis("CDT_Achternaam", required("Achternaam", NAAM), optional("Voorvoegsel", VOORVOEGSEL));
    public static final ComplexType HUIS = basis(
            "CDT_Huis",
            required("Huisnummer", HUISNUMMER),
            optional("Huisletter", HUISLETTER),
            optional("HuisnummerToevoeging", HUISNUMMER_TOEVOEGING),
            optional("AanduidingWoonadres", AANDUIDING_WOONADRES));
    public static final ComplexType ADRES = basis(
            "CDT_Adres",
            optional("Huis", HUIS),
            optional("Postcode", POSTCODE),
            optional("Straatnaam", STRAATNAAM),
            optional("Plaatsnaam", PLAATSNAAM),
            optional("LandCode", LAND_CODE));
    public static final ComplexType BEDRAG_MET_DC =
            basis("CDT_BedragMetDC", required("Bedrag", BEDRAG), required("DebetCredit", DEBET_CREDIT));
    public static final ComplexType BERICHT_IDENTIFICATIE = basis(
            "CDT_BerichtIdentificatie",
            required("Identificatie", IDENTIFICATIE_BERICHT),
            required("Dagtekening", DATUM));
    public static final ComplexType COMMUNICATIE =
            basis("CDT_Communicatie", required("Vorm", COMMUNICATIEVORM), optional("Taal", TAAL));
    public static final ComplexType GEBOORTEDATUM =
            basis("CDT_Geboortedatum", required("Datum", DATUM), optional("DatumGebruik", DATUM_GEBRUIK));
    public static final ComplexType GESLOTEN_PERIODE =
            basis("CDT_GeslotenPeriode", required("Begindatum", DATUM), required("Einddatum", DATUM));
    public static final ComplexType OMVANG = basis(
            "CDT_Omvang", required("Volume", VOLUME), required("Eenheid", EENHEID), required("Frequentie", FREQUENTIE));
    public static final ComplexType OPEN_PERIODE =
            basis("CDT_OpenPeriode", optional("Begindatum", DATUM), optional("Einddatum", DATUM));
    public static final ComplexType PRODUCT =
            basis("CDT_Product", required("Categorie", PRODUCT_CATEGORIE), optional("Code", PRODUCT_CODE));
    public static final ComplexType REFERENTIE_TYPE = basis(
            "CDT_Referentie",
            required("ReferentieNummer", REFERENTIE_NUMMER),
            optional("VorigReferentieNummer", REFERENTIE_NUMMER));
    public static final ComplexType TELEFOON =
            basis("CDT_Telefoon", required("Telefoonnummer", TELEFOONNUMMER), required("Landnummer", LANDNUMMER));
    public static final ComplexType TELEFOONNUMMERS =
            basis("CDT_Telefoonnummers", required("Telefoon01", TELEFOON), optional("Telefoon02", TELEFOON));
    public static final ComplexType TOTAAL_BEDRAG_MET_DC = basis(
            "CDT_TotaalBedragMetDC", required("TotaalBedrag", TOTAAL_BEDRAG), required("DebetCredit", DEBET_CREDIT));
    public static final ComplexType VERKORTE_NAAM = basis(
            "CDT_VerkorteNaam",
            required("Geslachtsnaam", ACHTERNAAM),
            optional("Voornamen", NAAM),
            optional("Voorletters", VOORLETTERS));
    public static final ComplexType VERWIJZER = basis(
            "CDT_Verwijzer",
            required("Type", TYPE_VERWIJZER),
            optional("Naam", NAAM_VERWIJZER),
            optional("ZorgverlenerCode", AGB_CODE));
    public static final ComplexType VOLLEDIGE_NAAM = basis(
            "CDT_VolledigeNaam",
            required("Geslachtsnaam", ACHTERNAAM),
            optional("Partnernaam", ACHTERNAAM),
            optional("Voornamen", NAAM),
            optional("Voorletters", VOORLETTERS),
            required("NaamGebruik", NAAM_GEBRUIK));
    public static final ComplexType XSD_VERSIE =
            basis("CDT_XsdVersie", required("BasisschemaXsdVersie", VERSIE), required("BerichtXsdVersie", VERSIE));

    /** A free-text type: {@code minLength 1, maxLength n, pattern .*[^\s].*}. */
    private static SimpleType text(String name, int maxLength) {
        return SimpleType.string(name, 1, maxLength)
                .withPattern(
                        ".*[^\\s].*",
                        "RS033",
                        "tekst op één regel, met minstens één teken dat geen spatie is",
                        Lexical::hasTextOnOneLine);
    }
}
