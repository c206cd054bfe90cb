package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/INDICATOREN.md says what the SQL files say: every indicator with its definition, unit, source and breakdowns,
 * in the order of the dashboard. When it differs, the expected text is written to target/INDICATOREN.md.
 */
class IndicatorendocumentatieTest {

    static final Path DOCUMENT = Path.of("docs/INDICATOREN.md");

    @Test
    void theDocumentationHoldsEveryDefinitionAsTheSqlStatesIt() throws IOException {
        String verwacht = document(new Indicatoren());
        String werkelijk = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!werkelijk.equals(verwacht)) {
            Files.writeString(Path.of("target/INDICATOREN.md"), verwacht, StandardCharsets.UTF_8);
        }
        assertThat(werkelijk)
                .as("docs/INDICATOREN.md (verwacht: target/INDICATOREN.md)")
                .isEqualTo(verwacht);
    }

    static String document(Indicatoren indicatoren) {
        StringBuilder uit = new StringBuilder("""
                # Indicatoren

                The indicators of the steering information (module `sturing`), in the order of the dashboard. Each is
                one SQL file in `src/main/resources/sql/sturing/indicator/` whose header gives what is written here; the
                page, the API (`GET /api/v1/indicatoren`) and this document all show that header. The definitions are
                in Dutch, as users read them. Cells that stand for fewer than five jeugdigen are suppressed (with the
                next smallest cell of a breakdown when only one would be), figures about money and messages are not.

                """);
        for (Indicator i : indicatoren.alle()) {
            uit.append("## ").append(i.naam()).append(" (`").append(i.code()).append("`)\n\n");
            uit.append(i.definitie()).append("\n\n");
            uit.append("- Eenheid: ").append(i.eenheid().code()).append('\n');
            uit.append("- Bron: ").append(i.bron()).append('\n');
            if (!i.cbs().isEmpty()) {
                uit.append("- CBS: ").append(i.cbs()).append('\n');
            }
            if (!i.nederland().isEmpty()) {
                uit.append("- Landelijk cijfer: `").append(i.nederland()).append("` (regio.v_kerncijfers)\n");
            }
            uit.append("- Uitsplitsingen: ")
                    .append(
                            i.uitsplitsingen().isEmpty()
                                    ? "geen"
                                    : i.uitsplitsingen().stream()
                                            .map(Uitsplitsing::code)
                                            .collect(Collectors.joining(", ")))
                    .append('\n');
            uit.append("- Filters: ")
                    .append(
                            i.filters().isEmpty()
                                    ? "alleen gemeente en periode"
                                    : i.filters().stream()
                                            .sorted()
                                            .map(Filter::code)
                                            .collect(Collectors.joining(", ")))
                    .append("\n\n");
        }
        return uit.toString().stripTrailing() + "\n";
    }
}
