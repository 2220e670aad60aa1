package dev.craft.vuln.version.alpm;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;

/**
 * Arch Linux package versions ({@code [epoch:]version[-release]}) as pacman's {@code alpm_pkg_vercmp} orders them:
 * epoch first, then pacman's {@code rpmvercmp} on the version, then on the release when both have one. In pacman's
 * {@code rpmvercmp} a trailing letter run is older than nothing ({@code 1.5a < 1.5}) while a trailing
 * separator-plus-anything is newer ({@code 1.5 < 1.5.a}).
 */
public final class AlpmScheme implements VersionScheme {

    public static final AlpmScheme INSTANCE = new AlpmScheme();

    private AlpmScheme() {}

    @Override
    public String id() {
        return "alpm";
    }

    @Override
    public String implementation() {
        return "craft: pacman alpm_pkg_vercmp";
    }

    @Override
    public AlpmVersion parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new InvalidVersionException(id(), text, "empty");
        var split = VersionText.splitEpoch(id(), text, s);
        String epoch = split.epoch();
        s = split.rest();
        String release = null;
        int dash = s.lastIndexOf('-');
        if (dash >= 0) {
            release = s.substring(dash + 1);
            s = s.substring(0, dash);
        }
        return new AlpmVersion(text, epoch, s, release);
    }

    /** pacman's rpmvercmp (lib/libalpm/version.c). */
    static int rpmvercmp(String a, String b) {
        if (a.equals(b)) return 0;
        int one = 0, two = 0;
        int ptr1 = 0, ptr2 = 0;
        while (one < a.length() && two < b.length()) {
            while (one < a.length() && !isAlnum(a.charAt(one))) one++;
            while (two < b.length() && !isAlnum(b.charAt(two))) two++;
            if (one >= a.length() || two >= b.length()) break;
            if ((one - ptr1) != (two - ptr2)) return (one - ptr1) < (two - ptr2) ? -1 : 1;
            ptr1 = one;
            ptr2 = two;
            boolean isNum = VersionText.isDigit(a.charAt(ptr1));
            if (isNum) {
                while (ptr1 < a.length() && VersionText.isDigit(a.charAt(ptr1))) ptr1++;
                while (ptr2 < b.length() && VersionText.isDigit(b.charAt(ptr2))) ptr2++;
            } else {
                while (ptr1 < a.length() && VersionText.isAsciiLetter(a.charAt(ptr1))) ptr1++;
                while (ptr2 < b.length() && VersionText.isAsciiLetter(b.charAt(ptr2))) ptr2++;
            }
            if (two == ptr2) return isNum ? 1 : -1; // different segment types: a number beats letters
            String s1 = a.substring(one, ptr1), s2 = b.substring(two, ptr2);
            int c = isNum ? VersionText.compareDigits(s1, s2) : s1.compareTo(s2);
            if (c != 0) return c < 0 ? -1 : 1;
            one = ptr1;
            two = ptr2;
        }
        boolean endOne = one >= a.length(), endTwo = two >= b.length();
        if (endOne && endTwo) return 0;
        // A remaining letter run never beats an empty string; anything else remaining wins.
        if ((endOne && !VersionText.isAsciiLetter(b.charAt(two))) || (!endOne && VersionText.isAsciiLetter(a.charAt(one)))) {
            return -1;
        }
        return 1;
    }

    private static boolean isAlnum(char c) {
        return VersionText.isDigit(c) || VersionText.isAsciiLetter(c);
    }

    @Override
    public String toString() {
        return id();
    }

    /** An Arch version; {@code release} is null when absent. */
    public record AlpmVersion(String text, String epoch, String version, String release) implements Version {

        @Override
        public String scheme() {
            return "alpm";
        }

        @Override
        public boolean isPreRelease() {
            return false;
        }

        @Override
        public int compareTo(Version o) {
            AlpmVersion other = Version.sameScheme(this, o, AlpmVersion.class);
            int c = VersionText.compareDigits(epoch, other.epoch);
            if (c != 0) return c;
            c = rpmvercmp(version, other.version);
            if (c != 0 || release == null || other.release == null) return c;
            return rpmvercmp(release, other.release);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AlpmVersion v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return VersionText.coarseHash("alpm", epoch + ":" + version);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
