package dev.craft.sbom.read;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX set up for untrusted input. DTDs are refused outright: SBOM formats never need one, and a DTD is
 * how external entities (XXE) and entity expansion ("billion laughs") get in. The JDK's own limits stay
 * on as a second fence.
 */
public final class Xml {

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private Xml() {}

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, "jdk.xml.entityExpansionLimit", "1000");
        trySet(f, "jdk.xml.maxElementDepth", "1000");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, String value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException notSupported) {
            // Another StAX implementation: the DTD refusal above is the fence that matters.
        }
    }

    public static XMLStreamReader open(InputStream in, String source) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw problem(source, e);
        }
    }

    /** Wraps the stream in a UTF-8 check unless the XML declaration names another encoding. */
    public static InputStream checkedUtf8(SbomInput input) throws IOException {
        byte[] head = input.head(200);
        String decl = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = java.util.regex.Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']").matcher(decl);
        boolean utf8 = !m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8");
        InputStream in = input.open();
        return utf8 ? new Utf8CheckingInputStream(in, input.name()) : in;
    }

    public static InputException problem(String source, XMLStreamException e) {
        String location = e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int idx = message.indexOf("Message: ");
        if (idx >= 0) message = message.substring(idx + 9);
        return new InputException(new Problem(source, location, "not well-formed XML: " + message.strip(), "well-formed XML"), e);
    }

    public static InputException dtdRefused(String source, int line) {
        return new InputException(new Problem(source, "line " + line,
                "refused: the document has a DOCTYPE declaration (a way in for XML external entities and entity expansion)",
                "an SBOM without <!DOCTYPE ...>"));
    }

    public static InputException tooDeep(String source, int line, int max) {
        return new InputException(new Problem(source, "line " + line, "refused: elements nested deeper than " + max,
                "nesting of at most " + max + " levels"));
    }
}
