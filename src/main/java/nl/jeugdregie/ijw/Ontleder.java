package nl.jeugdregie.ijw;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.ijw.schema.Basisschema;
import nl.jeugdregie.ijw.schema.ComplexType;
import nl.jeugdregie.ijw.schema.Particle;
import nl.jeugdregie.ijw.schema.SimpleType;

/**
 * The streaming reader behind {@link BerichtLezer} and {@link Validator}: one StAX pass that checks
 * every element against the message schema (level 1: order, cardinality, types, patterns, lengths,
 * codes) and hands each completed berichtklasse to a {@link Klassebezoeker}. It refuses DOCTYPEs
 * without resolving anything, stops at the size limit (OP179) and reports a BOM or bytes that are not
 * UTF-8 (OP192).
 */
final class Ontleder {

    static final long MAXIMALE_GROOTTE = 25L * 1024 * 1024;
    static final int MAXIMAAL_AANTAL_BEVINDINGEN = 1000;
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(Ontleder::factory);

    private final boolean retain;
    private boolean alleenType;
    private final Klassebezoeker bezoeker;
    private final List<Bevinding> bevindingen;

    private BerichtType type;
    private String messageNamespace;
    private Element root;
    private final ArrayList<Frame> stack = new ArrayList<>();
    private final ArrayList<Frame> pool = new ArrayList<>();
    private final Function<String, Element> voorouders = this::voorouder;
    private boolean vastleggen;
    private XMLStreamReader lezer;
    private int depth;

    private Ontleder(boolean retain, Klassebezoeker bezoeker, List<Bevinding> bevindingen) {
        this.retain = retain;
        this.bezoeker = bezoeker;
        this.bevindingen = bevindingen;
    }

    /** The result of one pass: the message type (null when unknown) and, if kept, the whole message. */
    record Ontleding(BerichtType type, Element root) {}

    /**
     * Reads a message.
     *
     * @param retain keep the whole element tree (for the model and retourberichten); when false, repeated
     *     berichtklassen are dropped after their visit so memory does not grow with the message
     * @throws OnleesbaarBericht when the input is empty, not XML or not an iJw 3.2 message
     */
    static Ontleding lees(InputStream input, boolean retain, Klassebezoeker bezoeker, List<Bevinding> bevindingen) {
        return lees(input, -1, retain, bezoeker, bevindingen);
    }

    /** As above, for input of a known size: a file over the limit is refused after reading its root element. */
    static Ontleding lees(
            InputStream input, long size, boolean retain, Klassebezoeker bezoeker, List<Bevinding> bevindingen) {
        Ontleder ontleder = new Ontleder(retain, bezoeker, bevindingen);
        ontleder.alleenType = size > MAXIMALE_GROOTTE;
        try {
            ontleder.run(input);
        } catch (IOException e) {
            throw new OnleesbaarBericht(
                    "Bestand kan niet worden gelezen; het is onderweg afgebroken of beschadigd.", e);
        }
        return new Ontleding(ontleder.type, ontleder.root);
    }

