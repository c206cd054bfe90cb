package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * publiccode.yml describes this software to public-code catalogues: it must carry the keys the
 * standard requires, the project's own version and the licence of LICENSE.
 */
class PubliccodeTests {

    private static final Path PUBLICCODE = Path.of("publiccode.yml");

    @Test
    void carriesTheRequiredKeysOfTheStandard() throws IOException {
        Map<String, Object> publiccode = lees();

        assertThat(publiccode)
                .containsKeys(
                        "publiccodeYmlVersion",
                        "name",
                        "url",
                        "platforms",
                        "categories",
                        "developmentStatus",
                        "softwareType",
                        "description",
                        "legal",
                        "maintenance",
                        "localisation");
        assertThat(publiccode.get("publiccodeYmlVersion")).isEqualTo("0.4");
        Map<String, Object> nl = kaart(kaart(publiccode.get("description")).get("nl"));
        assertThat(nl).containsKeys("shortDescription", "longDescription", "features");
        assertThat((String) nl.get("shortDescription")).hasSizeLessThanOrEqualTo(150);
        assertThat((String) nl.get("longDescription")).hasSizeBetween(150, 10_000);
    }

    @Test
    void namesTheVersionOfThePomAndTheLicenceOfLicenseFile() throws IOException {
        Map<String, Object> publiccode = lees();
        Matcher versie = Pattern.compile("<artifactId>jeugdregie</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));

        assertThat(versie.find()).isTrue();
        assertThat(publiccode.get("softwareVersion")).isEqualTo(versie.group(1));
        assertThat(kaart(publiccode.get("legal")).get("license")).isEqualTo("EUPL-1.2");
        assertThat(Files.readAllLines(Path.of("LICENSE")).get(0)).isEqualTo("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
    }

    private static Map<String, Object> lees() throws IOException {
        return new Yaml().load(Files.readString(PUBLICCODE));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kaart(Object waarde) {
        return (Map<String, Object>) waarde;
    }
}
