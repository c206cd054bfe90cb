package nl.jeugdregie.berichtenverkeer;

import java.nio.charset.StandardCharsets;

/** JW315 verzoeken om toewijzing for tests. */
final class Verzoekberichten {

    private Verzoekberichten() {}

    static byte[] verzoekOmToewijzing(String identificatie, String bsn, String referentie) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <v:Bericht xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:v="http://www.istandaarden.nl/ijw/3_2/jw315/schema">
                  <v:Header>
                    <v:BerichtCode>446</v:BerichtCode>
                    <v:BerichtVersie>3</v:BerichtVersie>
                    <v:BerichtSubversie>2</v:BerichtSubversie>
                    <v:Afzender>99000001</v:Afzender>
                    <v:Ontvanger>0153</v:Ontvanger>
                    <v:BerichtIdentificatie>
                      <b:Identificatie>%s</b:Identificatie>
                      <b:Dagtekening>2026-03-02</b:Dagtekening>
                    </v:BerichtIdentificatie>
                    <v:XsdVersie>
                      <b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie>
                      <b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie>
                    </v:XsdVersie>
                  </v:Header>
                  <v:Client>
                    <v:Bsn>%s</v:Bsn>
                    <v:Geboortedatum><b:Datum>2013-09-12</b:Datum></v:Geboortedatum>
                    <v:Geslacht>1</v:Geslacht>
                    <v:Naam>
                      <b:Geslachtsnaam><b:Achternaam>Bakker</b:Achternaam></b:Geslachtsnaam>
                      <b:Voorletters>B</b:Voorletters>
                    </v:Naam>
                    <v:AangevraagdeProducten>
                      <v:AangevraagdProduct>
                        <v:ReferentieAanbieder>%s</v:ReferentieAanbieder>
                        <v:Product><b:Categorie>45</b:Categorie><b:Code>45A53</b:Code></v:Product>
                        <v:ToewijzingIngangsdatum>2026-03-09</v:ToewijzingIngangsdatum>
                        <v:ToewijzingEinddatum>2026-08-31</v:ToewijzingEinddatum>
                        <v:Omvang><b:Volume>4</b:Volume><b:Eenheid>04</b:Eenheid><b:Frequentie>2</b:Frequentie></v:Omvang>
                        <v:Verwijzer><b:Type>02</b:Type><b:ZorgverlenerCode>01234567</b:ZorgverlenerCode></v:Verwijzer>
                      </v:AangevraagdProduct>
                    </v:AangevraagdeProducten>
                  </v:Client>
                </v:Bericht>
                """).formatted(identificatie, bsn, referentie).getBytes(StandardCharsets.UTF_8);
    }
}
