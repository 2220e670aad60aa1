package dev.craft.sbom.quality;

import dev.craft.sbom.Component;
import dev.craft.sbom.Composition;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.Tool;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named checks the profile data refers to. Each returns null when the subject passes, else a message
 * saying what is missing. The set is closed: a profile naming an unknown check fails to load.
 */
final class Checks {

    /** A check of the whole document. */
    @FunctionalInterface
    interface DocumentCheck {
        String test(SbomReadResult read, Map<String, String> params);
    }

    /** A check of one component. */
    @FunctionalInterface
    interface ComponentCheck {
        String test(Component c, SbomReadResult read, Map<String, String> params);
    }

    static final Map<String, DocumentCheck> DOCUMENT = Map.ofEntries(
            Map.entry("schema-valid", Checks::schemaValid),
            Map.entry("spec-version-at-least", Checks::specVersionAtLeast),
            Map.entry("subject-present", (r, p) -> r.sbom().subject() != null ? null
                    : "the SBOM does not name the product it describes"),
            Map.entry("top-level-dependencies", Checks::topLevelDependencies),
            Map.entry("timestamp", (r, p) -> r.sbom().metadata().timestamp() != null ? null : "the SBOM has no (valid) creation timestamp"),
            Map.entry("sbom-author", (r, p) -> hasAuthor(r.sbom()) ? null : "the SBOM names no author (person or organisation)"),
            Map.entry("sbom-author-not-tool", (r, p) -> hasAuthor(r.sbom()) ? null
                    : r.sbom().metadata().tools().isEmpty() ? "the SBOM names no author" : "the SBOM names only tools, and a tool is not an author"),
            Map.entry("sbom-creator-contact", Checks::creatorContact),
            Map.entry("serial-number", (r, p) -> r.sbom().metadata().serialNumber() != null ? null : "the SBOM has no serial number / namespace (SBOM-URI)"),
            Map.entry("no-vulnerabilities", (r, p) -> r.facts().vulnerabilities() == 0 ? null
                    : "the SBOM carries " + r.facts().vulnerabilities() + " vulnerability entries"),
            Map.entry("completeness-declared", Checks::completenessDeclared),
            Map.entry("signature", (r, p) -> r.facts().signed() ? null : "the SBOM carries no embedded signature"),
            Map.entry("lifecycle", (r, p) -> !r.sbom().metadata().lifecycles().isEmpty() ? null : "the SBOM does not state its lifecycle phase"),
            Map.entry("tool-name-version", Checks::toolNameVersion),
            Map.entry("sbom-version", Checks::sbomVersion));

    static final Map<String, ComponentCheck> COMPONENT = Map.ofEntries(
            Map.entry("component-name", (c, r, p) -> c.name().isBlank() ? "no name" : null),
            Map.entry("component-version", (c, r, p) -> c.version() == null ? "no version" : null),
            Map.entry("component-supplier", (c, r, p) -> named(c.supplier()) || named(c.manufacturer()) ? null : "no supplier or manufacturer name"),
            Map.entry("component-creator-contact", Checks::componentCreatorContact),
            Map.entry("component-identifier", Checks::identifier),
            Map.entry("component-filename", (c, r, p) -> c.property("bsi:component:filename").isPresent()
                    || c.property("spdx:packageFileName").isPresent() ? null : "no file name (property bsi:component:filename)"),
            Map.entry("component-dependencies-listed", (c, r, p) -> r.sbom().dependencies().hasEntry(c.ref()) ? null
                    : "no dependency entry (its direct dependencies are not enumerated)"),
            Map.entry("component-licence-concluded", Checks::licenceConcluded),
            Map.entry("component-licence-declared", Checks::licenceDeclared),
            Map.entry("component-hash", Checks::hash),
            Map.entry("component-property", Checks::property),
            Map.entry("component-reference", Checks::reference));

    private Checks() {}

    static boolean known(String name) {
        return DOCUMENT.containsKey(name) || COMPONENT.containsKey(name);
    }

    private static String schemaValid(SbomReadResult r, Map<String, String> p) {
        if (!r.schemaChecked() && r.schemaErrors().isEmpty()) {
            return null; // SPDX tag-value has no schema; spec rules are still checked by the reader
        }
        int n = r.schemaErrors().size();
        return n == 0 ? null : n + " schema violation" + (n == 1 ? "" : "s") + " (first: " + r.schemaErrors().get(0).location() + ": "
                + r.schemaErrors().get(0).message() + ")";
    }

    private static String specVersionAtLeast(SbomReadResult r, Map<String, String> p) {
        var md = r.sbom().metadata();
        String min = md.format().isCycloneDx() ? p.get("cyclonedx") : p.get("spdx");
        if (min == null) return null;
        return compareVersions(md.specVersion(), min) >= 0 ? null
                : md.format().standard() + " " + md.specVersion() + " is older than the required " + md.format().standard() + " " + min;
    }

