package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BerichtregelsTest {

    static Validatieresultaat valideer(Bericht bericht) {
        return Validator.standaard().valideer(new ByteArrayInputStream(BerichtSchrijver.bytes(bericht)));
    }

    static Bericht voorbeeld(String naam) {
        try {
            return BerichtLezer.lees(Specificatie.map().resolve("voorbeelden").resolve(naam + ".xml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Bericht voorbeeld305() {
        return voorbeeld("JW305");
    }

    @Test
    void acceptsAValidDeclaratie() {
        assertThat(valideer(Declaraties.jw323(3, 4)).bevindingen()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} = {2} geeft {3}")
    @CsvSource({
        "JW301, Client/Bsn, 123456789, CS002, /Bericht/Client/Bsn",
        "JW301, Client/Naam/NaamGebruik, 6, CS318, /Bericht/Client/Naam/NaamGebruik",
        "JW301, Client/Geboortedatum/DatumGebruik, 3, CS139, /Bericht/Client/Geboortedatum/DatumGebruik",
        "JW301, Client/Geboortedatum/Datum, 1890-01-01, TR002, /Bericht/Client/Geboortedatum/Datum",
        "JW319, Antwoord/RedenAfwijzingVerzoek, 3, TR409, /Bericht/Antwoord/Woonplaatsbeginsel",
        "JW301, Client/ToegewezenProducten/ToegewezenProduct/Einddatum, 2000-01-01, CS003, /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum",
        "JW301, Client/Contactgegevens/Contact/Adres/Postcode, 0999XX, CS089, /Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode",
        "JW305, Client/StartProducten/StartProduct/StatusAanlevering, 2, CS058, /Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering",
        "JW307, Client/StopProducten/StopProduct/Einddatum, 2000-01-01, TR018, /Bericht/Client/StopProducten/StopProduct[1]/Einddatum",
        "JW319, Antwoord/VerzoekAntwoord, 2, CD086, /Bericht/Antwoord/RedenAfwijzingVerzoek",
    })
    void reportsRuleWithCodeAndPath(String bericht, String pad, String waarde, String regel, String verwacht)
            throws Exception {
        Validatieresultaat resultaat = valideer(Wijzig.zet(voorbeeld(bericht), pad, waarde));
        assertThat(resultaat.bevindingen())
                .extracting(Bevinding::regel, Bevinding::retourcode, Bevinding::pad)
                .contains(tuple(regel, "0001", verwacht));
    }

    static Bericht bericht(String naam) {
        return naam.equals("JW323") ? Declaraties.jw323(1, 2) : voorbeeld(naam);
    }

    /** Each change breaks one rule; "-" as value removes the element. */
    @ParameterizedTest(name = "{0}: {1} = {2} geeft {3}")
    @CsvSource({
        "JW301, Client/ToegewezenProducten/ToegewezenProduct/Einddatum, -, CD076, /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum",
        "JW301, Client/ToegewezenProducten/ToegewezenProduct/Product/Code, -, CD080, /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang",
        "JW301, Client/ToegewezenProducten/ToegewezenProduct/Product/Code, 55A12, TR302, /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]",
        "JW301, Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer, 300202, TR101, /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]",
        "JW301, Client/ToegewezenProducten/ToegewezenProduct/Omvang, -, CD041, /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang",
        "JW317, Client/Verzoek/NieuweProducten, -, TR353, /Bericht/Client/Verzoek",
        "JW317, Client/Verzoek/OngewijzigdeProducten, -, TR352, /Bericht/Client/Verzoek",
        "JW317, Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum, 2020-01-01, TR380, /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/GewensteIngangsdatum",
        "JW319, Antwoord/Woonplaatsbeginsel, -, TR377, /Bericht/Antwoord/Woonplaatsbeginsel",
        "JW323, Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief, -, CD087, /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductTarief",
        "JW323, Declaratie/Clienten/Client/Prestaties/Prestatie/Eenheid, 83, CS339, /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendBedrag/Bedrag",
        "JW323, Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum, 2026-02-01, CS337, /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum",
        "JW323, Declaratie/DeclaratieDagtekening, 2032-01-01, TR335, /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum",
        "JW323, Header/BerichtIdentificatie/Dagtekening, 2026-01-15, TR137, /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum",
        "JW323, Declaratie/DeclaratiePeriode/Begindatum, 2020-12-01, CS100, /Bericht/Declaratie/DeclaratiePeriode/Begindatum",
    })
    void reportsRuleAfterChange(String naam, String pad, String waarde, String regel, String verwacht) {
        Bericht bericht =
                waarde.equals("-") ? Wijzig.verwijder(bericht(naam), pad) : Wijzig.zet(bericht(naam), pad, waarde);
        Validatieresultaat resultaat = valideer(bericht);
        assertThat(resultaat.heeftNiveau(1))
                .as(resultaat.bevindingen().toString())
                .isFalse();
        assertThat(resultaat.bevindingen())
                .extracting(Bevinding::regel, Bevinding::retourcode, Bevinding::pad)
                .contains(tuple(regel, "0001", verwacht));
    }

    @Test
    void frequencyMustFitTheUnit() {
        Bericht bericht =
                Wijzig.zet(voorbeeld("JW301"), "Client/ToegewezenProducten/ToegewezenProduct/Omvang/Eenheid", "14");
        bericht = Wijzig.zet(bericht, "Client/ToegewezenProducten/ToegewezenProduct/Omvang/Frequentie", "1");
        assertThat(valideer(bericht).bevindingen())
                .extracting(Bevinding::regel, Bevinding::pad)
                .containsExactly(
                        tuple("CS338", "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Frequentie"));
    }

    @Test
    void aanvraagWithTheSameReferentieAanbiederTwiceIsRejected() {
        Jw316 retour = (Jw316) Berichtmodel.model(voorbeeld("JW316"));
        RetourHeader h = retour.header();
        Header header = new Header("446", 3L, 2L, h.afzender(), h.ontvanger(), h.berichtIdentificatie(), h.xsdVersie());
        Bericht aanvraag = Berichtmodel.bericht(new Jw315(header, retour.client()));

        assertThat(valideer(aanvraag).bevindingen())
                .extracting(Bevinding::regel, Bevinding::pad)
                .containsExactlyInAnyOrder(
                        tuple("TR101", "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]"),
                        tuple(
                                "TR383",
                                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder"));
    }

    @Test
    void rejectsBsnFailingElevenProofInDeclaratie() {
        Bericht bericht = Wijzig.zet(Declaraties.jw323(1, 1), "Declaratie/Clienten/Client/Bsn", "123456780");
        assertThat(valideer(bericht).bevindingen())
                .extracting(Bevinding::regel, Bevinding::pad)
                .containsExactly(tuple("CS002", "/Bericht/Declaratie/Clienten/Client[1]/Bsn"));
    }

    @Test
    void rejectsTheAllZeroPlaceholderAsBsnButAcceptsLeadingZeros() {
        Bericht nullen = Wijzig.zet(Declaraties.jw323(1, 1), "Declaratie/Clienten/Client/Bsn", "000000000");
        assertThat(valideer(nullen).bevindingen())
                .extracting(Bevinding::regel, Bevinding::retourcode)
                .containsExactly(tuple("CS002", "0001"));
        Bericht voorloopnul = Wijzig.zet(Declaraties.jw323(1, 1), "Declaratie/Clienten/Client/Bsn", "010000021");
        assertThat(valideer(voorloopnul).bevindingen()).isEmpty();
    }

    @Test
    void checksTotalsPeriodsAndReferencesOfADeclaratie() {
        Bericht bericht = Declaraties.jw323(1, 2);
        bericht = Wijzig.zet(bericht, "Declaratie/TotaalIngediendBedrag/TotaalBedrag", "1");
        bericht = Wijzig.zet(bericht, "Declaratie/DeclaratiePeriode/Einddatum", "2026-01-30");
        assertThat(valideer(bericht).bevindingen())
                .extracting(Bevinding::regel)
                .containsExactlyInAnyOrder("TR358", "CS340");
    }

    @Test
    void findsDuplicateReferentieNummerAsLevelThreeWithItsOwnRetourcode() {
        Bericht bericht = Declaraties.jw323(1, 1);
        List<Element> prestaties = new ArrayList<>(
                bericht.element().find("Declaratie/Clienten/Client/Prestaties").children());
        prestaties.add(Declaraties.prestatie("R1", "20000", 0, "D"));
        Element client = bericht.element().find("Declaratie/Clienten/Client");
        Element nieuweClient = client.withChildren(List.of(client.child("Bsn"), Element.of("Prestaties", prestaties)));
        Element declaratie = bericht.element().child("Declaratie");
        List<Element> declaratieKinderen = new ArrayList<>(declaratie.children());
        declaratieKinderen.set(4, Element.of("Clienten", nieuweClient));
        Bericht dubbel = new Bericht(
                BerichtType.JW323,
                bericht.element().withChildren(List.of(bericht.header(), declaratie.withChildren(declaratieKinderen))));

        assertThat(valideer(dubbel).bevindingen())
                .extracting(Bevinding::regel, Bevinding::retourcode, Bevinding::niveau)
                .contains(tuple("TR314", "8021", 3));
    }

    @Test
    void creditPrestatieNeedsPreviousReference() {
        Bericht bericht = Wijzig.zet(
                Declaraties.jw323(1, 1),
                "Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/DebetCredit",
                "C");
        assertThat(valideer(bericht).bevindingen()).extracting(Bevinding::regel).contains("CD060", "TR358");
    }

    @Test
    void acceptsOfficialExamplesExceptTheKnownError() throws Exception {
        assertThat(Validator.standaard()
                        .valideer(Specificatie.map().resolve("voorbeelden/JW301.xml"))
                        .bevindingen())
                .isEmpty();
        // The official JW317 example has an Einddatum before its GewensteIngangsdatum.
        assertThat(Validator.standaard()
                        .valideer(Path.of(Specificatie.map() + "/voorbeelden/JW317.xml"))
                        .bevindingen())
                .extracting(Bevinding::regel)
                .containsExactly("CS003");
    }

    @Test
    void callersAddTheirOwnChecks() {
        Validator metEigenControle = Validator.standaard().met(() -> (klasse, uit) -> {
            if (klasse.naam().equals("Prestatie")) {
                uit.add(new Bevinding("TR318", "8214", klasse.pad(), "Eigen controle", 3));
            }
        });
        assertThat(metEigenControle
                        .valideer(new ByteArrayInputStream(BerichtSchrijver.bytes(Declaraties.jw323(1, 2))))
                        .bevindingen())
                .extracting(Bevinding::regel)
                .containsExactly("TR318", "TR318");
    }
}
