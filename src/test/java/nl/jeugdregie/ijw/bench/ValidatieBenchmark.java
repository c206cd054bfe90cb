package nl.jeugdregie.ijw.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.jeugdregie.ijw.Validatieresultaat;
import nl.jeugdregie.ijw.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and fully validating (levels 1 and 2) a generated JW323 of about 24 MB, against a bare StAX
 * pass over the same bytes and against the JDK's XSD validation with the official XSD.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec} (arguments for JMH in {@code
 * -Djmh.args="..."}, e.g. {@code -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx512m"})
public class ValidatieBenchmark {

    private byte[] bytes;
    private Schema officieel;
    private XMLInputFactory stax;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        bytes = Jw323Bestand.bytes();
        stax = XMLInputFactory.newDefaultFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Path xsd = Path.of(System.getProperty("jeugdregie.shared", "../shared"), "ijw-3.2", "xsd", "jw323.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        officieel = factory.newSchema(xsd.toFile());
        System.out.println("JW323: " + bytes.length + " bytes");
    }

    /** Every event of the document, nothing else. */
    @Benchmark
    public int bareStax() throws Exception {
        XMLStreamReader reader = stax.createXMLStreamReader(new ByteArrayInputStream(bytes));
        int elements = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                elements++;
            }
        }
        return elements;
    }

    /** Read, check against the schema (level 1) and all rules (level 2). */
    @Benchmark
    public Validatieresultaat valideer() {
        return Validator.standaard().valideer(new ByteArrayInputStream(bytes));
    }

    /** The JDK's XSD validation against the official XSD, nothing more. */
    @Benchmark
    public Object xsdValidatie() throws Exception {
        officieel.newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
        return officieel;
    }
}
