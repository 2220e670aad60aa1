package dev.craft.vuln;

/**
 * One {@code affected[]} entry of one advisory, as the index holds it: keyed by package, with its ranges compiled
 * (versions parsed, events sorted) on first use and then kept, so that each range is parsed once however many
 * components are looked up against it.
 */
final class IndexedAffected {

    final Advisory advisory;
    final AffectedPackage pkg;
    final PackageKey key;
    /** {@code purl} when the key came from the advisory's purl, {@code ecosystem} when from ecosystem and name. */
    final String matcher;
    /** The distribution release of a Linux ecosystem ({@code 11} for {@code Debian:11}); null otherwise. */
    final String distroRelease;

    private volatile CompiledAffected compiled;

    IndexedAffected(Advisory advisory, AffectedPackage pkg, PackageKey key, String matcher, String distroRelease) {
        this.advisory = advisory;
        this.pkg = pkg;
        this.key = key;
        this.matcher = matcher;
        this.distroRelease = distroRelease;
    }

    CompiledAffected compiled() {
        CompiledAffected c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) compiled = c = CompiledAffected.compile(this);
            }
        }
        return c;
    }

    /** How the advisory names the package, for explanations: {@code PyPI django} or its purl. */
    String advisoryPackage() {
        return pkg.purl() != null ? pkg.purl() : pkg.ecosystem() + " " + pkg.name();
    }
}
