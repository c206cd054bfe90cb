package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.ijw.regels.Berichtregels;
import org.junit.jupiter.api.Test;

/** docs/ijw-regeldekking.md lists every rule of the specification, and names every rule we implement. */
class RegeldekkingTest {

    static Set<String> codesInSpecificatie() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (var files = Files.list(Specificatie.map().resolve("regels"))) {
            for (Path csv : files.toList()) {
                Files.readAllLines(csv).stream()
                        .skip(1)
                        .map(line -> line.split(";", 2)[0])
                        .filter(code -> code.matches("(TR|CD|CS|RS)\\d+"))
                        .forEach(codes::add);
            }
        }
        return codes;
    }

    @Test
    void documentListsEveryRuleOfTheSpecification() throws IOException {
        String document = Files.readString(Path.of("docs/ijw-regeldekking.md"));
        Set<String> codes = codesInSpecificatie();
        assertThat(codes).hasSizeGreaterThan(100);
        assertThat(codes).allSatisfy(code -> assertThat(document).contains("| " + code + " |"));
    }

    @Test
    void everyImplementedRuleIsARuleOfTheSpecification() throws IOException {
        assertThat(codesInSpecificatie()).containsAll(Berichtregels.codes());
    }
}
