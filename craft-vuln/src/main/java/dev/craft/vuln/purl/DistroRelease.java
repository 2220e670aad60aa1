package dev.craft.vuln.purl;

import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution release of a Linux package, from either side: an OSV ecosystem ({@code Debian:11},
 * {@code Alpine:v3.16}, {@code Ubuntu:22.04:LTS}, {@code Rocky Linux:8}) or a purl {@code distro} qualifier
 * ({@code debian-11}, {@code bullseye}, {@code alpine-3.16.2}, {@code ubuntu-22.04}). Releases are compared as
 * numbers at dot boundaries, so a point release belongs to its release ({@code 11.6} is in {@code 11},
 * {@code 3.16.2} in {@code 3.16}).
 */
public final class DistroRelease {

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)*)");
    private static final Map<String, String> CODENAMES = Map.ofEntries(
            Map.entry("jessie", "8"), Map.entry("stretch", "9"), Map.entry("buster", "10"), Map.entry("bullseye", "11"),
            Map.entry("bookworm", "12"), Map.entry("trixie", "13"), Map.entry("forky", "14"),
            Map.entry("xenial", "16.04"), Map.entry("bionic", "18.04"), Map.entry("focal", "20.04"), Map.entry("jammy", "22.04"),
            Map.entry("noble", "24.04"));

    private DistroRelease() {}

    /** The release in an OSV ecosystem string, or null when it names none ({@code Debian}). */
    public static String fromOsvEcosystem(String ecosystem) {
        int colon = ecosystem.indexOf(':');
        if (colon < 0) return null;
        return number(ecosystem.substring(colon + 1));
    }

    /** The release in a purl's {@code distro} qualifier, or null when it has none. */
    public static String fromPurl(PackageURL purl) {
        Map<String, String> q = purl.getQualifiers();
        if (q == null) return null;
        String distro = q.get("distro");
        if (distro == null || distro.isBlank()) return null;
        String d = distro.toLowerCase(Locale.ROOT);
        for (var e : CODENAMES.entrySet()) if (d.contains(e.getKey())) return e.getValue();
        return number(d);
    }

    /** True when the releases are the same, or one is a point release of the other. */
    public static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        return a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    private static String number(String s) {
        Matcher m = NUMBER.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
