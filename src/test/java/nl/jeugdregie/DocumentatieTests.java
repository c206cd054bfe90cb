package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** docs/ARCHITECTURE.md and docs/GLOSSARY.md stay true to the code: every module, dependency and view, in order. */
class DocumentatieTests {

    static final Path ARCHITECTUUR = Path.of("docs/ARCHITECTURE.md");
    static final Path GLOSSARIUM = Path.of("docs/GLOSSARY.md");
    static final Path BRONNEN = Path.of("src/main/java/nl/jeugdregie");
    static final Path MIGRATIES = Path.of("src/main/resources/db/migration");

    @Test
    void theArchitectureListsEveryModuleWithItsDeclaredDependencies() throws IOException {
        String architectuur = Files.readString(ARCHITECTUUR, StandardCharsets.UTF_8);
        SoftAssertions softly = new SoftAssertions();
        for (String module : Architectuurregels.modules(ArchitectuurTests.KLASSEN, ArchitectuurTests.ROOT)) {
            Path info = BRONNEN.resolve(module).resolve("package-info.java");
            Matcher toegestaan = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}")
                    .matcher(Files.readString(info, StandardCharsets.UTF_8));
            softly.assertThat(toegestaan.find())
                    .as("%s declares its dependencies", module)
                    .isTrue();
            List<String> afhankelijkheden = Arrays.stream(toegestaan.group(1).split(","))
                    .map(String::strip)
                    .filter(a -> !a.isEmpty())
                    .map(a -> "`" + a.replace("\"", "") + "`")
                    .toList();
            String rij = "| `" + module + "` | "
                    + (afhankelijkheden.isEmpty() ? "nothing" : String.join(", ", afhankelijkheden)) + " |";
            softly.assertThat(architectuur).as("dependencies of %s", module).contains(rij);
            softly.assertThat(architectuur).as("module map row of %s", module).contains("\n| `" + module + "` | ");
        }
        softly.assertAll();
    }

    @Test
    void theArchitectureNamesEveryPublishedView() throws IOException {
        String architectuur = Files.readString(ARCHITECTUUR, StandardCharsets.UTF_8);
        List<String> views = new ArrayList<>();
        try (Stream<Path> bestanden = Files.walk(MIGRATIES)) {
            for (Path bestand :
                    bestanden.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher view = Pattern.compile("create (?:or replace )?view ([a-z]+\\.v_[a-z0-9_]+)")
                        .matcher(Files.readString(bestand, StandardCharsets.UTF_8));
                while (view.find()) {
                    views.add(view.group(1));
                }
            }
        }
        assertThat(views).isNotEmpty();
        assertThat(views).allSatisfy(view -> assertThat(architectuur).contains("| `" + view + "` |"));
    }

    @Test
    void theGlossaryIsAlphabeticalWithoutDoubles() throws IOException {
        List<String> termen = Files.readAllLines(GLOSSARIUM, StandardCharsets.UTF_8).stream()
                .filter(regel -> regel.startsWith("| ") && !regel.startsWith("| Term "))
                .map(regel -> regel.split("\\|")[1].strip())
                .toList();
        Collator nederlands = Collator.getInstance(Locale.forLanguageTag("nl"));
        nederlands.setStrength(Collator.PRIMARY);
        assertThat(termen).hasSizeGreaterThan(100).doesNotHaveDuplicates().isSortedAccordingTo(nederlands);
        assertThat(termen)
                .contains(
                        "Client",
                        "Verzoek",
                        "Omvang",
                        "Werkitem",
                        "Bevinding",
                        "Gebeurtenis",
                        "Productaanduiding",
                        "Importverslag");
    }

    @Test
    void everyGlossaryLineIsOneSentenceOnOneLine() throws IOException {
        Files.readAllLines(GLOSSARIUM, StandardCharsets.UTF_8).stream()
                .filter(regel -> regel.startsWith("| ") && !regel.startsWith("| Term "))
                .forEach(regel -> assertThat(regel.split("\\|")).as(regel).hasSize(3));
    }
}
