package nl.jeugdregie.ijw.schema;

import static nl.jeugdregie.ijw.schema.Basisschema.*;
import static nl.jeugdregie.ijw.schema.Particle.UNBOUNDED;
import static nl.jeugdregie.ijw.schema.Particle.optional;
import static nl.jeugdregie.ijw.schema.Particle.required;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW301;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW302;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW305;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW306;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW307;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW308;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW315;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW316;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW317;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW318;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW319;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW320;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW323;
import static nl.jeugdregie.kern.codelijst.Berichtcode.JW325;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.codelijst.Berichtcode;

/**
 * The element tree of one iJw 3.2 message: the root element {@code Bericht} of namespace
 * {@code http://www.istandaarden.nl/ijw/3_2/jwNNN/schema}, written as code from the official message
 * XSDs. Retourberichten are derived from their heenbericht the way the XSDs are built: the retour
 * header, and RetourCodes appended to every berichtklasse.
 */
public record Berichtschema(String bericht, String berichtCode, ComplexType root) {

    private static final String NAMESPACE_FORMAT = "http://www.istandaarden.nl/ijw/3_2/%s/schema";

    /** The message namespace, e.g. {@code http://www.istandaarden.nl/ijw/3_2/jw301/schema}. */
    public String namespace() {
        return NAMESPACE_FORMAT.formatted(prefix());
    }

    /** The conventional prefix and XSD file name stem, e.g. {@code jw301}. */
    public String prefix() {
        return bericht.toLowerCase(java.util.Locale.ROOT);
    }

    /** The berichtklasse directly below the root (Client, Antwoord, Declaratie, ...). */
    public Particle body() {
        return root.particles().get(1);
    }

    public static final Map<String, Berichtschema> ALLE = alle();

    private static Map<String, Berichtschema> alle() {
        ComplexType jw301 = root(heenHeader(JW301, GEMEENTE, AGB_CODE), jw301Client());
        ComplexType jw305 = root(heenHeader(JW305, AGB_CODE, GEMEENTE), jw305Client("StartProducten", startProduct()));
        ComplexType jw307 = root(heenHeader(JW307, AGB_CODE, GEMEENTE), jw305Client("StopProducten", stopProduct()));
        ComplexType jw315 = root(heenHeader(JW315, AGB_CODE, GEMEENTE), jw315Client());
        ComplexType jw317 = root(heenHeader(JW317, AGB_CODE, GEMEENTE), jw317Client());
        ComplexType jw319 = root(heenHeader(JW319, GEMEENTE, AGB_CODE), jw319Antwoord());
        ComplexType jw323 = root(heenHeader(JW323, AGB_CODE, GEMEENTE), jw323Declaratie());
        Map<String, Berichtschema> all = new LinkedHashMap<>();
        add(all, JW301, jw301);
        add(all, JW302, retour(jw301, JW302));
        add(all, JW305, jw305);
        add(all, JW306, retour(jw305, JW306));
        add(all, JW307, jw307);
        add(all, JW308, retour(jw307, JW308));
        add(all, JW315, jw315);
        add(all, JW316, retour(jw315, JW316));
        add(all, JW317, jw317);
        add(all, JW318, retour(jw317, JW318));
        add(all, JW319, jw319);
        add(all, JW320, retour(jw319, JW320));
        add(all, JW323, jw323);
        add(all, JW325, jw325(jw323));
        return Map.copyOf(all);
    }

    /** Every message under its type name, with the berichtcode (COD002) of {@code kern}. */
    private static void add(Map<String, Berichtschema> all, Berichtcode bericht, ComplexType root) {
        all.put(bericht.berichttype(), new Berichtschema(bericht.berichttype(), bericht.code(), root));
    }

    // ---- building blocks

    private static ComplexType root(Particle header, Particle body) {
        return ComplexType.local("Root", header, body);
    }

    private static Particle local(String name, int min, int max, Particle... particles) {
        return new Particle(name, min, max, null, ComplexType.local(name, particles), false);
    }

