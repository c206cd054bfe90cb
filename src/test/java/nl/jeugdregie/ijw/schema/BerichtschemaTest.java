package nl.jeugdregie.ijw.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.ijw.Specificatie;
import org.junit.jupiter.api.Test;

class BerichtschemaTest {

    @Test
    void elementTreesMatchTheOfficialStructure() throws IOException {
        Map<String, List<String>> official = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(Specificatie.map().resolve("STRUCTUUR.txt"))) {
            if (line.startsWith("===== ")) {
                String file = line.substring(6, line.indexOf(".xsd"));
                current = new ArrayList<>();
                official.put(file.toUpperCase(), current);
            } else if (current != null && line.trim().startsWith("- ")) {
                current.add(line.stripTrailing());
            }
        }
        assertThat(Berichtschema.ALLE.keySet()).containsExactlyInAnyOrderElementsOf(official.keySet());
        for (Berichtschema schema : Berichtschema.ALLE.values()) {
            List<String> ours = new ArrayList<>();
            render(schema, schema.root(), 1, ours);
            assertThat(ours).as(schema.bericht()).containsExactlyElementsOf(official.get(schema.bericht()));
        }
    }

    @Test
    void namespacesFollowTheOfficialForm() {
        assertThat(Berichtschema.ALLE.get("JW323").namespace())
                .isEqualTo("http://www.istandaarden.nl/ijw/3_2/jw323/schema");
    }

    private static void render(Berichtschema schema, ComplexType type, int depth, List<String> out) {
        for (Particle p : type.particles()) {
            String max = p.max() == Particle.UNBOUNDED ? "n" : String.valueOf(p.max());
            String typeName;
            if (p.isSimple()) {
                typeName = "ijw:" + p.simple().name()
                        + (p.simple().isLocalRestriction()
                                ? " pattern=['" + p.simple().pattern() + "']"
                                : "");
            } else {
                typeName = (p.complex().basis() ? "ijw:" : schema.prefix() + ":")
                        + p.complex().name();
            }
            out.add("  ".repeat(depth) + "- " + p.name() + " [" + p.min() + ".." + max + "] : " + typeName);
            if (!p.isSimple()) {
                render(schema, p.complex(), depth + 1, out);
            }
        }
    }
}
