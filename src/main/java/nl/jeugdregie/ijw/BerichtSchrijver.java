package nl.jeugdregie.ijw;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.jeugdregie.ijw.schema.Basisschema;
import nl.jeugdregie.ijw.schema.ComplexType;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Writes an iJw message as UTF-8 without BOM, with CR/LF line ends (OP192), prefixes {@code jwNNN} and
 * {@code ijw}. Elements are written in the order given; each must be declared by the message schema.
 */
public final class BerichtSchrijver {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final String BASIS_PREFIX = "ijw";

    private BerichtSchrijver() {}

    public static void schrijf(Bericht bericht, Path bestand) throws IOException {
        try (OutputStream out = Files.newOutputStream(bestand)) {
            schrijf(bericht, out);
        }
    }

    public static byte[] bytes(Bericht bericht) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            schrijf(bericht, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void schrijf(Bericht bericht, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(writer);
            String prefix = bericht.type().schema().prefix();
            String namespace = bericht.type().namespace();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\r\n");
            xml.writeStartElement(prefix, "Bericht", namespace);
            xml.writeNamespace(prefix, namespace);
            xml.writeNamespace(BASIS_PREFIX, Basisschema.NAMESPACE);
            children(xml, bericht.element(), bericht.type().schema().root(), prefix, namespace, 1);
            xml.writeCharacters("\r\n");
            xml.writeEndElement();
            xml.writeCharacters("\r\n");
            xml.writeEndDocument();
            xml.flush();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void children(
            XMLStreamWriter xml, Element element, ComplexType type, String prefix, String namespace, int depth)
            throws XMLStreamException {
        String elementPrefix = type.basis() ? BASIS_PREFIX : prefix;
        String elementNamespace = type.basis() ? Basisschema.NAMESPACE : namespace;
        for (Element child : element.children()) {
            Particle particle = type.particle(child.name());
            if (particle == null) {
                throw new IllegalArgumentException(
                        "Element " + child.name() + " bestaat niet in " + type.name() + " van dit bericht");
            }
            indent(xml, depth);
            xml.writeStartElement(elementPrefix, child.name(), elementNamespace);
            if (particle.isSimple()) {
                text(xml, child.text() == null ? "" : child.text());
            } else {
                children(xml, child, particle.complex(), prefix, namespace, depth + 1);
                indent(xml, depth);
            }
            xml.writeEndElement();
        }
    }

    /** Text with carriage returns as character references, so a reader gets them back unchanged. */
    private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c < 0x20 && c != '\n' && c != '\t')) {
                if (c != '\r') {
                    throw new IllegalArgumentException("Teken U+" + Integer.toHexString(c) + " kan niet in XML");
                }
                xml.writeCharacters(text.substring(start, i));
                xml.writeEntityRef("#13");
                start = i + 1;
            }
        }
        xml.writeCharacters(text.substring(start));
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\r\n" + "\t".repeat(depth));
    }
}
