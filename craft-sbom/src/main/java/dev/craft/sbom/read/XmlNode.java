package dev.craft.sbom.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree for one section of an XML document (one component, the metadata), read from a
 * StAX stream so that the whole document is never held at once. Namespaces are dropped from names
 * (CycloneDX puts everything in one namespace per version); the line of each start tag is kept.
 */
public final class XmlNode {

    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int line;

    private XmlNode(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT) with everything inside it, leaving the
     * reader on its END_ELEMENT. {@code depth} is the depth of this element in the document.
     */
    public static XmlNode read(XMLStreamReader r, int depth, int maxDepth, String source) throws XMLStreamException {
        XmlNode node = start(r);
        var stack = new ArrayList<XmlNode>();
        stack.add(node);
        while (!stack.isEmpty()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth + stack.size() > maxDepth) throw Xml.tooDeep(source, r.getLocation().getLineNumber(), maxDepth);
                    XmlNode child = start(r);
                    stack.getLast().children.add(child);
                    stack.add(child);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.removeLast();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> stack.getLast().text.append(r.getText());
                case XMLStreamConstants.DTD -> throw Xml.dtdRefused(source, r.getLocation().getLineNumber());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw Xml.dtdRefused(source, r.getLocation().getLineNumber());
                default -> { }
            }
        }
        return node;
    }

    private static XmlNode start(XMLStreamReader r) {
        var attrs = new LinkedHashMap<String, String>();
        for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        return new XmlNode(r.getLocalName(), attrs, r.getLocation().getLineNumber());
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public String location() {
        return "line " + line;
    }

    public String attr(String attribute) {
        String v = attributes.get(attribute);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Trimmed text content, null when empty. */
    public String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    public List<XmlNode> children() {
        return children;
    }

    public List<XmlNode> children(String childName) {
        var out = new ArrayList<XmlNode>();
        for (XmlNode c : children) if (c.name.equals(childName)) out.add(c);
        return out;
    }

    public XmlNode child(String childName) {
        for (XmlNode c : children) if (c.name.equals(childName)) return c;
        return null;
    }

    /** Text of the first child with this name, or null. */
    public String childText(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text();
    }
}
