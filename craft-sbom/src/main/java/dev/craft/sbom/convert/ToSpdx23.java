package dev.craft.sbom.convert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.sbom.Component;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomMetadata;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.Tool;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writes the model as SPDX 2.3 JSON: components become packages, the graph DEPENDS_ON/CONTAINS relationships. */
final class ToSpdx23 {

    private static final Map<String, String> HASHES = Map.ofEntries(Map.entry("SHA-1", "SHA1"), Map.entry("SHA-224", "SHA224"),
            Map.entry("SHA-256", "SHA256"), Map.entry("SHA-384", "SHA384"), Map.entry("SHA-512", "SHA512"), Map.entry("SHA3-256", "SHA3-256"),
            Map.entry("SHA3-384", "SHA3-384"), Map.entry("SHA3-512", "SHA3-512"), Map.entry("BLAKE2b-256", "BLAKE2b-256"),
            Map.entry("BLAKE2b-384", "BLAKE2b-384"), Map.entry("BLAKE2b-512", "BLAKE2b-512"), Map.entry("BLAKE3", "BLAKE3"), Map.entry("MD5", "MD5"));

    private final SbomReadResult read;
    private final ConversionWarnings warnings;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    ToSpdx23(SbomReadResult read, ConversionWarnings warnings, ObjectMapper mapper, Clock clock) {
        this.read = read;
        this.warnings = warnings;
        this.mapper = mapper;
        this.clock = clock;
    }

    ObjectNode document() {
        Sbom s = read.sbom();
        SbomMetadata md = s.metadata();
        ObjectNode root = mapper.createObjectNode();
        root.put("spdxVersion", "SPDX-2.3");
        root.put("dataLicense", "CC0-1.0");
        root.put("SPDXID", "SPDXRef-DOCUMENT");
        String name = md.name() != null ? md.name() : s.subject() != null ? s.subject().name() : "converted-sbom";
        root.put("name", name);
        String serial = md.serialNumber();
        String namespace = serial != null && serial.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^#\\s]+$") ? serial
                : "urn:uuid:" + UUID.nameUUIDFromBytes(md.toString().getBytes(StandardCharsets.UTF_8));
        root.put("documentNamespace", namespace);
        ObjectNode ci = root.putObject("creationInfo");
        Instant created = md.timestamp();
        if (created == null) {
            created = clock.instant();
            warnings.add("the source has no timestamp; created is the time of conversion", null);
        }
        ci.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode creators = ci.putArray("creators");
        creators.add("Tool: craft");
        for (Tool t : md.tools()) creators.add("Tool: " + (t.name() == null ? "unknown" : t.name()) + (t.version() == null ? "" : "-" + t.version()));
        for (Party p : md.authors()) if (p.name() != null) creators.add("Person: " + party(p));
        if (md.manufacturer() != null && md.manufacturer().name() != null) creators.add("Organization: " + party(md.manufacturer()));
        if (!md.lifecycles().isEmpty()) warnings.add("lifecycle phases " + md.lifecycles() + " cannot be carried (SPDX 2.3 has no lifecycle)", null);
        if (!s.compositions().isEmpty()) warnings.add("completeness statements (compositions) cannot be carried (SPDX 2.3 has none)", null);
        if (read.facts().vulnerabilities() > 0) warnings.add(read.facts().vulnerabilities() + " vulnerability entries cannot be carried", null);
        ArrayNode packages = root.putArray("packages");
        ArrayNode rels = root.putArray("relationships");
        if (s.subject() != null) {
            packages.add(pkg(s.subject()));
            ObjectNode r = rels.addObject();
            r.put("spdxElementId", "SPDXRef-DOCUMENT").put("relationshipType", "DESCRIBES").put("relatedSpdxElement", id(s.subject().ref()));
        }
        for (Component c : s.components()) {
            packages.add(pkg(c));
            if (c.parentRef() != null) {
                rels.addObject().put("spdxElementId", id(c.parentRef())).put("relationshipType", "CONTAINS").put("relatedSpdxElement", id(c.ref()));
            }
        }
        s.dependencies().edges().forEach((from, tos) -> {
            for (String to : tos) rels.addObject().put("spdxElementId", id(from)).put("relationshipType", "DEPENDS_ON").put("relatedSpdxElement", id(to));
        });
        return root;
    }