    private static Particle klasse(String name, int min, int max, Particle... particles) {
        return local(name, min, max, particles).asKlasse();
    }

    /** A wrapper such as ToegewezenProducten around one repeating berichtklasse. */
    private static Particle list(String name, int min, Particle item) {
        return local(name, min, 1, item);
    }

    private static List<Particle> headerStart(String berichtCode, SimpleType afzender, SimpleType ontvanger) {
        return List.of(
                required("BerichtCode", BERICHT_CODE.fixed(berichtCode, "RS047")),
                required("BerichtVersie", BERICHT_VERSIE.fixed("3", "CS025")),
                required("BerichtSubversie", BERICHT_SUBVERSIE.fixed("2", "CS015")),
                required("Afzender", afzender),
                required("Ontvanger", ontvanger),
                required("BerichtIdentificatie", BERICHT_IDENTIFICATIE),
                required("XsdVersie", XSD_VERSIE));
    }

    private static Particle heenHeader(Berichtcode bericht, SimpleType afzender, SimpleType ontvanger) {
        return local(
                "Header", 1, 1, headerStart(bericht.code(), afzender, ontvanger).toArray(Particle[]::new));
    }

    private static Particle retourCodes(int min) {
        return local("RetourCodes", min, 1, new Particle("RetourCode", 1, UNBOUNDED, RETOUR_CODE, null, false));
    }

    private static Particle naamgegevens(ComplexType naam) {
        return required("Naam", naam);
    }

    private static Particle contact(int max) {
        return klasse(
                "Contact",
                1,
                max,
                required("Soort", ADRES_SOORT),
                optional("Adres", ADRES),
                optional("Organisatie", ORGANISATIENAAM),
                optional("Telefoon", TELEFOONNUMMERS),
                optional("Emailadres", EMAILADRES),
                optional("Periode", OPEN_PERIODE));
    }

    private static Particle jw301Client() {
        Particle relatie = klasse(
                "Relatie",
                1,
                UNBOUNDED,
                required("Nummer", PERSOONSID),
                optional("Volgorde", RELATIE_VOLGORDE),
                required("Soort", SOORT_RELATIE),
                optional("Geboortedatum", GEBOORTEDATUM),
                optional("Geslacht", GESLACHT),
                naamgegevens(VOLLEDIGE_NAAM),
                contact(1));
        Particle toegewezenProduct = klasse(
                "ToegewezenProduct",
                1,
                UNBOUNDED,
                required("ToewijzingNummer", NUMMER),
                optional("ReferentieAanbieder", REFERENTIE),
                optional("Product", PRODUCT),
                required("Toewijzingsdatum", DATUM),
                required("Toewijzingstijd", TIJD),
                required("Ingangsdatum", DATUM),
                optional("Einddatum", DATUM),
                optional("RedenWijziging", REDEN_WIJZIGING),
                optional("Omvang", OMVANG),
                optional("Budget", BUDGET),
                optional("Commentaar", COMMENTAAR));
        return klasse(
                "Client",
                1,
                1,
                required("Bsn", BURGERSERVICENUMMER),
                required("Geboortedatum", GEBOORTEDATUM),
                required("Geslacht", GESLACHT),
                naamgegevens(VOLLEDIGE_NAAM),
                optional("Communicatie", COMMUNICATIE),
                optional("JuridischeStatus", JURIDISCHE_STATUS),
                optional("WettelijkeVertegenwoordiging", WETTELIJKE_VERTEGENWOORDIGING),
                optional("Commentaar", COMMENTAAR),
                list("Relaties", 0, relatie),
                list("Contactgegevens", 1, contact(UNBOUNDED)),
                list("ToegewezenProducten", 1, toegewezenProduct));
    }

    private static Particle[] verkorteClient(Particle... rest) {
        List<Particle> particles = new ArrayList<>(List.of(
                required("Bsn", BURGERSERVICENUMMER),
                required("Geboortedatum", GEBOORTEDATUM),
                required("Geslacht", GESLACHT),
                naamgegevens(VERKORTE_NAAM)));
        particles.addAll(List.of(rest));
        return particles.toArray(Particle[]::new);
    }

