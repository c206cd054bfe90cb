package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Retourcode, iJw 3.2 code list WJ001 (element LDT_RetourCode), used in JW302, JW306, JW308, JW316, JW318,
 * JW320, JW325.
 *
 * <p>Definitie: Melding in een retourbericht. Het betreft een code die in een retourbericht het resultaat van
 * de beoordeling van een (deel van een) ontvangen bericht weergeeft.
 */
public enum Retourcode implements Code {
    TECHNISCH_AFGEKEURD("0001", "Bericht is afgekeurd om technische redenen."),
    GEEN_OPMERKING("0200", "Geen opmerking over deze berichtklasse."),
    NIET_BEOORDEELD("0233", "Berichtklasse is niet beoordeeld."),
    TARIEF_WIJKT_AF_VAN_CONTRACT("0611", "Het ingediende tarief komt niet overeen met het contractuele tarief"),
    DECLARATIE_VOLLEDIG_TOEGEWEZEN("8001", "Declaratie is volledig toegewezen."),
    CREDIT_ZONDER_DEBET("8017", "Van deze credit prestatie is geen debet prestatie bekend."),
    REFERENTIENUMMER_AL_AANGELEVERD("8021", "Referentienummer prestatie is reeds aangeleverd."),
    PRESTATIE_HOORT_NIET_BIJ_CLIENT("8187", "De prestatie hoort niet bij deze client."),
    DECLARATIEPERIODE_SLUIT_NIET_AAN(
            "8214",
            "DeclaratiePeriode is niet de kalendermaand die volgt op voorgaande DeclaratiePeriode terwijl iedere declaratieperiode zorg geleverd is."),
    DAGTEKENING_NA_SYSTEEMDATUM("8848", "Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen."),
    REGIEBERICHT_ZONDER_TOEWIJZING("9019", "Het regie bericht kan niet gekoppeld worden aan een toewijzing."),
    IDENTIFICATIE_NIET_UNIEK("9056", "Identificatie moet per berichtsoort uniek zijn voor de verzendende partij."),
    GEEN_EERDER_BERICHT("9063", "Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is."),
    GEEN_ACTUEEL_STARTBERICHT("9069", "Er is geen actueel startbericht met dezelfde sleutel."),
    START_NIET_VERWIJDERBAAR_NA_BEEINDIGING(
            "9071", "Het eerdere start bericht kan niet verwijderd worden omdat de zorg al beeindigd is"),
    SLEUTEL_AL_ONTVANGEN("9074", "Er is al een eerder bericht ontvangen met dezelfde sleutel."),
    BEGINDATUM_PRESTATIE_BUITEN_TOEWIJZING(
            "9307", "Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing"),
    EINDDATUM_PRESTATIE_BUITEN_TOEWIJZING(
            "9308", "Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing"),
    PRODUCTPERIODE_BUITEN_DECLARATIEPERIODE("9319", "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode."),
    VOLUME_OVERSCHRIJDT_TOEWIJZING("9321", "Het ingediende volume overschrijdt het toegewezen volume."),
    SOM_VOLUMES_OVERSCHRIJDT_TOEWIJZING("9322", "De som van de ingediende volumes overschrijdt het toegewezen volume"),
    LEVERING_NIET_GESTOPT("9326", "De actuele levering is nog niet gestopt met een Stopbericht."),
    TOEWIJZINGNUMMER_NIET_UNIEK("9332", "Toewijzing heeft geen uniek nummer binnen wettelijk domein."),
    DECLARATIENUMMER_NIET_UNIEK("9333", "Declaratienummer is niet uniek"),
    PRESTATIE_ZONDER_TOEGEWEZEN_PRODUCT(
            "9338",
            "Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer"),
    PRODUCTCATEGORIE_WIJKT_AF(
            "9339", "ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct."),
    PRODUCTCODE_WIJKT_AF(
            "9340", "ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct."),
    EENHEID_WIJKT_AF("9341", "Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct"),
    BEDRAG_NIET_VOLUME_MAAL_TARIEF(
            "9346",
            "Eenheid is ongelijk is aan waarde 83 (Euro's), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief."),
    REFERENTIE_AANBIEDER_NIET_UNIEK(
            "9347", "ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein"),
    VOW_MIST_ACTUELE_PRODUCTEN(
            "9349",
            "Het VOW bericht bevat niet alle actuele toegewezen producten van de client, hetzij in OngewijzigdProduct, hetzij in TeWijzigenProduct"),
    ONGEWIJZIGD_PRODUCT_ZONDER_TOEWIJZING(
            "9350",
            "OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer."),
    TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING(
            "9351", "TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer."),
    ANTWOORD_ZONDER_VERZOEK(
            "9355",
            "ReferentieAanbieder in het antwoordbericht komt niet voor in een eerder verzoek om toewijzing of verzoek om wijziging"),
    GEWENSTE_INGANGSDATUM_ONGELDIG(
            "9357",
            "GewensteIngangsdatum is kleiner dan of gelijk aan de dagtekening, maar niet gelijk aan de ingangsdatum van het originele ToegewezenProduct."),
    TOEWIJZING_AL_GESTUURD_VOOR_REFERENTIE("9359", "Er is al een toewijzing gestuurd met deze ReferentieAanbieder."),
    ANTWOORD_AL_GESTUURD_VOOR_REFERENTIE("9360", "Er is al een antwoordbericht met deze ReferentieAanbieder"),
    OVERLAPPENDE_ZORGPERIODES("9361", "Het product komt vaker voor met overlappende zorgperiodes."),
    VERZOEK_AL_AFGEWEZEN(
            "9365",
            "Er komt al een antwoordbericht met dezelfde ReferentieAanbieder voor waar VerzoekAntwoord de waarde Nee heeft."),
    PRODUCTREFERENTIE_ONBEKEND("9366", "ProductReferentie komt niet voor in een Declaratiebericht"),
    WAARDE_WIJKT_AF_VAN_HEENBERICHT(
            "9367", "De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie"),
    BUDGET_OVERSCHREDEN(
            "9369",
            "Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget."),
    BUDGET_GEWIJZIGD_MET_ANDERE_INGANGSDATUM(
            "9373", "Budget is gewijzigd, maar GewensteIngangsdatum is niet gelijk aan die in de actuele toewijzing"),
    VERZOEK_AL_ONDERHANDEN("9374", "Er is al een verzoek onderhanden."),
    OMVANG_GEVULD_ZONDER_PRODUCT(
            "9375",
            "Omvang is gevuld, terwijl Product in toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is"),
    REFERENTIE_AANBIEDER_ONTERECHT_GEVULD(
            "9379",
            "ReferentieAanbieder refereert niet naar een verzoek om toewijzing of verzoek om wijziging, is onterecht gevuld"),
    DECLARATIE_OP_VERWIJDERDE_TOEWIJZING("9384", "Declaratie op toewijzing met RedenWijziging \"13\" (Verwijderd)"),
    TOEWIJZING_HEEFT_GOEDGEKEURDE_DECLARATIES("9385", "Toewijzing heeft goedgekeurde declaratieregels"),
    BEGINDATUM_PRODUCTPERIODE_ONGELDIG(
            "9387",
            "Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand"),
    EINDDATUM_PRODUCTPERIODE_ONGELDIG(
            "9388",
            "Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand."),
    DEBET_ZONDER_CREDIT("9389", "Deze prestatie heeft een debetprestatie zonder bijbehorende creditprestatie"),
    CREDIT_AL_AANGELEVERD("9390", "Er is al een Prestatie met gelijk ProductReferentie met waarde Credit"),
    OMVANG_ONTBREEKT(
            "9411", "Omvang is leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer gevuld is."),
    OMVANG_GEVULD_ZONDER_PRODUCTCODE(
            "9412",
            "Omvang is niet leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg is"),
    TIJDELIJKE_STOP_AL_GEMELD(
            "9413",
            "RedenBeeindiging heeft waarde 20, terwijl er al een ander StopProduct met hetzelfde Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging waarde 20 is."),
    EINDDATUM_VOOR_TIJDELIJKE_STOP(
            "9414",
            "Einddatum is niet >= aan Einddatum uit actuele StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum"),
    DEFINITIEVE_STOP_AL_GEMELD(
            "9415", "Er is StopProduct met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20"),
    GEMEENTECODE_ONBEKEND("S300", "Gemeentecode komt niet voor in de lijst van CBS."),
    PRODUCTCODE_HOORT_NIET_BIJ_CATEGORIE("S329", "ProductCode hoort niet bij de ProductCategorie.");

    private static final CodeIndex<Retourcode> INDEX = new CodeIndex<>("Retourcode (WJ001)", values());

    private final String code;
    private final String omschrijving;

    Retourcode(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Retourcode vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Retourcode> find(String code) {
        return INDEX.find(code);
    }

    public static boolean isGeldig(String code) {
        return INDEX.contains(code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }
}
