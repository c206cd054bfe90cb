package nl.jeugdregie.ijw;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The official iJw 3.2 specification in {@code ../shared/ijw-3.2} (system property
 * {@code jeugdregie.shared}), used as a test oracle only. Tests that need it are skipped when absent.
 */
public final class Specificatie {

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Specificatie() {}

    public static Path map() {
        String shared = System.getProperty("jeugdregie.shared");
        Path map = shared == null ? null : Path.of(shared, "ijw-3.2");
        assumeTrue(
                map != null && Files.isDirectory(map.resolve("xsd")),
                "iJw 3.2 specificatie niet gevonden (zet -Djeugdregie.shared=<pad naar shared>); test overgeslagen");
        return map;
    }

    public static Path xsd(String bericht) {
        return map().resolve("xsd").resolve(bericht.toLowerCase() + ".xsd");
    }

    /** The official XSD of a message, compiled once per test JVM. */
    public static Schema schema(String bericht) {
        Path xsd = xsd(bericht);
        return SCHEMAS.computeIfAbsent(bericht, b -> {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                return factory.newSchema(xsd.toFile());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
