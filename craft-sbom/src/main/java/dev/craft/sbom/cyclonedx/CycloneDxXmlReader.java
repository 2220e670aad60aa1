package dev.craft.sbom.cyclonedx;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.DocumentFacts;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomMetadata;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.Xml;
import dev.craft.sbom.read.XmlNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads CycloneDX XML with StAX, one top-level section or component at a time, keeping line numbers for
 * findings; then validates the document against the XSD of its namespace's version in a second streaming pass.
 */
final class CycloneDxXmlReader {

    private static final Pattern NAMESPACE = Pattern.compile("^http://cyclonedx\\.org/schema/bom/(\\d+\\.\\d+)$");

    private final ReadContext context;
    private final SbomAssembler assembler;
    private final CycloneDxXmlMapper map;

    CycloneDxXmlReader(ReadContext context) {
        this.context = context;
        this.assembler = new SbomAssembler(context);
        this.map = new CycloneDxXmlMapper(context, assembler);
    }

    CycloneDxJsonReader.Result read() {
        String source = context.source();
        int maxDepth = context.limits().maxNestingDepth();
        String specVersion;
        String serial;
        Integer bomVersion;
        XmlNode metadata = null;
        int vulnerabilities = 0;
        int services = 0;
        boolean signed = false;
        try (InputStream in = Xml.checkedUtf8(context.input())) {
            XMLStreamReader r = Xml.open(in, source);
            toRoot(r, source);
            if (!r.getLocalName().equals("bom")) {
                throw new InputException(new Problem(source, "line " + r.getLocation().getLineNumber(),
                        "root element is <" + r.getLocalName() + ">", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.x\">"));
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            var m = NAMESPACE.matcher(ns);
            specVersion = m.matches() ? m.group(1) : "unknown";
            if (!m.matches()) context.schemaError("line " + r.getLocation().getLineNumber(), "namespace '" + ns + "' is not a CycloneDX BOM namespace");
            serial = r.getAttributeValue(null, "serialNumber");
            String v = r.getAttributeValue(null, "version");
            bomVersion = v != null && v.strip().matches("\\d{1,9}") ? Integer.valueOf(v.strip()) : null;
            while (true) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) break;
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) throw Xml.dtdRefused(source, r.getLocation().getLineNumber());
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "components" -> sequence(r, "component", maxDepth, true);
                    case "dependencies" -> sequence(r, "dependency", maxDepth, false);
                    case "metadata" -> metadata = XmlNode.read(r, 2, maxDepth, source);
                    case "compositions" -> {
                        for (XmlNode c : XmlNode.read(r, 2, maxDepth, source).children("composition")) map.composition(c);
                    }
                    case "vulnerabilities" -> vulnerabilities += XmlNode.read(r, 2, maxDepth, source).children("vulnerability").size();
                    case "services" -> services += XmlNode.read(r, 2, maxDepth, source).children("service").size();
                    case "Signature" -> {
                        signed = true;
                        XmlNode.read(r, 2, maxDepth, source);
                    }
                    default -> XmlNode.read(r, 2, maxDepth, source);
                }
            }
        } catch (XMLStreamException e) {
            throw Xml.problem(source, e);
        } catch (IOException e) {
            throw new InputException(Problem.at(source, "", "cannot read: " + e.getMessage()), e);
        }
        validate(specVersion);
        SbomMetadata md = map.metadata(metadata, specVersion, serial, bomVersion);
        Sbom sbom = assembler.build(md);
        return new CycloneDxJsonReader.Result(sbom, new DocumentFacts(vulnerabilities, signed, services, 0));
    }

    private static void toRoot(XMLStreamReader r, String source) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) throw Xml.dtdRefused(source, r.getLocation().getLineNumber());
            if (event == XMLStreamConstants.START_ELEMENT) return;
        }
        throw new InputException(Problem.at(source, "", "the XML document has no root element"));
    }

    /** Reads {@code <components>} or {@code <dependencies>} child by child. */
    private void sequence(XMLStreamReader r, String element, int maxDepth, boolean components) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) return;
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) throw Xml.dtdRefused(context.source(), r.getLocation().getLineNumber());
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            XmlNode node = XmlNode.read(r, 3, maxDepth, context.source());
            if (!node.name().equals(element)) continue; // extension elements (other namespaces) are allowed here
            if (components) map.component(node, null);
            else map.dependency(node);
        }
    }

    private void validate(String specVersion) {
        javax.xml.validation.Schema xsd = CycloneDxSchemas.xsd(specVersion);
        if (xsd == null) return;
        try (InputStream in = context.input().open()) {
            SAXParserFactory spf = SAXParserFactory.newDefaultInstance();
            spf.setNamespaceAware(true);
            spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader xr = spf.newSAXParser().getXMLReader();
            Validator validator = xsd.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { context.schemaError("line " + e.getLineNumber(), e.getMessage()); }
                @Override public void fatalError(SAXParseException e) throws SAXException { context.schemaError("line " + e.getLineNumber(), e.getMessage()); throw e; }
            });
            validator.validate(new SAXSource(xr, new InputSource(in)));
            context.schemaChecked();
        } catch (SAXParseException e) {
            context.schemaChecked(); // the fatal error is already recorded
        } catch (SAXException | ParserConfigurationException | IOException e) {
            context.warn("", "XSD validation could not run: " + e.getMessage());
        }
    }
}
