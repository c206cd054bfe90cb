package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetourberichtBuilderTest {

    static Validator.Beoordeling beoordeel(Bericht bericht) {
        return Validator.standaard().beoordeel(new ByteArrayInputStream(BerichtSchrijver.bytes(bericht)));
    }

    static Bericht retour(Bericht heen, RetourCodesToevoeger extra) {
        Validator.Beoordeling beoordeling = beoordeel(heen);
        RetourberichtBuilder builder = RetourberichtBuilder.voor(beoordeling.bericht(), beoordeling.resultaat())
                .identificatie("R1")
                .dagtekening(LocalDate.of(2026, 2, 11));
        extra.voegToe(builder);
        return builder.build();
    }

    interface RetourCodesToevoeger {
        void voegToe(RetourberichtBuilder builder);
    }

    static void assertValidAgainstOfficialXsd(Bericht bericht) throws Exception {
        Specificatie.schema(bericht.type().name())
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(BerichtSchrijver.bytes(bericht))));
    }

    static List<String> codes(Element element) {
        Element retourCodes = element.child("RetourCodes");
        return retourCodes == null
                ? List.of()
                : retourCodes.children().stream().map(Element::text).toList();
    }

    @ParameterizedTest
    @EnumSource(
            value = BerichtType.class,
            names = {"JW301", "JW305", "JW307", "JW315", "JW317", "JW319", "JW323"})
    void retourForGeneratedMessagesPassesTheOfficialXsd(BerichtType type) throws Exception {
        Generator generator = new Generator(type.ordinal());
        for (int i = 0; i < 40; i++) {
            Bericht heen = generator.bericht(type);
            String klasse = "/Bericht/" + type.schema().body().name();
            Bericht zonderCodes = retour(heen, b -> {});
            Bericht metCodes = retour(heen, b -> b.metCodes(klasse, "9056"));
            assertValidAgainstOfficialXsd(zonderCodes);
            assertValidAgainstOfficialXsd(metCodes);
            assertThat(zonderCodes.type()).isEqualTo(type.retour().orElseThrow());
        }
    }

    @Test
    void acceptedMessageGetsHeaderOnly() throws Exception {
        Bericht retour = retour(BerichtregelsTest.voorbeeld("JW301"), b -> {});
        assertThat(retour.element().children()).extracting(Element::name).containsExactly("Header");
        assertThat(codes(retour.header())).isEmpty();
        assertThat(retour.header().text("BerichtCode")).isEqualTo("437");
        assertThat(retour.header().text("IdentificatieRetour")).isEqualTo("R1");
        assertValidAgainstOfficialXsd(retour);
    }

    @Test
    void levelTwoRejectionGetsHeaderWith0001() throws Exception {
        Bericht heen = Wijzig.zet(BerichtregelsTest.voorbeeld("JW301"), "Client/Bsn", "123456789");
        Bericht retour = retour(heen, b -> {});
        assertThat(retour.element().children()).extracting(Element::name).containsExactly("Header");
        assertThat(codes(retour.header())).containsExactly("0001");
        assertValidAgainstOfficialXsd(retour);
    }

    @Test
    void codesFromEarlierMessagesGoToTheirClassAnd0200Elsewhere() throws Exception {
        Bericht retour = retour(
                BerichtregelsTest.voorbeeld("JW305"),
                b -> b.metCodes("/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering", "9063"));
        assertThat(codes(retour.header())).containsExactly("0200");
        Element client = retour.element().child("Client");
        assertThat(codes(client)).containsExactly("0200");
        assertThat(codes(client.find("StartProducten/StartProduct"))).containsExactly("9063");
        assertValidAgainstOfficialXsd(retour);
    }

    @Test
    void rejectedClassMarksItsSubclassesNotAssessed() throws Exception {
        Bericht retour = retour(BerichtregelsTest.voorbeeld("JW305"), b -> b.metCodes("/Bericht/Client/Bsn", "9056"));
        Element client = retour.element().child("Client");
        assertThat(codes(client)).containsExactly("9056");
        assertThat(codes(client.find("StartProducten/StartProduct"))).containsExactly("0233");
    }

    @Test
    void headerErrorGivesOnlyTheHeaderWithItsCode() {
        Bericht retour = retour(BerichtregelsTest.voorbeeld305(), b -> b.metCodes("/Bericht/Header/Afzender", "S300"));
        assertThat(retour.element().children()).extracting(Element::name).containsExactly("Header");
        assertThat(codes(retour.header())).containsExactly("S300");
    }

    @Test
    void acceptedDeclaratieIsFullyAwarded() throws Exception {
        Bericht retour = retour(Declaraties.jw323(2, 3), b -> {});
        Element antwoord = retour.element().child("DeclaratieAntwoord");
        assertThat(codes(retour.header())).containsExactly("0200");
        assertThat(codes(antwoord)).containsExactly("8001");
        assertThat(antwoord.text("TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("30000");
        assertThat(antwoord.has("Clienten")).isFalse();
        assertThat(retour.header().text("Afzender")).isEqualTo("0384");
        assertThat(retour.header().text("DeclaratieIdentificatie/Identificatie"))
                .isEqualTo("D2026-0001");
        assertValidAgainstOfficialXsd(retour);
    }

    @Test
    void rejectedPrestatieIsReturnedAndSubtractedFromTheAward() throws Exception {
        Bericht retour = retour(
                Declaraties.jw323(2, 3),
                b -> b.metCodes("/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]", "0611"));
        Element antwoord = retour.element().child("DeclaratieAntwoord");
        assertThat(codes(antwoord)).containsExactly("0200");
        assertThat(antwoord.text("TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("25000");
        assertThat(antwoord.find("Clienten").children()).hasSize(1);
        Element client = antwoord.find("Clienten/Client");
        assertThat(codes(client)).containsExactly("0200");
        assertThat(client.find("Prestaties").children()).hasSize(1);
        assertThat(codes(client.find("Prestaties/Prestatie"))).containsExactly("0611");
        assertValidAgainstOfficialXsd(retour);
        assertThat(Validator.standaard()
                        .valideer(new ByteArrayInputStream(BerichtSchrijver.bytes(retour)))
                        .bevindingen())
                .as("the JW325 itself passes TR342")
                .isEmpty();
    }

    @Test
    void rejectedDeclaratieAwardsNothing() throws Exception {
        Bericht retour =
                retour(Declaraties.jw323(1, 1), b -> b.metCodes("/Bericht/Declaratie/DeclaratieNummer", "9333"));
        Element antwoord = retour.element().child("DeclaratieAntwoord");
        assertThat(codes(antwoord)).containsExactly("9333");
        assertThat(antwoord.text("TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("0");
        assertValidAgainstOfficialXsd(retour);
    }

    @Test
    void schemaErrorsGetNoRetourbericht() {
        Bericht heen = Wijzig.zet(Declaraties.jw323(1, 1), "Declaratie/DeclaratieNummer", "DN-1");
        Validator.Beoordeling beoordeling = beoordeel(heen);
        assertThatThrownBy(() -> RetourberichtBuilder.voor(beoordeling.bericht(), beoordeling.resultaat())
                        .build())
                .isInstanceOf(IllegalStateException.class);
    }
}
