package dev.craft.sbom.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Recognises the SBOM format from the content, never from the file name: a CycloneDX document called
 * {@code sbom.spdx} is still CycloneDX. Refuses archives, non-UTF-8 encodings and oversized inputs up front.
 */
public final class FormatDetector {

    static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern TAG_VALUE = Pattern.compile("(?m)^\\s*SPDXVersion:\\s*SPDX-");
    private static final Pattern YAML = Pattern.compile("(?m)^\\s*spdxVersion:\\s*['\"]?SPDX-");
    private static final Pattern XML_ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");

    private FormatDetector() {}

    public static SbomFormat detect(SbomInput input, ObjectMapper mapper) throws IOException {
        String source = input.name();
        long size = input.knownSize();
        if (size > input.limits().maxBytes()) throw BoundedInputStream.tooLarge(source, input.limits().maxBytes());
        byte[] head = input.head(HEAD_BYTES);
        if (head.length == 0) throw refuse(source, "the input is empty", "a CycloneDX or SPDX document");
        refuseArchivesAndWideEncodings(source, head);
        int start = (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) ? 3 : 0;
        while (start < head.length && Character.isWhitespace(head[start])) start++;
        if (start == head.length) throw refuse(source, "the input holds only white space", "a CycloneDX or SPDX document");
        String text = new String(head, StandardCharsets.UTF_8);
        return switch (head[start]) {
            case '{' -> detectJson(input, mapper, head);
            case '<' -> detectXml(source, text);
            default -> detectText(source, text);
        };
    }

    private static SbomFormat detectJson(SbomInput input, ObjectMapper mapper, byte[] head) throws IOException {
        try (JsonParser p = mapper.createParser(head)) {
            SbomFormat f = scanTopLevelKeys(p);
            if (f != null) return f;
        } catch (IOException cutOrBroken) {
            // The head ends mid-document or is broken: decide on the whole input below.
        }
        try (JsonParser p = Json.open(mapper, input)) {
            SbomFormat f = scanTopLevelKeys(p);
            if (f != null) return f;
        } catch (IOException e) {
            throw Json.problem(input.name(), e);
        }
        throw refuse(input.name(), "a JSON document that is neither CycloneDX nor SPDX (no \"bomFormat\", \"spdxVersion\" or SPDX 3 \"@context\")",
                "a CycloneDX JSON, SPDX 2 JSON or SPDX 3 JSON-LD document");
    }

    private static SbomFormat scanTopLevelKeys(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return null;
        boolean sawSpecVersion = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "bomFormat" -> { return SbomFormat.CYCLONEDX_JSON; }
                case "spdxVersion", "SPDXID" -> { return SbomFormat.SPDX_JSON; }
                case "@context" -> {
                    if (value == JsonToken.VALUE_STRING && p.getText().contains("spdx.org/rdf/3")) return SbomFormat.SPDX3_JSON_LD;
                    if (value.isStructStart()) p.skipChildren();
                    if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) return SbomFormat.SPDX3_JSON_LD;
                }
                case "specVersion" -> sawSpecVersion = true;
                default -> {
                    if (value.isStructStart()) p.skipChildren();
                }
            }
        }
        return t == JsonToken.END_OBJECT && sawSpecVersion ? SbomFormat.CYCLONEDX_JSON : null;
    }

    private static SbomFormat detectXml(String source, String head) {
        int i = 0;
        var m = XML_ROOT.matcher(head);
        while (m.find(i)) {
            String before = head.substring(Math.max(0, m.start() - 1), m.start() + 2);
            if (before.endsWith("<?") || before.endsWith("<!")) {
                int close = head.indexOf('>', m.start());
                if (close < 0) break;
                i = close + 1;
                continue;
            }
            String root = m.group(2);
            String tail = head.substring(m.start(), Math.min(head.length(), m.start() + 2000));
            if (root.equals("bom") && tail.contains("cyclonedx.org/schema/bom")) return SbomFormat.CYCLONEDX_XML;
            if (root.equals("bom")) return SbomFormat.CYCLONEDX_XML;
            if (root.equals("RDF")) throw unsupported(source, SbomFormat.SPDX_RDF);
            if (root.equals("Document") || root.equals("SpdxDocument")) throw unsupported(source, SbomFormat.SPDX_XML);
            throw refuse(source, "an XML document with root element <" + root + ">, which is not an SBOM", "a CycloneDX XML document (<bom>)");
        }
        // A DOCTYPE or comment pushed the root element out of the sniffed head: let the XML reader decide
        // (and refuse the DOCTYPE).
        if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) return SbomFormat.CYCLONEDX_XML;
        throw refuse(source, "an XML document without a root element in its first " + HEAD_BYTES + " bytes", "a CycloneDX XML document");
    }

    private static SbomFormat detectText(String source, String head) {
        if (TAG_VALUE.matcher(head).find()) return SbomFormat.SPDX_TAG_VALUE;
        if (YAML.matcher(head).find()) throw unsupported(source, SbomFormat.SPDX_YAML);
        throw refuse(source, "not a CycloneDX or SPDX document (no JSON object, XML root or SPDXVersion tag at the start)",
                "CycloneDX JSON/XML, SPDX 2 JSON/tag-value or SPDX 3 JSON-LD");
    }

    private static void refuseArchivesAndWideEncodings(String source, byte[] h) {
        if (startsWith(h, 0x50, 0x4B, 0x03, 0x04) || startsWith(h, 0x50, 0x4B, 0x05, 0x06))
            throw refuse(source, "refused: a zip archive (craft does not unpack archives, so archive bombs cannot reach it)", "the SBOM file itself, unpacked");
        if (startsWith(h, 0x1F, 0x8B)) throw refuse(source, "refused: a gzip archive", "the SBOM file itself, unpacked");
        if (startsWith(h, 0x42, 0x5A, 0x68)) throw refuse(source, "refused: a bzip2 archive", "the SBOM file itself, unpacked");
        if (startsWith(h, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) throw refuse(source, "refused: an xz archive", "the SBOM file itself, unpacked");
        if (startsWith(h, 0x28, 0xB5, 0x2F, 0xFD)) throw refuse(source, "refused: a zstd archive", "the SBOM file itself, unpacked");
        if (startsWith(h, 0xFF, 0xFE) || startsWith(h, 0xFE, 0xFF))
            throw refuse(source, "the input is UTF-16 or UTF-32 encoded", "UTF-8 (JSON requires it; re-encode with iconv -t UTF-8)");
    }

    private static boolean startsWith(byte[] h, int... prefix) {
        if (h.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((h[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    static InputException unsupported(String source, SbomFormat format) {
        return refuse(source, format.standard() + " " + format.encoding() + " is not read by craft",
                "SPDX JSON, tag-value or 3.0 JSON-LD (convert with the SPDX tools-java 'Convert' command)");
    }

    static InputException refuse(String source, String message, String expected) {
        return new InputException(new Problem(source, "", message, expected));
    }
}
