package dev.craft.server.sbom;

import dev.craft.sbom.Component;
import dev.craft.vuln.PackageKey;
import dev.craft.vuln.purl.PurlNormalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How the server names a component. {@code key}: unique within one release (the purl, or the bom-ref).
 * {@code identity}: the same across releases of a product, so that a triage decision can follow the
 * component from one release to the next: the matcher's {@link PackageKey} (a version-less, normalized
 * purl) when the purl parses, else group/name. {@code packageKey}: that same key, the monitoring's
 * reverse-lookup key, equal to what {@code MatchIndex.packageKeysOf} reports for an advisory.
 */
public record ComponentIdentity(String key, String identity, String packageKey) {

    public static ComponentIdentity of(Component c) {
        return of(c.ref(), c.group(), c.name(), c.purl().orElse(null));
    }

    public static ComponentIdentity of(String ref, String group, String name, String purl) {
        if (purl != null) {
            Optional<PackageKey> key = PurlNormalizer.fromPurl(purl);
            if (key.isPresent()) return new ComponentIdentity(purl, key.get().toString(), key.get().toString());
            // An unparseable purl still names the component uniquely; it just cannot be matched by package.
            return new ComponentIdentity(purl, nameIdentity(group, name), null);
        }
        return new ComponentIdentity("ref:" + ref, nameIdentity(group, name), null);
    }

    private static String nameIdentity(String group, String name) {
        return "name:" + (group == null || group.isBlank() ? "" : group.toLowerCase(Locale.ROOT) + "/") + name.toLowerCase(Locale.ROOT);
    }
}