    private ObjectNode pkg(Component c) {
        ObjectNode p = mapper.createObjectNode();
        p.put("SPDXID", id(c.ref()));
        p.put("name", c.group() == null ? c.name() : c.group() + "/" + c.name());
        if (c.group() != null) warnings.add("component group is joined to the package name (SPDX 2.3 has no group)", c.location());
        if (c.version() != null) p.put("versionInfo", c.version());
        if (c.supplier() != null && c.supplier().name() != null) p.put("supplier", "Organization: " + party(c.supplier()));
        if (c.manufacturer() != null && c.manufacturer().name() != null) p.put("originator", "Organization: " + party(c.manufacturer()));
        String download = "NOASSERTION";
        for (ExternalReference r : c.externalReferences()) {
            if (!ToCycloneDx.isUri(r.url())) {
                warnings.add("external reference URL that is not a valid URI cannot be carried ('" + r.url() + "')", c.location());
                continue;
            }
            switch (r.type() == null ? "" : r.type()) {
                case "distribution" -> { if (download.equals("NOASSERTION")) download = r.url(); }
                case "website" -> p.put("homepage", r.url());
                default -> warnings.add("external reference of type " + r.type() + " cannot be carried (SPDX 2.3 externalRefs take identifiers only)", c.location());
            }
        }
        p.put("downloadLocation", download);
        p.put("filesAnalyzed", false);
        for (License l : c.licenses()) {
            String expr = l.expression();
            if (expr == null) {
                warnings.add("licence name without SPDX expression cannot be carried (would need an extracted LicenseRef)", c.location());
                continue;
            }
            if (expr.contains("LicenseRef-")) {
                warnings.add("LicenseRef licences are written as NOASSERTION (their texts are not in the source)", c.location());
                expr = "NOASSERTION";
            }
            switch (l.acknowledgement()) {
                case CONCLUDED -> p.put("licenseConcluded", expr);
                case DECLARED, UNSPECIFIED -> p.put("licenseDeclared", expr);
            }
        }
        ArrayNode sums = mapper.createArrayNode();
        for (Hash h : c.hashes()) {
            String alg = HASHES.get(h.algorithm());
            if (alg == null) warnings.add("hash algorithm " + h.algorithm() + " cannot be carried to SPDX", c.location());
            else sums.addObject().put("algorithm", alg).put("checksumValue", h.value());
        }
        if (!sums.isEmpty()) p.set("checksums", sums);
        ArrayNode refs = mapper.createArrayNode();
        for (String purl : c.purls()) refs.addObject().put("referenceCategory", "PACKAGE-MANAGER").put("referenceType", "purl").put("referenceLocator", purl);
        for (String cpe : c.cpes()) refs.addObject().put("referenceCategory", "SECURITY").put("referenceType", cpe.startsWith("cpe:2.3:") ? "cpe23Type" : "cpe22Type").put("referenceLocator", cpe);
        if (c.swidTagId() != null) refs.addObject().put("referenceCategory", "PERSISTENT-ID").put("referenceType", "swid").put("referenceLocator", c.swidTagId());
        if (!refs.isEmpty()) p.set("externalRefs", refs);
        String purpose = purpose(c.type());
        if (purpose != null) p.put("primaryPackagePurpose", purpose);
        if (!c.properties().isEmpty()) warnings.add("component properties cannot be carried (SPDX 2.3 has no properties)", c.location());
        if (!c.authors().isEmpty()) warnings.add("component authors cannot be carried (SPDX 2.3 has only originator and supplier)", c.location());
        return p;
    }

    private String id(String ref) {
        return ids.computeIfAbsent(ref, r -> {
            String base = r.startsWith("SPDXRef-") ? r : "SPDXRef-" + r.replaceAll("[^A-Za-z0-9.-]", "-");
            String id = base;
            for (int i = 2; !taken.add(id); i++) id = base + "-" + i;
            return id;
        });
    }

    private static String party(Party p) {
        return p.name() + (p.emails().isEmpty() ? "" : " (" + p.emails().get(0) + ")");
    }

    private static String purpose(String type) {
        if (type == null) return null;
        return switch (type) {
            case "application", "framework", "library", "container", "operating-system", "device", "firmware", "file" -> type.toUpperCase(Locale.ROOT).replace('-', '_').replace("OPERATING_SYSTEM", "OPERATING-SYSTEM");
            default -> "OTHER";
        };
    }
}
