package dev.craft.sbom.diff;

import dev.craft.sbom.Component;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.purl.Purls;
import io.github.nscuro.versatile.VersionFactory;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two SBOMs of (usually) the same product. Components are matched by their purl without version
 * (so {@code pkg:maven/g/a@1} follows to {@code pkg:maven/g/a@2}), else by group, name and type. Versions are
 * ordered by the ecosystem's rules (versatile: Maven, npm, PyPI, Go, NuGet, Composer, Debian, RPM, Alpine,
 * RubyGems...) and by versatile's generic scheme where the ecosystem is unknown.
 */
public final class SbomDiffer {

    private SbomDiffer() {}

    public static SbomDiff diff(Sbom before, Sbom after) {
        Map<String, List<Component>> old = group(before.components());
        Map<String, List<Component>> now = group(after.components());
        var changes = new ArrayList<ComponentChange>();
        int unchanged = 0;
        var keys = new TreeSet<String>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            var olds = new ArrayList<>(old.getOrDefault(key, List.of()));
            var news = new ArrayList<>(now.getOrDefault(key, List.of()));
            // Same version on both sides first: these are unchanged or changed in place.
            for (Iterator<Component> it = olds.iterator(); it.hasNext(); ) {
                Component o = it.next();
                Component n = news.stream().filter(x -> Objects.equals(x.version(), o.version())).findFirst().orElse(null);
                if (n == null) continue;
                it.remove();
                news.remove(n);
                List<String> details = details(o, n);
                if (details.isEmpty()) unchanged++;
                else changes.add(new ComponentChange(ComponentChange.Kind.CHANGED, key, o, n, null, details));
            }
            while (!olds.isEmpty() && !news.isEmpty()) {
                Component o = olds.removeFirst();
                Component n = news.removeFirst();
                String scheme = scheme(n);
                int cmp = compare(scheme, o.version(), n.version());
                var kind = cmp <= 0 ? ComponentChange.Kind.UPGRADED : ComponentChange.Kind.DOWNGRADED;
                changes.add(new ComponentChange(kind, key, o, n, scheme, details(o, n)));
            }
            for (Component o : olds) changes.add(new ComponentChange(ComponentChange.Kind.REMOVED, key, o, null, null, List.of()));
            for (Component n : news) changes.add(new ComponentChange(ComponentChange.Kind.ADDED, key, null, n, null, List.of()));
        }
        return new SbomDiff(changes, unchanged);
    }

    static String key(Component c) {
        return c.purl().flatMap(Purls::versionlessKey).map(k -> "purl:" + k)
                .orElse("name:" + (c.group() == null ? "" : c.group() + "/") + c.name() + "|" + (c.type() == null ? "" : c.type()));
    }

    private static Map<String, List<Component>> group(List<Component> components) {
        var out = new LinkedHashMap<String, List<Component>>();
        for (Component c : components) out.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        return out;
    }

    private static String scheme(Component c) {
        return c.purl().flatMap(p -> Purls.type(p)).flatMap(KnownVersioningSchemes::fromPurlType).orElse(KnownVersioningSchemes.SCHEME_GENERIC);
    }

    /** Negative when {@code a} is older; a missing version sorts first; unparseable versions fall back to the generic scheme. */
    static int compare(String scheme, String a, String b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        try {
            return VersionFactory.forScheme(scheme, a).compareTo(VersionFactory.forScheme(scheme, b));
        } catch (RuntimeException e) {
            return VersionFactory.forScheme(KnownVersioningSchemes.SCHEME_GENERIC, a)
                    .compareTo(VersionFactory.forScheme(KnownVersioningSchemes.SCHEME_GENERIC, b));
        }
    }

    private static List<String> details(Component o, Component n) {
        var out = new ArrayList<String>();
        String ol = licences(o);
        String nl = licences(n);
        if (!ol.equals(nl)) out.add("licence: " + ol + " -> " + nl);
        if (!versionless(o.purls()).equals(versionless(n.purls())) || !sameQualifiers(o, n)) out.add("purl: " + o.purls() + " -> " + n.purls());
        if (!o.cpes().equals(n.cpes()) && !(o.version() != null && !Objects.equals(o.version(), n.version()))) out.add("cpe: " + o.cpes() + " -> " + n.cpes());
        if (Objects.equals(o.version(), n.version()) && !hashes(o).equals(hashes(n)) && !o.hashes().isEmpty()) out.add("hashes: " + hashes(o) + " -> " + hashes(n));
        if (!party(o.supplier()).equals(party(n.supplier()))) out.add("supplier: " + party(o.supplier()) + " -> " + party(n.supplier()));
        return out;
    }

    private static boolean sameQualifiers(Component o, Component n) {
        var op = o.purl().flatMap(Purls::tryParse);
        var np = n.purl().flatMap(Purls::tryParse);
        if (op.isEmpty() || np.isEmpty()) return op.isEmpty() == np.isEmpty();
        return op.get().qualifiers().equals(np.get().qualifiers());
    }

    private static List<String> versionless(List<String> purls) {
        return purls.stream().map(p -> Purls.versionlessKey(p).orElse(p)).toList();
    }

    private static String licences(Component c) {
        var set = new TreeSet<String>();
        for (License l : c.licenses()) if (l.isAssertion()) set.add(l.expression() != null ? l.expression() : l.name());
        return set.isEmpty() ? "(none)" : String.join(", ", set);
    }

    private static String hashes(Component c) {
        var set = new TreeSet<String>();
        for (Hash h : c.hashes()) set.add(h.algorithm() + ":" + h.value());
        return String.join(",", set);
    }

    private static String party(Party p) {
        return p == null || p.name() == null ? "(none)" : p.name();
    }
}
