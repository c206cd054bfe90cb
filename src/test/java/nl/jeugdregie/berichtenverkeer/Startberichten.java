package nl.jeugdregie.berichtenverkeer;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.kern.Testbsn;

/** JW305 start messages for tests, with the parts a test varies. */
final class Startberichten {

    private Startberichten() {}

    static byte[] start(String afzender, String gemeente, String identificatie, String bsn) {
        return start(afzender, gemeente, identificatie, bsn, 1001, "2026-02-01", "2026-02-10");
    }

    static byte[] start(
            String afzender,
            String gemeente,
            String identificatie,
            String bsn,
            long toewijzingnummer,
            String ingangsdatum,
            String begindatum) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <s:Bericht xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:s="http://www.istandaarden.nl/ijw/3_2/jw305/schema">
                  <s:Header>
                    <s:BerichtCode>438</s:BerichtCode>
                    <s:BerichtVersie>3</s:BerichtVersie>
                    <s:BerichtSubversie>2</s:BerichtSubversie>
                    <s:Afzender>%s</s:Afzender>
                    <s:Ontvanger>%s</s:Ontvanger>
                    <s:BerichtIdentificatie>
                      <b:Identificatie>%s</b:Identificatie>
                      <b:Dagtekening>2026-03-02</b:Dagtekening>
                    </s:BerichtIdentificatie>
                    <s:XsdVersie>
                      <b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie>
                      <b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie>
                    </s:XsdVersie>
                  </s:Header>
                  <s:Client>
                    <s:Bsn>%s</s:Bsn>
                    <s:Geboortedatum><b:Datum>2012-05-01</b:Datum></s:Geboortedatum>
                    <s:Geslacht>2</s:Geslacht>
                    <s:Naam>
                      <b:Geslachtsnaam><b:Achternaam>Jansen</b:Achternaam></b:Geslachtsnaam>
                      <b:Voorletters>A</b:Voorletters>
                    </s:Naam>
                    <s:StartProducten>
                      <s:StartProduct>
                        <s:ToewijzingNummer>%d</s:ToewijzingNummer>
                        <s:Product><b:Categorie>45</b:Categorie><b:Code>45A53</b:Code></s:Product>
                        <s:ToewijzingIngangsdatum>%s</s:ToewijzingIngangsdatum>
                        <s:Begindatum>%s</s:Begindatum>
                        <s:StatusAanlevering>1</s:StatusAanlevering>
                      </s:StartProduct>
                    </s:StartProducten>
                  </s:Client>
                </s:Bericht>
                """)
                .formatted(afzender, gemeente, identificatie, bsn, toewijzingnummer, ingangsdatum, begindatum)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A BSN that passes the elfproef, different for every volgnummer below 5000 (in the test range 9999…). */
    static String bsn(int volgnummer) {
        return Testbsn.vanaf(999_900_000L + (volgnummer % 5_000) * 20L).value();
    }

    static byte[] start(String identificatie) {
        return start("99000001", "0153", identificatie, "999990019");
    }
}
