package nl.jeugdregie.ijw;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.jeugdregie.ijw.schema.Basisschema;
import nl.jeugdregie.ijw.schema.ComplexType;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Writes an iJw message as UTF-8 without BOM, with CR/LF line ends (OP192), prefixes {@code jwNNN} and
 * {@code ijw}. Elements are written in the order given; each must be declared by the message schema.
 *
 * <p>A whole {@link Bericht} is written with {@link #schrijf(Bericht, OutputStream)}. A large message can
 * also be written piece by piece, without holding it in memory:
 *
 * <pre>
 * try (BerichtSchrijver schrijver = BerichtSchrijver.open(BerichtType.JW323, out)) {
 *     schrijver.schrijf(header).open("Declaratie").schrijf(declaratieNummer)...open("Clienten");
 *     for (...) schrijver.schrijf(client);
 * }
 * </pre>
 */
public final class BerichtSchrijver implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final String BASIS_PREFIX = "ijw";

    private final Writer writer;
    private final XMLStreamWriter xml;
    private final String prefix;
    private final String namespace;
    private final Deque<ComplexType> open = new ArrayDeque<>();

    private BerichtSchrijver(BerichtType type, OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.prefix = type.schema().prefix();
        this.namespace = type.namespace();
        try {
            this.xml = FACTORY.createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\r\n");
            xml.writeStartElement(prefix, "Bericht", namespace);
            xml.writeNamespace(prefix, namespace);
            xml.writeNamespace(BASIS_PREFIX, Basisschema.NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        open.push(type.schema().root());
    }

    /** Starts a message: writes the XML declaration and opens {@code Bericht}. */
    public static BerichtSchrijver open(BerichtType type, OutputStream out) throws IOException {
        return new BerichtSchrijver(type, out);
    }

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
        try (BerichtSchrijver schrijver = open(bericht.type(), out)) {
            for (Element child : bericht.element().children()) {
                schrijver.schrijf(child);
            }
        }
    }

    /** Writes a whole element (with everything below it) inside the element that is open now. */
    public BerichtSchrijver schrijf(Element element) throws IOException {
        try {
            element(element, particle(element.name()), open.size());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Opens a complex element inside the element that is open now; its children follow. */
    public BerichtSchrijver open(String naam) throws IOException {
        Particle particle = particle(naam);
        if (particle.isSimple()) {
            throw new IllegalArgumentException(naam + " is een enkelvoudig element; schrijf het met schrijf()");
        }
        try {
            indent(xml, open.size());
            ComplexType type = open.peek();
            xml.writeStartElement(
                    type.basis() ? BASIS_PREFIX : prefix, naam, type.basis() ? Basisschema.NAMESPACE : namespace);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        open.push(particle.complex());
        return this;
    }

    /** Closes the element opened last. */
    public BerichtSchrijver sluit() throws IOException {
        if (open.size() <= 1) {
            throw new IllegalStateException("Er is geen geopend element meer");
        }
        open.pop();
        try {
            indent(xml, open.size());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Closes every open element and the message, and flushes. */
    @Override
    public void close() throws IOException {
        while (open.size() > 1) {
            sluit();
        }
        try {
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

    private Particle particle(String naam) {
        ComplexType type = open.peek();
        Particle particle = type.particle(naam);
        if (particle == null) {
            throw new IllegalArgumentException(
                    "Element " + naam + " bestaat niet in " + type.name() + " van dit bericht");
        }
        return particle;
    }

    private void element(Element element, Particle particle, int depth) throws XMLStreamException {
        ComplexType parent = open.peek();
        indent(xml, depth);
        xml.writeStartElement(
                parent.basis() ? BASIS_PREFIX : prefix,
                element.name(),
                parent.basis() ? Basisschema.NAMESPACE : namespace);
        if (particle.isSimple()) {
            text(xml, element.text() == null ? "" : element.text());
        } else {
            children(xml, element, particle.complex(), prefix, namespace, depth + 1);
            indent(xml, depth);
        }
        xml.writeEndElement();
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