    private static Particle jw305Client(String listName, Particle product) {
        return klasse("Client", 1, 1, verkorteClient(list(listName, 1, product)));
    }

    private static Particle startProduct() {
        return klasse(
                "StartProduct",
                1,
                UNBOUNDED,
                optional("ToewijzingNummer", NUMMER),
                optional("Product", PRODUCT),
                optional("ToewijzingIngangsdatum", DATUM),
                required("Begindatum", DATUM),
                required("StatusAanlevering", STATUS_AANLEVERING));
    }

    private static Particle stopProduct() {
        return klasse(
                "StopProduct",
                1,
                UNBOUNDED,
                optional("ToewijzingNummer", NUMMER),
                optional("Product", PRODUCT),
                optional("ToewijzingIngangsdatum", DATUM),
                required("Begindatum", DATUM),
                required("RedenBeeindiging", REDEN_BEEINDIGING),
                required("Einddatum", DATUM),
                required("StatusAanlevering", STATUS_AANLEVERING));
    }

    private static Particle jw315Client() {
        Particle aangevraagdProduct = klasse(
                "AangevraagdProduct",
                1,
                UNBOUNDED,
                required("ReferentieAanbieder", REFERENTIE),
                optional("BeschikkingNummer", NUMMER),
                optional("Product", PRODUCT),
                optional("BeschikkingIngangsdatum", DATUM),
                required("ToewijzingIngangsdatum", DATUM),
                optional("ToewijzingEinddatum", DATUM),
                optional("Omvang", OMVANG),
                optional("Budget", BUDGET),
                required("Verwijzer", VERWIJZER),
                optional("Raamcontract", JA_NEE),
                optional("Commentaar", COMMENTAAR));
        return klasse(
                "Client",
                1,
                1,
                verkorteClient(
                        optional("GezagsdragerBekend", JA_NEE),
                        optional("Commentaar", COMMENTAAR),
                        list("AangevraagdeProducten", 1, aangevraagdProduct)));
    }

    private static Particle jw317Client() {
        Particle ongewijzigd = klasse("OngewijzigdProduct", 1, UNBOUNDED, required("ToewijzingNummer", NUMMER));
        Particle teWijzigen = klasse(
                "TeWijzigenProduct",
                1,
                UNBOUNDED,
                required("ToewijzingNummer", NUMMER),
                required("GewensteIngangsdatum", DATUM),
                optional("Einddatum", DATUM),
                optional("Omvang", OMVANG),
                optional("Budget", BUDGET));
        Particle nieuw = klasse(
                "NieuwProduct",
                1,
                UNBOUNDED,
                optional("Product", PRODUCT),
                required("GewensteIngangsdatum", DATUM),
                optional("Einddatum", DATUM),
                optional("Omvang", OMVANG),
                optional("Budget", BUDGET));
        Particle verzoek = klasse(
                "Verzoek",
                1,
                1,
                required("ReferentieAanbieder", REFERENTIE),
                required("RedenVerzoek", REDEN_VERZOEK),
                list("OngewijzigdeProducten", 0, ongewijzigd),
                list("TeWijzigenProducten", 0, teWijzigen),
                list("NieuweProducten", 0, nieuw));
        return klasse("Client", 1, 1, required("Bsn", BURGERSERVICENUMMER), verzoek);
    }

    private static Particle jw319Antwoord() {
        return klasse(
                "Antwoord",
                1,
                1,
                required("ReferentieAanbieder", REFERENTIE),
                required("VerzoekAntwoord", VERZOEK_ANTWOORD),
                optional("RedenAfwijzingVerzoek", REDEN_AFWIJZING_VERZOEK),
                klasse("Woonplaatsbeginsel", 0, 1, required("Gemeente", GEMEENTE)));
    }

