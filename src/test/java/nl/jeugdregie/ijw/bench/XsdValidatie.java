package nl.jeugdregie.ijw.bench;

import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/**
 * The JDK's XSD validation of one file as a whole process, to compare with {@code java -jar
 * jeugdregie.jar ijw valideer}: {@code java -cp target/test-classes
 * nl.jeugdregie.ijw.bench.XsdValidatie XSD FILE}.
 */
public final class XsdValidatie {

    private XsdValidatie() {}

    public static void main(String[] args) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new File(args[0])).newValidator().validate(new StreamSource(new File(args[1])));
        System.out.println(args[1] + ": geldig");
    }
}
