package dev.craft.vuln.version;

/**
 * A version parsed under one {@link VersionScheme}. Versions are parsed once (when an advisory is indexed or a
 * component is looked up) and then compared many times.
 *
 * <p>{@link #compareTo} orders versions the way the ecosystem's own tool does (Maven's resolver, pip, npm, Go,
 * dpkg, rpm, apk, RubyGems, ...). Two versions of different schemes are not comparable: comparing them throws
 * {@link IllegalArgumentException}. {@code compareTo(x) == 0} means "the same version for this ecosystem"
 * ({@code 1.0} and {@code 1.0.0} are equal in PyPI, not in Gentoo), which is why implementations override
 * {@code equals} and {@code hashCode} consistently with {@code compareTo}.
 */
public interface Version extends Comparable<Version> {

    /** The id of the scheme that parsed this version, e.g. {@code pypi}. */
    String scheme();

    /** The text as it was given. */
    String text();

    /** True when the ecosystem treats this as a pre-release (alpha, beta, rc, dev, snapshot, ...). */
    boolean isPreRelease();

    /** Throws unless {@code other} comes from the same scheme; returns it for chaining. */
    static <T extends Version> T sameScheme(Version self, Version other, Class<T> type) {
        if (type.isInstance(other)) return type.cast(other);
        throw new IllegalArgumentException("cannot compare " + self.scheme() + " version '" + self.text() + "' with "
                + other.scheme() + " version '" + other.text() + "'");
    }
}
