package dev.craft.vuln.version.openssl;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSSL release versions: numbers ({@code 1.0.2}, {@code 3.0.13}), then the legacy letter suffix of 0.9.x to
 * 1.1.1 releases ({@code a} ... {@code z}, then {@code za} ... {@code zz}: shorter suffixes first, then by letter),
 * then an optional {@code -alpha1}/{@code -beta2}/{@code -pre3} pre-release that sorts before the release.
 */
public final class OpenSslScheme implements VersionScheme {

    public static final OpenSslScheme INSTANCE = new OpenSslScheme();

    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+){0,3})([a-z]*)(?:-([A-Za-z]+)(\\d*))?");

    private OpenSslScheme() {}

    @Override
    public String id() {
        return "openssl";
    }

    @Override
    public String implementation() {
        return "craft: OpenSSL release naming";
    }

    @Override
    public OpenSslVersion parse(String text) {
        Matcher m = VERSION.matcher(text.strip());
        if (!m.matches()) throw new InvalidVersionException(id(), text, "expected N.N.N[letters][-preN]");
        var numbers = new ArrayList<String>();
        for (String p : m.group(1).split("\\.")) numbers.add(VersionText.stripZeros(p));
        while (numbers.size() > 1 && numbers.get(numbers.size() - 1).equals("0")) numbers.remove(numbers.size() - 1);
        String pre = m.group(3) == null ? null : m.group(3).toLowerCase(java.util.Locale.ROOT);
        String preNumber = m.group(4) == null || m.group(4).isEmpty() ? "0" : VersionText.stripZeros(m.group(4));
        return new OpenSslVersion(text, numbers, m.group(2), pre, preNumber);
    }

    @Override
    public String toString() {
        return id();
    }

    /** An OpenSSL version; {@code preRelease} is null for a release. */
    public record OpenSslVersion(String text, List<String> numbers, String letters, String preRelease, String preNumber)
            implements Version {

        public OpenSslVersion {
            numbers = List.copyOf(numbers);
        }

        @Override
        public String scheme() {
            return "openssl";
        }

        @Override
        public boolean isPreRelease() {
            return preRelease != null;
        }

        @Override
        public int compareTo(Version o) {
            OpenSslVersion other = Version.sameScheme(this, o, OpenSslVersion.class);
            for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
                int c = VersionText.compareDigits(i < numbers.size() ? numbers.get(i) : "0",
                        i < other.numbers.size() ? other.numbers.get(i) : "0");
                if (c != 0) return c;
            }
            int c = letters.length() != other.letters.length()
                    ? Integer.compare(letters.length(), other.letters.length())
                    : Integer.signum(letters.compareTo(other.letters));
            if (c != 0) return c;
            if ((preRelease == null) != (other.preRelease == null)) return preRelease == null ? 1 : -1;
            if (preRelease == null) return 0;
            c = Integer.signum(preRelease.compareTo(other.preRelease));
            return c != 0 ? c : VersionText.compareDigits(preNumber, other.preNumber);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OpenSslVersion v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(numbers, letters, preRelease, preRelease == null ? null : preNumber);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
