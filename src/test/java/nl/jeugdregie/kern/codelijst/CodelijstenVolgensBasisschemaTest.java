package nl.jeugdregie.kern.codelijst;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compares every enum with the enumerations of the iJw 3.2 basisschema, as exported to the shared CSV file
 * (datatype;code;omschrijving). Runs only where the shared folder is present.
 */
class CodelijstenVolgensBasisschemaTest {

    record Regel(String datatype, String code, String omschrijving) {}

    static final Map<String, Class<? extends Code>> PER_DATATYPE = Map.ofEntries(
            entry("LDT_AanduidingWoonadres", AanduidingWoonadres.class),
            entry("LDT_AdresSoort", SoortAdres.class),
            entry("LDT_Communicatievorm", Communicatievorm.class),
            entry("LDT_DatumGebruik", Datumgebruik.class),
            entry("LDT_DebetCredit", DebetCredit.class),
            entry("LDT_Eenheid", Eenheid.class),
            entry("LDT_Frequentie", Frequentie.class),
            entry("LDT_Geslacht", Geslacht.class),
            entry("LDT_JaNee", JaNee.class),
            entry("LDT_JuridischeStatus", JuridischeStatus.class),
            entry("LDT_NaamGebruik", Naamgebruik.class),
            entry("LDT_ProductCategorie", Productcategorie.class),
            entry("LDT_RedenAfwijzingVerzoek", RedenAfwijzingVerzoek.class),
            entry("LDT_RedenBeeindiging", RedenBeeindiging.class),
            entry("LDT_RedenVerzoek", RedenVerzoek.class),
            entry("LDT_RedenWijziging", RedenWijziging.class),
            entry("LDT_RetourCode", Retourcode.class),
            entry("LDT_SoortRelatie", SoortRelatie.class),
            entry("LDT_StatusAanlevering", StatusAanlevering.class),
            entry("LDT_TypeVerwijzer", Verwijzer.class),
            entry("LDT_VerzoekAntwoord", VerzoekAntwoord.class),
            entry("LDT_WettelijkeVertegenwoordiging", WettelijkeVertegenwoordiging.class));

    List<Regel> regels;

    @BeforeEach
    void readBasisschemaExport() throws IOException {
        List<String> lijnen = Files.readAllLines(
                GedeeldeBronnen.ijwBestand("codelijsten/ijw-3.2-enumerations-from-basisschema.csv"),
                StandardCharsets.UTF_8);
        regels = lijnen.stream()
                .skip(1)
                .filter(lijn -> !lijn.isBlank())
                .map(CodelijstenVolgensBasisschemaTest::parse)
                .toList();
    }

    @Test
    void readsAllCodesOfTheExport() {
        assertThat(regels).hasSize(205);
    }

    @Test
    void everyDatatypeOfTheBasisschemaHasAnEnum() {
        assertThat(regels.stream().map(Regel::datatype).distinct())
                .containsExactlyInAnyOrderElementsOf(PER_DATATYPE.keySet());
    }

    @Test
    void everyCodeOfTheBasisschemaExistsInItsEnumWithTheSameDescription() {
        SoftAssertions softly = new SoftAssertions();
        for (Regel regel : regels) {
            Class<? extends Code> lijst = PER_DATATYPE.get(regel.datatype());
            softly.assertThat(lijst).as(regel.datatype()).isNotNull();
            if (lijst != null) {
                boolean geldig = (boolean) callStatic(lijst, "isGeldig", regel.code());
                softly.assertThat(geldig)
                        .as("%s %s is geldig", regel.datatype(), regel.code())
                        .isTrue();
                if (geldig) {
                    Code waarde = (Code) callStatic(lijst, "vanCode", regel.code());
                    softly.assertThat(waarde.code()).isEqualTo(regel.code());
                    softly.assertThat(waarde.omschrijving())
                            .as("%s %s", regel.datatype(), regel.code())
                            .isEqualTo(regel.omschrijving());
                }
            }
        }
        softly.assertAll();
    }

    /** In the basisschema's order too: the iJw schema model takes its enumerations from these lists. */
    @Test
    void everyEnumConstantIsACodeOfTheBasisschemaInItsOrder() {
        Map<String, List<String>> codesPerDatatype = new LinkedHashMap<>();
        regels.forEach(regel -> codesPerDatatype
                .computeIfAbsent(regel.datatype(), datatype -> new ArrayList<>())
                .add(regel.code()));
        SoftAssertions softly = new SoftAssertions();
        PER_DATATYPE.forEach((datatype, lijst) -> softly.assertThat(
                        Arrays.stream(lijst.getEnumConstants()).map(Code::code))
                .as(datatype)
                .containsExactlyElementsOf(codesPerDatatype.getOrDefault(datatype, List.of())));
        softly.assertAll();
    }

    /** Every code list offers the static lookups {@code vanCode(String)} and {@code isGeldig(String)}. */
    static Object callStatic(Class<? extends Code> lijst, String methode, String code) {
        try {
            return lijst.getMethod(methode, String.class).invoke(null, code);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(lijst.getSimpleName() + "." + methode + "(String) failed", e);
        }
    }

    /** One line of the export: semicolon-separated, a field may be quoted with doubled quotes inside. */
    static Regel parse(String lijn) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < lijn.length(); i++) {
            char c = lijn.charAt(i);
            if (tussenAanhalingstekens && c == '"' && i + 1 < lijn.length() && lijn.charAt(i + 1) == '"') {
                veld.append('"');
                i++;
            } else if (c == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (c == ';' && !tussenAanhalingstekens) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        assertThat(velden).as(lijn).hasSize(3);
        return new Regel(velden.get(0), velden.get(1), unescapeXml(velden.get(2)));
    }

    /** The export keeps the XML escapes of the schema's documentation; the code lists hold the plain text. */
    static String unescapeXml(String tekst) {
        return tekst.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