    static int compareVersions(String a, String b) {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(Checks::num).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(Checks::num).toArray();
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (d != 0) return d;
        }
        return 0;
    }

    private static int num(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String topLevelDependencies(SbomReadResult r, Map<String, String> p) {
        Sbom s = r.sbom();
        if (s.components().isEmpty()) return null; // nothing to depend on
        if (s.subject() == null) {
            return s.dependencies().isEmpty() ? "no product named and no dependency relationships" : null;
        }
        return s.dependencies().dependenciesOf(s.subject().ref()).isEmpty()
                ? "the product '" + s.subject().name() + "' has no direct dependencies listed (" + s.components().size() + " components are in the SBOM)"
                : null;
    }

    private static boolean hasAuthor(Sbom s) {
        var md = s.metadata();
        return md.authors().stream().anyMatch(Checks::named) || named(md.manufacturer()) || named(md.supplier());
    }

    private static String creatorContact(SbomReadResult r, Map<String, String> p) {
        var md = r.sbom().metadata();
        boolean contact = md.authors().stream().anyMatch(a -> a != null && a.hasContact())
                || (md.manufacturer() != null && md.manufacturer().hasContact())
                || (md.supplier() != null && md.supplier().hasContact());
        if (contact) return null;
        return hasAuthor(r.sbom()) ? "the SBOM creator is named but has neither e-mail address nor URL" : "the SBOM names no creator";
    }

    private static String completenessDeclared(SbomReadResult r, Map<String, String> p) {
        var comps = r.sbom().compositions();
        if (comps.isEmpty()) return "no completeness statement (compositions)";
        boolean explicit = comps.stream().anyMatch(c -> c.aggregate() != Composition.Aggregate.NOT_SPECIFIED);
        return explicit ? null : "compositions state no aggregate (complete, incomplete or unknown)";
    }

    private static String toolNameVersion(SbomReadResult r, Map<String, String> p) {
        List<Tool> tools = r.sbom().metadata().tools();
        if (tools.isEmpty()) return "no tool named";
        return tools.stream().anyMatch(t -> t.name() != null && t.version() != null) ? null : "tools are named without a version";
    }

    private static String sbomVersion(SbomReadResult r, Map<String, String> p) {
        var md = r.sbom().metadata();
        if (md.format().isCycloneDx()) return md.version() != null ? null : "no BOM version";
        return md.serialNumber() != null ? null : "no document namespace / id that identifies this revision";
    }

    private static String componentCreatorContact(Component c, SbomReadResult r, Map<String, String> p) {
        if (c.manufacturer() != null && c.manufacturer().hasContact()) return null;
        if (c.supplier() != null && c.supplier().hasContact()) return null;
        if (c.authors().stream().anyMatch(Party::hasContact)) return null;
        if (named(c.manufacturer()) || named(c.supplier())) return "creator named without e-mail address or URL";
        return "no creator (manufacturer) with e-mail address or URL";
    }

    private static String identifier(Component c, SbomReadResult r, Map<String, String> p) {
        if (!c.purls().isEmpty() || !c.cpes().isEmpty() || c.swidTagId() != null) return null;
        for (String extra : p.getOrDefault("extra", "").split(",")) {
            if (!extra.isBlank() && c.property(extra.strip()).isPresent()) return null;
        }
        return "no purl, CPE or SWID";
    }

    private static String licenceConcluded(Component c, SbomReadResult r, Map<String, String> p) {
        boolean any = false;
        for (License l : c.licenses()) {
            if (!l.isAssertion()) continue;
            any = true;
            if (l.acknowledgement() == License.Acknowledgement.CONCLUDED && l.expression() != null) return null;
        }
        return any ? "licences given, but none as a concluded SPDX expression (acknowledgement: concluded)" : "no licence";
    }

    private static String licenceDeclared(Component c, SbomReadResult r, Map<String, String> p) {
        boolean acceptUnspecified = "true".equals(p.get("acceptUnspecified"));
        for (License l : c.licenses()) {
            if (!l.isAssertion()) continue;
            if (l.acknowledgement() == License.Acknowledgement.DECLARED) return null;
            if (acceptUnspecified && l.acknowledgement() == License.Acknowledgement.UNSPECIFIED) return null;
        }
        return "no declared licence";
    }

    private static String hash(Component c, SbomReadResult r, Map<String, String> p) {
        String alg = p.get("algorithm");
        List<Hash> all = new java.util.ArrayList<>(c.hashes());
        for (ExternalReference x : c.externalReferences()) if ("distribution".equals(x.type())) all.addAll(x.hashes());
        if (alg == null) return all.isEmpty() ? "no hash" : null;
        if (all.stream().anyMatch(h -> h.algorithm().equals(alg))) return null;
        return all.isEmpty() ? "no hash" : "no " + alg + " hash (has " + all.stream().map(Hash::algorithm).distinct().toList() + ")";
    }

    private static String property(Component c, SbomReadResult r, Map<String, String> p) {
        String name = p.get("property");
        var value = c.property(name);
        String purpose = p.get("spdx3Purpose");
        if (value.isEmpty() && purpose != null) {
            boolean spdxSaysSo = c.properties().stream().anyMatch(x -> x.name().startsWith("spdx:") && x.name().endsWith("urpose") && purpose.equals(x.value()));
            if (spdxSaysSo) return null;
        }
        if (value.isEmpty()) return "no property " + name;
        Set<String> allowed = Set.of(p.getOrDefault("values", "").split(","));
        return allowed.contains(value.get()) ? null : "property " + name + " is '" + value.get() + "' (allowed: " + p.get("values") + ")";
    }

    private static String reference(Component c, SbomReadResult r, Map<String, String> p) {
        Set<String> types = Set.of(p.getOrDefault("types", "").split(","));
        for (ExternalReference x : c.externalReferences()) if (types.contains(x.type())) return null;
        return "no external reference of type " + String.join(" or ", p.getOrDefault("types", "").split(","));
    }

    private static boolean named(Party p) {
        return p != null && p.name() != null && !p.name().isBlank();
    }
}