    private static XMLInputFactory factory() {
        // The JDK implementation, without a service lookup that would open every jar on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Externe bronnen worden niet geladen: " + systemId);
        });
        return factory;
    }

    private void run(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(8);
        int b0 = in.read();
        if (b0 < 0) {
            throw new OnleesbaarBericht("Het bestand is leeg (0 bytes); er staat geen iJw-bericht in.");
        }
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        in.reset();
        String soort = soort(b0, b1, b2, b3);
        if (soort != null) {
            throw new OnleesbaarBericht("Dit is " + soort + ", geen iJw-bericht. Lever het iJw-bericht zelf aan als"
                    + " XML-bestand (UTF-8).");
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            add(new Bevinding(
                    "OP192", null, "/", "Bestand begint met een byte order mark (BOM); dat is niet toegestaan", 1));
            in.skip(3);
        } else if ((b0 == 0xFE && b1 == 0xFF)
                || (b0 == 0xFF && b1 == 0xFE)
                || (b0 == 0 && b1 == '<')
                || (b0 == '<' && b1 == 0)) {
            add(new Bevinding(
                    "OP192",
                    null,
                    "/",
                    "Het bestand is opgeslagen als UTF-16 (Unicode); alleen UTF-8 zonder BOM is toegestaan. Sla het"
                            + " bericht opnieuw op als UTF-8.",
                    1));
            return;
        }
        Begrensd begrensd = new Begrensd(in);
        InputStreamReader reader = new InputStreamReader(
                begrensd,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.get().createXMLStreamReader(reader);
            lezer = xml;
            loop(xml);
        } catch (AlleenType stop) {
            add(new Bevinding("OP179", null, "/", "Bestand is groter dan 25 MB; het bericht wordt niet verwerkt", 1));
        } catch (OnleesbaarBericht onleesbaar) {
            throw onleesbaar;
        } catch (Exception e) {
            if (begrensd.overschreden) {
                add(new Bevinding(
                        "OP179", null, "/", "Bestand is groter dan 25 MB; het bericht wordt niet verwerkt", 1));
            } else if (hasCause(e, CharacterCodingException.class)) {
                add(new Bevinding(
                        "OP192",
                        null,
                        "/",
                        "Het bestand is niet in UTF-8 opgeslagen: " + begrensd.waarGeenUtf8() + "staat een teken in een"
                                + " andere tekenset (zoals Windows-1252 of ISO-8859-1; vaak een letter met een accent,"
                                + " zoals é of ë). Sla het bericht opnieuw op als UTF-8 zonder BOM.",
                        1));
            } else {
                throw new OnleesbaarBericht(melding(e), e);
            }
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof XMLStreamException x
                    && x.getNestedException() != null
                    && type.isInstance(x.getNestedException())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a file that is plainly not XML, named after its first bytes, or null. */
    private static String soort(int b0, int b1, int b2, int b3) {
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            return "een zip-bestand (of een Excel- of Word-bestand)";
        }
        if (b0 == '%' && b1 == 'P' && b2 == 'D' && b3 == 'F') {
            return "een PDF-bestand";
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            return "een gzip-bestand";
        }
        if (b0 == 0xD0 && b1 == 0xCF && b2 == 0x11 && b3 == 0xE0) {
            return "een oud Office-bestand (zoals .xls of .doc)";
        }
        if (b0 == 0x89 && b1 == 'P' && b2 == 'N' && b3 == 'G') {
            return "een afbeelding (PNG)";
        }
        if (b0 == 0xFF && b1 == 0xD8 && b2 == 0xFF) {
            return "een afbeelding (JPEG)";
        }
        if (b0 == '{' && b1 == '\\' && b2 == 'r' && b3 == 't') {
            return "een RTF-document";
        }
        if (b0 == 'R' && b1 == 'a' && b2 == 'r' && b3 == '!') {
            return "een RAR-bestand";
        }
        if (b0 == '7' && b1 == 'z' && b2 == 0xBC && b3 == 0xAF) {
            return "een 7-Zip-bestand";
        }
        if (b0 == '{' || b0 == '[') {
            return "een JSON-bestand";
        }
        return null;
    }

    /**
     * What is wrong with the XML, in Dutch and with the place where reading stopped. The parser's own message is
     * English and technical: only its position is kept, and the names of elements it quotes.
     */
    private String melding(Exception e) {
        String tekst = e.getMessage() == null ? "" : e.getMessage();
        if (tekst.contains("Premature end of file") || tekst.contains("XML document structures must start and end")) {
            if (stack.isEmpty() && type == null) {
                return "Het bestand bevat geen XML-element en dus geen iJw-bericht.";
            }
            String open = stack.isEmpty()
                    ? ""
                    : " midden in element "
                            + stack.get(stack.size() - 1).particle.name();
            return "Het XML-bestand is afgebroken" + plaats(e) + ": het houdt op" + open
                    + ", voordat alle elementen zijn gesloten. Stuur het volledige bestand opnieuw.";
        }
        if (tekst.contains("Content is not allowed in prolog") || tekst.contains("prolog")) {
            return "Dit is geen XML-bestand: er staat tekst" + plaats(e) + " waar het XML-bericht met"
                    + " <?xml of een element moet beginnen.";
        }
        if (tekst.contains("must be terminated by the matching end-tag")) {
            java.util.regex.Matcher namen =
                    java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(tekst);
            String element = namen.find() ? " " + namen.group(1) : "";
            return "Het XML-bestand is kapot" + plaats(e) + ": element" + element
                    + " wordt gesloten met een andere naam dan waarmee het opende.";
        }
        if (tekst.contains("invalid XML character") || tekst.contains("Invalid byte")) {
            return "Het XML-bestand bevat" + plaats(e) + " een teken dat in XML niet is toegestaan (zoals"
                    + " een stuurteken).";
        }
        if (tekst.contains("Entiteit") || tekst.contains("Externe bronnen")) {
            return "Het XML-bestand verwijst" + plaats(e) + " naar een entiteit of externe bron; een"
                    + " iJw-bericht bevat die niet.";
        }
        return "Het bestand is geen goed opgebouwde XML; het lezen stopte" + plaats(e) + ".";
    }

    /** " op regel 12, kolom 3" where reading stopped, or the empty string when the parser does not say. */
    private String plaats(Exception e) {
        javax.xml.stream.Location plaats = e instanceof XMLStreamException x ? x.getLocation() : null;
        if ((plaats == null || plaats.getLineNumber() < 0) && lezer != null) {
            plaats = lezer.getLocation();
        }
        return plaats == null || plaats.getLineNumber() < 0
                ? ""
                : " op regel " + plaats.getLineNumber() + ", kolom " + plaats.getColumnNumber();
    }

    private void loop(XMLStreamReader xml) throws XMLStreamException {
        String declared = xml.getCharacterEncodingScheme();
        if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
            add(new Bevinding(
                    "OP192",
                    null,
                    "/",
                    "Het bericht noemt in de XML-declaratie de tekenset " + declared + " (encoding); alleen UTF-8 is"
                            + " toegestaan. Sla het bericht op als UTF-8 en zet encoding=\"UTF-8\" in de eerste regel.",
                    1));
        }
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> startElement(xml);
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    characters(xml);
                case XMLStreamConstants.DTD -> {
                    add(new Bevinding(
                            "OP192",
                            null,
                            "/",
                            "Een DOCTYPE (DTD) is niet toegestaan; het bericht wordt niet verwerkt",
                            1));
                    return;
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("Entiteit niet toegestaan");
                default -> {
                    // comments, processing instructions and the end of the document carry no content
                }
            }
        }
        if (type == null) {
            throw new OnleesbaarBericht("Het bestand bevat geen XML-element en dus geen iJw-bericht.");
        }
        if (bezoeker != null) {
            bezoeker.einde();
        }
    }

    // ---- elements

    /** An element being read. */
    private static final class Frame {
        Particle particle;
        Frame parent;
        int index1;
        private String pad;
        ComplexType type;
        String childNamespace;
        List<Element> children;
        String text;
        StringBuilder more;
        int index;
        int count;
        Element momentopname;
        int momentopnameGrootte;

        /** Frames are reused per depth: this makes one ready for a new element. */
        Frame reset(Particle particle, Frame parent, int index1, String childNamespace) {
            this.particle = particle;
            this.parent = parent;
            this.index1 = index1;
            this.pad = null;
            this.type = particle.complex();
            this.childNamespace = childNamespace;
            this.children =
                    type == null ? null : new ArrayList<>(type.particles().size());
            this.text = null;
            this.more = null;
            this.index = 0;
            this.count = 0;
            this.momentopname = null;
            return this;
        }

        void append(String s) {
            if (text == null) {
                text = s;
            } else {
                if (more == null) {
                    more = new StringBuilder(text);
                }
                more.append(s);
            }
        }

        String text() {
            if (more != null) {
                return more.toString();
            }
            return text == null ? "" : text;
        }

        /** The path of this element, made only when needed (findings, berichtklassen). */
        String pad() {
            if (pad == null) {
                String name = index1 > 0 ? particle.name() + "[" + index1 + "]" : particle.name();
                pad = parent == null ? "/" + name : parent.pad() + "/" + name;
            }
            return pad;
        }
    }

    private void startElement(XMLStreamReader xml) {
        if (depth > 0) {
            depth++;
            return;
        }
        String name = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        if (stack.isEmpty()) {
            startRoot(xml, name, namespace);
            return;
        }
        Frame parent = stack.get(stack.size() - 1);
        if (parent.type == null) {
            xsd("XSD", parent, parent.pad(), label(parent) + " mag geen onderliggende elementen bevatten");
            depth = 1;
            return;
        }
        List<Particle> particles = parent.type.particles();
        int found = -1;
        if (parent.childNamespace.equals(namespace)) {
            for (int i = parent.index; i < particles.size(); i++) {
                if (particles.get(i).name().equals(name)) {
                    found = i;
                    break;
                }
            }
        }
        if (found < 0) {
            unexpected(parent, name, namespace);
            depth = 1;
            return;
        }
        Particle particle = particles.get(found);
        if (found == parent.index) {
            if (parent.count >= particle.max()) {
                xsd(
                        "XSD",
                        parent,
                        parent.pad() + "/" + name,
                        "Element " + name + " komt vaker voor dan toegestaan; het mag hier hoogstens " + particle.max()
                                + " keer staan");
                depth = 1;
                return;
            }
            parent.count++;
        } else {
            missing(parent, found);
            parent.index = found;
            parent.count = 1;
        }
        if (xml.getAttributeCount() > 0) {
            checkAttributes(xml, parent, parent.pad() + "/" + name);
        }
        String childNamespace =
                particle.isSimple() ? null : particle.complex().basis() ? Basisschema.NAMESPACE : messageNamespace;
        stack.add(frame().reset(particle, parent, particle.isRepeating() ? parent.count : 0, childNamespace));
    }

    /** A frame for the next depth, reused from an earlier element at that depth. */
    private Frame frame() {
        int depthNow = stack.size();
        if (depthNow == pool.size()) {
            pool.add(new Frame());
        }
        return pool.get(depthNow);
    }

    private void startRoot(XMLStreamReader xml, String name, String namespace) {
        type = BerichtType.ofNamespace(namespace).orElseThrow(() -> new OnleesbaarBericht(geenIjw(name, namespace)));
        messageNamespace = namespace;
        if (alleenType) {
            throw new AlleenType();
        }
        vastleggen = bezoeker != null && bezoeker.bewaartKlassen();
        if (bezoeker != null) {
            bezoeker.begin(type);
        }
        if (!"Bericht".equals(name)) {
            add(Bevinding.xsd("XSD", "/" + name, "Het hoofdelement moet Bericht heten, niet " + name));
            depth = 1;
            return;
        }
        checkAttributes(xml, null, "/Bericht");
        Particle rootParticle =
                new Particle("Bericht", 1, 1, null, type.schema().root(), false);
        stack.add(frame().reset(rootParticle, null, 0, messageNamespace));
    }

    /** What a readable XML file is when its root element is no iJw 3.2 message. */
    private static String geenIjw(String name, String namespace) {
        if (name.equalsIgnoreCase("html")) {
            return "Dit is een webpagina (HTML), geen iJw-bericht.";
        }
        if (namespace == null || namespace.isEmpty()) {
            return "Dit is geen iJw-bericht: het hoofdelement " + name + " heeft geen namespace; een iJw 3.2-bericht"
                    + " begint met een element Bericht in de namespace van het bericht, zoals"
                    + " http://www.istandaarden.nl/ijw/3_2/jw323/schema.";
        }
        java.util.regex.Matcher standaard = java.util.regex.Pattern.compile(
                        "istandaarden\\.nl/(ijw|iwmo)/(\\d+)_(\\d+)/(\\w+)/")
                .matcher(namespace);
        if (standaard.find()) {
            String versie = standaard.group(2) + "." + standaard.group(3);
            String bericht = standaard.group(4).toUpperCase(java.util.Locale.ROOT);
            if (standaard.group(1).equals("iwmo")) {
                return "Dit is een iWmo " + versie + "-bericht (" + bericht + ", Wmo), geen iJw-bericht (Jeugdwet).";
            }
            if (!versie.equals("3.2")) {
                return "Dit is een iJw " + versie + "-bericht (" + bericht + "); alleen iJw 3.2 wordt verwerkt.";
            }
            return "Dit is geen bekend iJw 3.2-bericht: " + bericht + " is geen van de berichten JW301 tot en met"
                    + " JW325.";
        }
        return "Dit is geen iJw 3.2-bericht: het hoofdelement " + name + " heeft de onbekende namespace " + namespace
                + ".";
    }

    private void unexpected(Frame parent, String name, String namespace) {
        String pad = parent.pad() + "/" + name;
        int earlier = parent.type.indexOf(name);
        if (earlier >= 0 && !parent.childNamespace.equals(namespace)) {
            xsd(
                    "XSD",
                    parent,
                    pad,
                    "Element " + name + " staat in de verkeerde namespace (" + namespace + "); verwacht "
                            + parent.childNamespace);
        } else if (earlier >= 0) {
            xsd(
                    "XSD",
                    parent,
                    pad,
                    "Element " + name + " staat op de verkeerde plaats of komt te vaak voor; "
                            + volgorde(parent.type.particles()));
        } else {
            xsd(
                    "XSD",
                    parent,
                    pad,
                    "Element " + name + " is hier niet toegestaan; " + volgorde(parent.type.particles()));
        }
    }

    /** Reports required elements skipped before position {@code upTo} (exclusive). */
    private void missing(Frame frame, int upTo) {
        List<Particle> particles = frame.type.particles();
        for (int i = frame.index; i < upTo; i++) {
            Particle p = particles.get(i);
            int seen = i == frame.index ? frame.count : 0;
            if (seen < p.min()) {
                xsd("XSD", frame, frame.pad() + "/" + p.name(), "Verplicht element " + p.name() + " ontbreekt");
            }
        }
    }

    private void checkAttributes(XMLStreamReader xml, Frame parent, String pad) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            String local = xml.getAttributeLocalName(i);
            boolean hint =
                    XSI.equals(ns) && (local.equals("schemaLocation") || local.equals("noNamespaceSchemaLocation"));
            if (!hint) {
                xsd(
                        "XSD",
                        parent,
                        pad,
                        "Attribuut " + local + " is niet toegestaan; iJw-elementen hebben geen attributen");
            }
        }
    }

    private void characters(XMLStreamReader xml) {
        if (depth > 0 || stack.isEmpty()) {
            return;
        }
        Frame frame = stack.get(stack.size() - 1);
        if (frame.type == null) {
            frame.append(xml.getText());
        } else if (!xml.isWhiteSpace()) {
            String text = xml.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    xsd(
                            "XSD",
                            frame,
                            frame.pad(),
                            label(frame) + " mag geen tekst bevatten, alleen onderliggende elementen");
                    return;
                }
            }
        }
    }

    private void endElement() {
        if (depth > 0) {
            depth--;
            return;
        }
        Frame frame = stack.remove(stack.size() - 1);
        Element element;
        if (frame.type == null) {
            String value = frame.text();
            SimpleType.Violation violation = frame.particle.simple().check(value);
            if (violation != null) {
                xsd(violation.regel(), frame.parent, frame.pad(), label(frame) + " " + violation.melding());
            }
            element = new Element(frame.particle.name(), value, null);
        } else {
            missing(frame, frame.type.particles().size());
            element = new Element(frame.particle.name(), null, frame.children);
            if (bezoeker != null
                    && (frame.particle.klasse() || frame.particle.name().equals("Header") && stack.size() == 1)) {
                bezoeker.klasse(
                        element, frame.particle, frame.pad(), vastleggen ? vastgelegdeVoorouders() : voorouders);
            }
        }
        if (stack.isEmpty()) {
            root = element;
        } else if (retain || !frame.particle.isRepeating() || frame.type == null) {
            stack.get(stack.size() - 1).children.add(element);
        }
    }

    /**
     * The enclosing elements as they are now, for a visitor that uses them later (on another thread):
     * immutable copies, made again only when an element got more children since the last copy.
     */
    private Function<String, Element> vastgelegdeVoorouders() {
        Element[] keten = new Element[stack.size()];
        for (int i = 0; i < keten.length; i++) {
            Frame frame = stack.get(i);
            if (frame.children != null) {
                if (frame.momentopname == null || frame.momentopnameGrootte != frame.children.size()) {
                    frame.momentopname = new Element(frame.particle.name(), null, List.copyOf(frame.children));
                    frame.momentopnameGrootte = frame.children.size();
                }
                keten[i] = frame.momentopname;
            }
        }
        return naam -> {
            for (int i = keten.length - 1; i >= 0; i--) {
                if (keten[i] != null && keten[i].name().equals(naam)) {
                    return keten[i];
                }
            }
            return null;
        };
    }

    /** The innermost enclosing element of that name, with the children read so far. */
    private Element voorouder(String naam) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Frame frame = stack.get(i);
            if (frame.particle.name().equals(naam) && frame.children != null) {
                return new Element(naam, null, java.util.Collections.unmodifiableList(frame.children));
            }
        }
        return null;
    }

    /**
     * A level 1 finding within the berichtklasse around {@code frame}: the class named as the aanbieder knows it
     * ("Prestatie R12 van jeugdige met BSN 123456782: ...") before the explanation.
     */
    private void xsd(String regel, Frame frame, String pad, String uitleg) {
        if (bevindingen.size() < MAXIMAAL_AANTAL_BEVINDINGEN) {
            add(Bevinding.xsd(regel, pad, Aanduiding.melding(aanduiding(frame), uitleg)));
        }
    }

    /** The innermost berichtklasse around a frame (the frame itself included) in words, or null. */
    private static String aanduiding(Frame frame) {
        for (Frame f = frame; f != null; f = f.parent) {
            if (f.particle.klasse() && f.children != null) {
                Frame klasse = f;
                return Aanduiding.van(
                        f.particle.name(),
                        new Element(f.particle.name(), null, f.children),
                        f.index1,
                        naam -> voorouder(klasse.parent, naam));
            }
        }
        return null;
    }

    private static Element voorouder(Frame frame, String naam) {
        for (Frame f = frame; f != null; f = f.parent) {
            if (f.particle.name().equals(naam) && f.children != null) {
                return new Element(naam, null, f.children);
            }
        }
        return null;
    }

    /** An element by its name, with the element around it when that is not a berichtklasse: "Begindatum van ProductPeriode". */
    private static String label(Frame frame) {
        Frame ouder = frame.parent;
        boolean metOuder =
                ouder != null && ouder.parent != null && ouder.parent.parent != null && !ouder.particle.klasse();
        return metOuder ? frame.particle.name() + " van " + ouder.particle.name() : frame.particle.name();
    }

    /** The elements a complex element may hold, in their order: what was expected where an element is misplaced. */
    private static String volgorde(List<Particle> particles) {
        StringBuilder tekst = new StringBuilder("hier horen, in deze volgorde: ");
        for (int i = 0; i < particles.size(); i++) {
            Particle p = particles.get(i);
            tekst.append(i == 0 ? "" : ", ").append(p.name()).append(p.min() == 0 ? " (optioneel)" : "");
        }
        return tekst.toString();
    }

    private void add(Bevinding bevinding) {
        if (bevindingen.size() < MAXIMAAL_AANTAL_BEVINDINGEN) {
            bevindingen.add(bevinding);
        }
    }

    /** Stops reading once the message type is known, for input that is refused on its size. */
    private static final class AlleenType extends RuntimeException {
        AlleenType() {
            super(null, null, false, false);
        }
    }

    /**
     * Stops reading once more than {@link #MAXIMALE_GROOTTE} bytes have been read (OP179), and notes on which line the
     * first byte is that cannot be UTF-8, so that a finding can name it (the decoder reads ahead and does not say).
     */
    private static final class Begrensd extends FilterInputStream {
        long gelezen;
        boolean overschreden;
        private long regel = 1;
        private int vervolgbytes;
        private long regelZonderUtf8 = -1;

        Begrensd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tel(1);
                if (regelZonderUtf8 < 0) {
                    bekijk(new byte[] {(byte) b}, 0, 1);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                tel(n);
                if (regelZonderUtf8 < 0) {
                    bekijk(buffer, offset, offset + n);
                }
            }
            return n;
        }

        /** Bytes of a UTF-8 stream: line breaks, lead bytes with their continuation bytes, until one is neither. */
        private void bekijk(byte[] buffer, int van, int tot) {
            long r = regel;
            int vervolg = vervolgbytes;
            for (int i = van; i < tot; i++) {
                byte b = buffer[i];
                if (vervolg > 0) {
                    if ((b & 0xC0) != 0x80) {
                        regelZonderUtf8 = r;
                        return;
                    }
                    vervolg--;
                } else if (b >= 0) {
                    r += b == '\n' ? 1 : 0;
                } else if ((b & 0xE0) == 0xC0 && (b & 0xFF) >= 0xC2) {
                    vervolg = 1;
                } else if ((b & 0xF0) == 0xE0) {
                    vervolg = 2;
                } else if ((b & 0xF8) == 0xF0 && (b & 0xFF) <= 0xF4) {
                    vervolg = 3;
                } else {
                    regelZonderUtf8 = r;
                    return;
                }
            }
            regel = r;
            vervolgbytes = vervolg;
        }

        /** "op regel 23 " where the first byte that cannot be UTF-8 is, or "ergens " when none was seen. */
        String waarGeenUtf8() {
            return regelZonderUtf8 < 0 ? "ergens " : "op regel " + regelZonderUtf8 + " ";
        }

        private void tel(int n) throws IOException {
            gelezen += n;
            if (gelezen > MAXIMALE_GROOTTE) {
                overschreden = true;
                throw new IOException("Bestand is groter dan 25 MB");
            }
        }
    }
}
