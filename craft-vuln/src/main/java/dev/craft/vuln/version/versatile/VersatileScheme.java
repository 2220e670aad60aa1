package dev.craft.vuln.version.versatile;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import io.github.nscuro.versatile.VersionFactory;

/**
 * A scheme whose ordering comes from versatile (io.github.nscuro:versatile-core), used where versatile passed the
 * vers conformance data and our ecosystem tables: NuGet, Packagist (Composer), RPM and Alpine.
 *
 * <p>versatile's own {@code hashCode} hashes the text, so two versions that compare equal ({@code 1.00} and
 * {@code 1.0} in dpkg) can hash differently. This wrapper keeps {@code equals} as "compares equal" and uses
 * {@link VersionText#coarseHash}, which equal versions always share.
 */
public final class VersatileScheme implements VersionScheme {

    public static final VersatileScheme NUGET = new VersatileScheme("nuget", "nuget");
    public static final VersatileScheme COMPOSER = new VersatileScheme("composer", "composer");
    public static final VersatileScheme RPM = new VersatileScheme("rpm", "rpm");
    public static final VersatileScheme APK = new VersatileScheme("apk", "apk");

    private final String id;
    private final String versatileScheme;

    private VersatileScheme(String id, String versatileScheme) {
        this.id = id;
        this.versatileScheme = versatileScheme;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String implementation() {
        return "versatile-core 0.18.1, " + versatileScheme;
    }

    @Override
    public WrappedVersion parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new InvalidVersionException(id, text, "empty");
        if (s.length() > 256) throw new InvalidVersionException(id, text, "longer than 256 characters");
        try {
            return new WrappedVersion(id, text, VersionFactory.forScheme(versatileScheme, s));
        } catch (IllegalArgumentException | ArithmeticException e) { // versatile's InvalidVersionException and NumberFormatException
            throw new InvalidVersionException(id, text, e.getMessage() == null ? "rejected by versatile" : e.getMessage());
        }
    }

    @Override
    public String toString() {
        return id;
    }

    /** A versatile version under a craft scheme id. */
    public static final class WrappedVersion implements Version {
        private final String scheme;
        private final String text;
        private final io.github.nscuro.versatile.spi.Version delegate;

        WrappedVersion(String scheme, String text, io.github.nscuro.versatile.spi.Version delegate) {
            this.scheme = scheme;
            this.text = text;
            this.delegate = delegate;
        }

        @Override
        public String scheme() {
            return scheme;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public boolean isPreRelease() {
            return !delegate.isStable();
        }

        @Override
        public int compareTo(Version o) {
            WrappedVersion other = Version.sameScheme(this, o, WrappedVersion.class);
            if (!other.scheme.equals(scheme)) {
                throw new IllegalArgumentException("cannot compare " + scheme + " with " + other.scheme);
            }
            return Integer.signum(delegate.compareTo(other.delegate));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WrappedVersion v && v.scheme.equals(scheme) && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return VersionText.coarseHash(scheme, text);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
