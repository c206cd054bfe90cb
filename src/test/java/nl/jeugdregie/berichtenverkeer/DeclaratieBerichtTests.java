package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A JW323 through the inbox: the JW325 holds exactly the rejected prestaties, with their codes. */
class DeclaratieBerichtTests extends BerichtenverkeerContext {

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    ToewijzingService toewijzingen;

    @Test
    void declaratieIsAnsweredWithOnlyTheRejectedPrestatie() {
        AgbCode aanbieder = new AgbCode("97000501");
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, aanbieder, "Declaratie via berichten", "45A48", Bedrag.euro(84));
        String bsn = Startberichten.bsn(401);
        ToegewezenProduct toewijzing = toewijzingen
                .wijsToe(new NieuweToewijzing(
                        new GemeenteCode("0153"),
                        new Bsn(bsn),
                        aanbieder,
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A48"),
                        Periode.van(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)),
                        new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();

        Berichtenbus.Ontvangst ontvangst = bus.ontvang(
                declaratie(aanbieder.value(), bsn, toewijzing.nummer().value()), Kanaal.SYSTEEM, null);
        verwerker.verwerkWachtende();

        String antwoord = new String(
                jdbc.sql("select inhoud from berichtenverkeer.bericht where heenbericht = :id")
                        .param("id", ontvangst.id())
                        .query(byte[].class)
                        .single(),
                StandardCharsets.UTF_8);
        assertThat(antwoord).contains("jw325", "PRESTATIE-FOUT").doesNotContain("PRESTATIE-GOED");
        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::pad)
                .containsOnly("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]");
        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().aantalClienten())
                .isEqualTo(1);
    }

    private static byte[] declaratie(String aanbieder, String bsn, long toewijzingnummer) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <d:Bericht xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:d="http://www.istandaarden.nl/ijw/3_2/jw323/schema">
                  <d:Header>
                    <d:BerichtCode>490</d:BerichtCode>
                    <d:BerichtVersie>3</d:BerichtVersie>
                    <d:BerichtSubversie>2</d:BerichtSubversie>
                    <d:Afzender>%1$s</d:Afzender>
                    <d:Ontvanger>0153</d:Ontvanger>
                    <d:BerichtIdentificatie>
                      <b:Identificatie>DECL-BV-1</b:Identificatie>
                      <b:Dagtekening>2026-03-02</b:Dagtekening>
                    </d:BerichtIdentificatie>
                    <d:XsdVersie>
                      <b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie>
                      <b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie>
                    </d:XsdVersie>
                  </d:Header>
                  <d:Declaratie>
                    <d:DeclaratieNummer>BV1</d:DeclaratieNummer>
                    <d:DeclaratiePeriode><b:Begindatum>2026-02-01</b:Begindatum><b:Einddatum>2026-02-28</b:Einddatum></d:DeclaratiePeriode>
                    <d:DeclaratieDagtekening>2026-03-02</d:DeclaratieDagtekening>
                    <d:TotaalIngediendBedrag><b:TotaalBedrag>168000</b:TotaalBedrag><b:DebetCredit>D</b:DebetCredit></d:TotaalIngediendBedrag>
                    <d:Clienten>
                      <d:Client>
                        <d:Bsn>%2$s</d:Bsn>
                        <d:Prestaties>
                          %3$s
                          %4$s
                        </d:Prestaties>
                      </d:Client>
                    </d:Clienten>
                  </d:Declaratie>
                </d:Bericht>
                """)
                .formatted(
                        aanbieder,
                        bsn,
                        prestatie("PRESTATIE-GOED", toewijzingnummer),
                        prestatie("PRESTATIE-FOUT", 999_999_999L))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String prestatie(String referentie, long toewijzingnummer) {
        return """
                <d:Prestatie>
                  <d:ProductReferentie><b:ReferentieNummer>%s</b:ReferentieNummer></d:ProductReferentie>
                  <d:ToewijzingNummer>%d</d:ToewijzingNummer>
                  <d:ProductCategorie>45</d:ProductCategorie>
                  <d:ProductCode>45A48</d:ProductCode>
                  <d:ProductPeriode><b:Begindatum>2026-02-01</b:Begindatum><b:Einddatum>2026-02-28</b:Einddatum></d:ProductPeriode>
                  <d:GeleverdVolume>10</d:GeleverdVolume>
                  <d:Eenheid>04</d:Eenheid>
                  <d:ProductTarief>8400</d:ProductTarief>
                  <d:IngediendBedrag><b:Bedrag>84000</b:Bedrag><b:DebetCredit>D</b:DebetCredit></d:IngediendBedrag>
                </d:Prestatie>""".formatted(referentie, toewijzingnummer);
    }
}
