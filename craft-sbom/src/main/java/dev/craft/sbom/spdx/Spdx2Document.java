package dev.craft.sbom.spdx;

import dev.craft.sbom.Component;
import dev.craft.sbom.DocumentFacts;
import dev.craft.sbom.Party;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomMetadata;
import dev.craft.sbom.Tool;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an SPDX 2 document says, collected by either the JSON or the tag-value reader, then turned into the
 * model in one place so both encodings give the same result. Packages are components; files and snippets
 * are counted, not listed (SPDX files are parts of packages, not supply-chain components).
 */
final class Spdx2Document {

    record Relationship(String from, String type, String to, String location) {}

    private static final Set<String> KNOWN_VERSIONS = Set.of("2.0", "2.1", "2.2", "2.3");
    private static final Pattern LICENSE_REF = Pattern.compile("LicenseRef-[A-Za-z0-9.\\-]+");

    final ReadContext context;
    final SbomAssembler assembler;
    final List<Component> packages = new ArrayList<>();
    final List<Relationship> relationships = new ArrayList<>();
    final Set<String> describes = new LinkedHashSet<>();
    final Map<String, String> extractedLicenses = new HashMap<>();
    final List<String> creators = new ArrayList<>();
    String rawVersion;
    String versionLocation = "";
    String documentId = "SPDXRef-DOCUMENT";
    String name;
    String namespace;
    String created;
    String createdLocation = "";
    String dataLicense;
    int files;

    Spdx2Document(ReadContext context) {
        this.context = context;
        this.assembler = new SbomAssembler(context);
    }

    /** The spec version without the "SPDX-" prefix; records an error for versions SPDX never had. */
    String specVersion() {
        if (rawVersion == null) {
            context.schemaError(versionLocation, "the document has no SPDX version");
            return "unknown";
        }
        String v = rawVersion.startsWith("SPDX-") ? rawVersion.substring(5) : rawVersion;
        if (!KNOWN_VERSIONS.contains(v)) {
            context.schemaError(versionLocation, "'" + rawVersion + "' is not an SPDX 2 version (expected SPDX-2.2 or SPDX-2.3)");
        }
        return v;
    }

    void extractedLicense(String id, String location) {
        if (id == null) return;
        String first = extractedLicenses.putIfAbsent(id, location);
        if (first != null) context.schemaError(location, "licence '" + id + "' is defined twice in the extracted licensing info (first at " + first + ")");
    }

    Sbom build(SbomFormat format, String version) {
        Set<String> packageRefs = new HashSet<>();
        for (Component p : packages) packageRefs.add(p.ref());
        for (Relationship r : relationships) {
            if (r.from.equals(documentId) && r.type.equals("DESCRIBES")) describes.add(r.to);
            if (r.to.equals(documentId) && r.type.equals("DESCRIBED_BY")) describes.add(r.from);
        }
        var describedPackages = describes.stream().filter(packageRefs::contains).toList();
        String subjectRef = describedPackages.size() == 1 ? describedPackages.get(0) : null;
        for (Component p : packages) {
            checkLicenses(p, format);
            if (p.ref().equals(subjectRef)) assembler.subject(p);
            else assembler.component(p);
        }
        for (Relationship r : relationships) edge(r, packageRefs);
        return assembler.build(metadata(format, version));
    }

    DocumentFacts facts() {
        return new DocumentFacts(0, false, 0, files);
    }

    private void edge(Relationship r, Set<String> packageRefs) {
        String from;
        String to;
        switch (r.type) {
            case "DEPENDS_ON", "CONTAINS", "HAS_PREREQUISITE" -> { from = r.from; to = r.to; }
            case "DEPENDENCY_OF", "CONTAINED_BY", "PREREQUISITE_FOR", "DEV_DEPENDENCY_OF", "BUILD_DEPENDENCY_OF",
                 "RUNTIME_DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF", "PROVIDED_DEPENDENCY_OF", "TEST_DEPENDENCY_OF" -> { from = r.to; to = r.from; }
            default -> { return; }
        }
        // Edges to files, snippets or other documents are not component dependencies.
        if (packageRefs.contains(from) && packageRefs.contains(to)) assembler.depends(from, List.of(to), r.location);
    }

    private void checkLicenses(Component p, SbomFormat format) {
        for (var l : p.licenses()) {
            if (l.expression() == null) continue;
            var m = LICENSE_REF.matcher(l.expression());
            while (m.find()) {
                if (!extractedLicenses.containsKey(m.group())) {
                    context.schemaError(p.location(), "licence '" + m.group() + "' of package '" + p.name() + "' is not defined in the extracted licensing info");
                }
            }
            if (format == SbomFormat.SPDX_TAG_VALUE) continue; // the tag-value reader warns per line
            for (String id : SpdxLicenses.deprecatedIn(l.expression())) {
                context.warn(p.location(), "package '" + p.name() + "' uses the deprecated SPDX licence id '" + id + "'", SpdxLicenses.replacementHint(id));
            }
        }
    }

    private SbomMetadata metadata(SbomFormat format, String version) {
        Instant timestamp = Text.instant(created);
        if (created != null && timestamp == null) context.warn(createdLocation, "created '" + created + "' is not an RFC 3339 date-time");
        var authors = new ArrayList<Party>();
        var tools = new ArrayList<Tool>();
        for (String c : creators) {
            String kind = Text.spdxPartyKind(c);
            if (kind.equals("Tool")) tools.add(tool(c.substring(c.indexOf(':') + 1).strip()));
            else {
                Party p = Text.spdxParty(c);
                if (p != null) authors.add(p);
            }
        }
        List<String> dataLicenses = dataLicense == null ? List.of() : List.of(dataLicense);
        return new SbomMetadata(format, version, namespace, null, name, timestamp, authors, null, null, tools, List.of(),
                dataLicenses, List.of());
    }

    /** "syft-0.42.2" → name syft, version 0.42.2; a tool without a version keeps its whole string as name. */
    static Tool tool(String s) {
        int dash = s.lastIndexOf('-');
        if (dash > 0 && dash < s.length() - 1 && Character.isDigit(s.charAt(dash + 1)) || dash > 0 && dash < s.length() - 2 && s.charAt(dash + 1) == 'v' && Character.isDigit(s.charAt(dash + 2))) {
            return new Tool(null, s.substring(0, dash), s.substring(dash + 1));
        }
        return new Tool(null, s, null);
    }
}
