package dev.craft.vuln.vex;

import com.github.packageurl.PackageURL;
import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.vuln.Finding;
import dev.craft.vuln.purl.PurlNormalizer;
import dev.craft.vuln.range.RangeSyntaxException;
import dev.craft.vuln.range.VersRange;
import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.VersionSchemes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies VEX statements to findings. A statement applies to a finding when it names the vulnerability (by any of
 * the finding's ids) and either the component itself (purl, bom-ref or CPE) or the SBOM's product (then to every
 * component of it, or only to the subcomponents it lists). When several statements apply, the latest (by timestamp,
 * then by input order) wins, as VEX documents are revised over time. Statements that apply to nothing are reported,
 * never silently dropped.
 */
public final class VexApplier {

    private VexApplier() {}

    public static List<Finding> apply(List<Finding> findings, List<VexStatement> statements, Sbom sbom, List<String> notes) {
        if (statements.isEmpty()) return findings;
        Map<String, Component> byRef = new HashMap<>();
        for (Component c : sbom.components()) byRef.putIfAbsent(c.ref(), c);
        var used = new IdentityHashMap<VexStatement, Boolean>();
        var out = new ArrayList<Finding>(findings.size());
        for (Finding f : findings) {
            VexStatement best = null;
            int bestIndex = -1;
            Set<String> ids = upper(f.allIds());
            for (int i = 0; i < statements.size(); i++) {
                VexStatement s = statements.get(i);
                if (!names(s, ids) || !covers(s, f, byRef.get(f.component().ref()), sbom)) continue;
                if (best == null || later(s, i, best, bestIndex)) {
                    best = s;
                    bestIndex = i;
                }
            }
            if (best != null) {
                used.put(best, true);
                out.add(f.withVex(best.applied()));
            } else {
                out.add(f);
            }
        }
        int unused = 0;
        for (VexStatement s : statements) {
            if (used.containsKey(s)) continue;
            if (unused++ < 20) {
                notes.add(s.document() + ": " + s.location() + ": statement on " + s.vulnerability() + " (" + s.state().label()
                        + ") applies to no finding in this SBOM");
            }
        }
        if (unused > 20) notes.add((unused - 20) + " more VEX statements apply to no finding");
        return out;
    }

    private static boolean later(VexStatement s, int i, VexStatement best, int bestIndex) {
        if (s.timestamp() != null && best.timestamp() != null && !s.timestamp().equals(best.timestamp())) return s.timestamp().isAfter(best.timestamp());
        return i > bestIndex;
    }

    private static boolean names(VexStatement s, Set<String> ids) {
        if (ids.contains(s.vulnerability().toUpperCase(Locale.ROOT))) return true;
        for (String a : s.aliases()) if (ids.contains(a.toUpperCase(Locale.ROOT))) return true;
        return false;
    }

    private static Set<String> upper(Set<String> ids) {
        var out = new java.util.HashSet<String>();
        for (String id : ids) out.add(id.toUpperCase(Locale.ROOT));
        return out;
    }

    private static boolean covers(VexStatement s, Finding f, Component component, Sbom sbom) {
        for (VexProduct p : s.products()) {
            if (p.isAnyProduct()) return true;
            if (refersTo(p, f.component().ref(), f.component().purl(), f.component().version(), component, sbom)) return true;
            Component subject = sbom.subject();
            boolean product = subject != null && (refersTo(p, subject.ref(), subject.purl().orElse(null), subject.version(), subject, sbom)
                    || (p.purl() == null && p.bomRef() == null && p.name() != null && namesProduct(p.name(), subject)));
            if (product) {
                if (p.subcomponents().isEmpty()) return true;
                for (VexProduct sub : p.subcomponents()) {
                    if (refersTo(sub, f.component().ref(), f.component().purl(), f.component().version(), component, sbom)) return true;
                }
            }
        }
        return false;
    }

    static boolean refersTo(VexProduct p, String ref, String purl, String version, Component component, Sbom sbom) {
        boolean identity = (p.bomRef() != null && sameBomRef(p.bomRef(), ref, sbom))
                || (p.purl() != null && purl != null && samePackage(p.purl(), purl, version))
                || (p.cpe() != null && component != null && component.cpes().stream().anyMatch(c -> c.equalsIgnoreCase(p.cpe())));
        return identity && inVersions(p, purl, version);
    }

    /** CycloneDX {@code affects[].versions}: the statement covers one version or a vers range of the product only. */
    private static boolean inVersions(VexProduct p, String purl, String version) {
        if (p.version() == null && p.versRange() == null) return true;
        if (version == null) return false;
        if (p.version() != null) return p.version().equals(version) || sameVersion(purl, p.version(), version);
        try {
            VersRange range = VersRange.parseLenient(p.versRange());
            return range.contains(range.scheme().parse(version));
        } catch (RangeSyntaxException | InvalidVersionException e) {
            return false;
        }
    }

    private static boolean sameVersion(String purl, String a, String b) {
        Optional<PackageURL> p = PurlNormalizer.parse(purl);
        var scheme = p.flatMap(x -> VersionSchemes.forPurlType(x.getType()));
        if (scheme.isEmpty()) return false;
        try {
            return scheme.get().parse(a).compareTo(scheme.get().parse(b)) == 0;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    /** A bom-ref, or a BOM-Link {@code urn:cdx:serial/version#bom-ref} to this SBOM. */
    private static boolean sameBomRef(String vexRef, String ref, Sbom sbom) {
        if (vexRef.equals(ref)) return true;
        if (vexRef.startsWith("urn:cdx:") && vexRef.contains("#")) {
            String fragment = java.net.URLDecoder.decode(vexRef.substring(vexRef.indexOf('#') + 1), java.nio.charset.StandardCharsets.UTF_8);
            String serial = vexRef.substring("urn:cdx:".length(), vexRef.indexOf('#'));
            int slash = serial.indexOf('/');
            if (slash >= 0) serial = serial.substring(0, slash);
            String own = sbom.metadata().serialNumber();
            boolean sameBom = own == null || own.equalsIgnoreCase("urn:uuid:" + serial) || own.equalsIgnoreCase(serial);
            return sameBom && fragment.equals(ref);
        }
        return false;
    }

    /** Same package key, and the same version when the VEX purl gives one. */
    private static boolean samePackage(String vexPurl, String purl, String version) {
        Optional<PackageURL> a = PurlNormalizer.parse(vexPurl), b = PurlNormalizer.parse(purl);
        if (a.isEmpty() || b.isEmpty()) return vexPurl.equals(purl);
        if (!PurlNormalizer.fromPurl(a.get()).equals(PurlNormalizer.fromPurl(b.get()))) return false;
        String want = a.get().getVersion();
        if (want == null) return true;
        String have = b.get().getVersion() != null ? b.get().getVersion() : version;
        if (have == null) return false;
        if (want.equals(have)) return true;
        var scheme = VersionSchemes.forPurlType(a.get().getType());
        if (scheme.isEmpty()) return false;
        try {
            return scheme.get().parse(want).compareTo(scheme.get().parse(have)) == 0;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    private static boolean namesProduct(String name, Component subject) {
        String n = name.strip();
        return n.equalsIgnoreCase(subject.name()) || (subject.version() != null && n.equalsIgnoreCase(subject.name() + " " + subject.version()));
    }
}
