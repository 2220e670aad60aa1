package dev.craft.vuln;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import java.util.IdentityHashMap;
import java.util.Map;

/** One component version, parsed once per scheme that needs it; remembers a failed parse too. */
final class VersionCache {
    private final String text;
    private final Map<VersionScheme, Object> parsed = new IdentityHashMap<>(4);

    VersionCache(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The version under {@code scheme}; throws the scheme's {@link InvalidVersionException} when it is not one. */
    Version get(VersionScheme scheme) {
        Object o = parsed.get(scheme);
        if (o == null) {
            try {
                o = scheme.parse(text);
            } catch (InvalidVersionException e) {
                o = e;
            }
            parsed.put(scheme, o);
        }
        if (o instanceof InvalidVersionException e) throw e;
        return (Version) o;
    }
}