    private static Particle jw323Declaratie() {
        Particle prestatie = klasse(
                "Prestatie",
                1,
                UNBOUNDED,
                required("ProductReferentie", REFERENTIE_TYPE),
                required("ToewijzingNummer", NUMMER),
                required("ProductCategorie", PRODUCT_CATEGORIE),
                required("ProductCode", PRODUCT_CODE),
                required("ProductPeriode", GESLOTEN_PERIODE),
                required("GeleverdVolume", VOLUME),
                required("Eenheid", EENHEID),
                optional("ProductTarief", BEDRAG),
                required("IngediendBedrag", BEDRAG_MET_DC));
        Particle client =
                klasse("Client", 1, UNBOUNDED, required("Bsn", BURGERSERVICENUMMER), list("Prestaties", 1, prestatie));
        return klasse(
                "Declaratie",
                1,
                1,
                required(
                        "DeclaratieNummer",
                        IDENTIFICATIE_DECLARATIE.restrict(
                                "([a-zA-Z0-9])+", "CS319", "alleen letters en cijfers", Lexical::isLettersOrDigits)),
                required("DeclaratiePeriode", GESLOTEN_PERIODE),
                required("DeclaratieDagtekening", DATUM),
                required("TotaalIngediendBedrag", TOTAAL_BEDRAG_MET_DC),
                list("Clienten", 1, client));
    }

    // ---- retourberichten

    private static ComplexType retour(ComplexType heen, Berichtcode retourbericht) {
        ComplexType heenHeader = heen.particles().get(0).complex();
        List<Particle> header = new ArrayList<>(headerStart(
                retourbericht.code(),
                heenHeader.particle("Afzender").simple(),
                heenHeader.particle("Ontvanger").simple()));
        header.add(required("IdentificatieRetour", IDENTIFICATIE_BERICHT));
        header.add(required("DagtekeningRetour", DATUM));
        header.add(optional("XsltVersie", VERSIE));
        header.add(required("XsdVersieRetour", XSD_VERSIE));
        header.add(retourCodes(0));
        return root(
                local("Header", 1, 1, header.toArray(Particle[]::new)),
                withRetourCodes(heen.particles().get(1)).withCardinality(0, 1));
    }

    /** The berichtklasse as it appears in a retourbericht: every klasse below it ends with RetourCodes. */
    private static Particle withRetourCodes(Particle particle) {
        if (particle.isSimple() || particle.complex().basis()) {
            return particle;
        }
        List<Particle> children = new ArrayList<>();
        for (Particle child : particle.complex().particles()) {
            children.add(withRetourCodes(child));
        }
        if (particle.klasse()) {
            children.add(retourCodes(1));
        }
        return particle.withType(new ComplexType(particle.complex().name(), false, children));
    }

    private static ComplexType jw325(ComplexType jw323) {
        Particle heenClienten = jw323.particles().get(1).complex().particle("Clienten");
        Particle header = local(
                "Header",
                1,
                1,
                required("BerichtCode", BERICHT_CODE.fixed(JW325.code(), "RS047")),
                required("BerichtVersie", BERICHT_VERSIE.fixed("3", "CS025")),
                required("BerichtSubversie", BERICHT_SUBVERSIE.fixed("2", "CS015")),
                required("Afzender", GEMEENTE),
                required("Ontvanger", AGB_CODE),
                required("BerichtIdentificatie", BERICHT_IDENTIFICATIE),
                required("XsdVersie", XSD_VERSIE),
                required("DeclaratieIdentificatie", BERICHT_IDENTIFICATIE),
                optional("XsltVersie", VERSIE),
                required("XsdVersieDeclaratie", XSD_VERSIE),
                retourCodes(1));
        Particle antwoord = klasse(
                "DeclaratieAntwoord",
                0,
                1,
                required("DeclaratieNummer", IDENTIFICATIE_DECLARATIE),
                required("TotaalIngediendBedrag", TOTAAL_BEDRAG_MET_DC),
                required("TotaalToegekendBedrag", TOTAAL_BEDRAG_MET_DC),
                withRetourCodes(heenClienten).withCardinality(0, 1),
                retourCodes(1));
        return root(header, antwoord);
    }
}
