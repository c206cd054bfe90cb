package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** Compares two XML documents as trees: namespaces and local names, text; prefixes and layout ignored. */
final class XmlVergelijking {

    private XmlVergelijking() {}

    static String canonical(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            StringBuilder out = new StringBuilder();
            render(document.getDocumentElement(), 0, out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void render(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth))
                .append('{')
                .append(node.getNamespaceURI())
                .append('}')
                .append(node.getLocalName());
        List<Node> elements = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                elements.add(child);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (elements.isEmpty()) {
            out.append(" = [").append(text).append(']');
        }
        out.append('\n');
        for (Node child : elements) {
            render(child, depth + 1, out);
        }
    }
}
