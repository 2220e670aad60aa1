package dev.craft.vuln;

import com.github.packageurl.PackageURL;
import dev.craft.vuln.purl.DistroRelease;
import dev.craft.vuln.purl.PurlNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches package versions against advisories. Stateless apart from the index; safe for concurrent use.
 *
 * <pre>
 * Matcher m = new Matcher(index);
 * m.match(advisory, "pkg:pypi/django@3.2.1");      // the server's path for one new advisory
 * m.lookup("pkg:npm/lodash@4.17.20");               // every advisory for one package version
 * </pre>
 */
public final class Matcher {

    private final MatchIndex index;

    public Matcher(MatchIndex index) {
        this.index = index;
    }

    public MatchIndex index() {
        return index;
    }

    /**
     * Evaluates one advisory for one package version, given as a purl with its version. This is the server's path when
     * an advisory is new or changed: {@link MatchIndex#packageKeysOf} finds the stored components to ask about.
     *
     * @return affected, not affected, or could not check; not affected when the advisory does not name the package
     */
    public MatchOutcome match(Advisory advisory, String purl) {
        Optional<PackageURL> p = PurlNormalizer.parse(purl);
        if (p.isEmpty()) return new MatchOutcome.CouldNotCheck("'" + purl + "' is not a valid package URL", List.of());
        if (p.get().getVersion() == null) return new MatchOutcome.CouldNotCheck("'" + purl + "' has no version", List.of());
        if (advisory.isWithdrawn()) return new MatchOutcome.NotAffected(List.of());
        PackageKey key = PurlNormalizer.fromPurl(p.get());
        var entries = new ArrayList<IndexedAffected>();
        for (IndexedAffected e : MatchIndex.entries(advisory)) if (e.key.equals(key)) entries.add(e);
        return combine(evaluate(entries, p.get(), key, new VersionCache(p.get().getVersion())));
    }

    /** Every advisory outcome (affected or could-not-check; not-affected ones omitted) for one purl with a version. */
    public List<MatchOutcome> lookup(String purl) {
        Optional<PackageURL> p = PurlNormalizer.parse(purl);
        if (p.isEmpty()) return List.of(new MatchOutcome.CouldNotCheck("'" + purl + "' is not a valid package URL", List.of()));
        PackageKey key = PurlNormalizer.fromPurl(p.get());
        List<IndexedAffected> entries = index.lookup(key);
        if (entries.isEmpty()) return List.of();
        if (p.get().getVersion() == null) return List.of(new MatchOutcome.CouldNotCheck("'" + purl + "' has no version", List.of()));
        var out = new ArrayList<MatchOutcome>();
        for (var r : evaluate(entries, p.get(), key, new VersionCache(p.get().getVersion()))) {
            if (!(r.outcome() instanceof MatchOutcome.NotAffected)) out.add(r.outcome());
        }
        return out;
    }

    /** An entry and what it said. */
    record Evaluated(IndexedAffected entry, MatchOutcome outcome) {}

    /** Evaluates entries for one component version, skipping entries of another distribution release. */
    static List<Evaluated> evaluate(List<IndexedAffected> entries, PackageURL purl, PackageKey key, VersionCache version) {
        String componentRelease = purl == null ? null : DistroRelease.fromPurl(purl);
        String searchedBy = key.toString();
        var out = new ArrayList<Evaluated>(entries.size());
        for (IndexedAffected e : entries) {
            String distroNote = null;
            if (e.distroRelease != null) {
                if (componentRelease != null && !DistroRelease.same(componentRelease, e.distroRelease)) continue;
                if (componentRelease == null) {
                    distroNote = "the component's purl names no distribution release (distro qualifier); evaluated against " + e.pkg.ecosystem();
                }
            }
            out.add(new Evaluated(e, AffectedEvaluator.evaluate(e, version, searchedBy, distroNote)));
        }
        return out;
    }

    static MatchOutcome combine(List<Evaluated> results) {
        var affected = new ArrayList<MatchExplanation>();
        var fixed = new ArrayList<String>();
        var all = new ArrayList<MatchExplanation>();
        String unknown = null;
        for (Evaluated r : results) {
            all.addAll(r.outcome().explanations());
            switch (r.outcome()) {
                case MatchOutcome.Affected a -> {
                    affected.addAll(a.explanations());
                    for (String f : a.fixedVersions()) if (!fixed.contains(f)) fixed.add(f);
                }
                case MatchOutcome.CouldNotCheck c -> {
                    if (unknown == null) unknown = c.reason();
                }
                case MatchOutcome.NotAffected n -> { }
            }
        }
        if (!affected.isEmpty()) return new MatchOutcome.Affected(affected, fixed);
        if (unknown != null) return new MatchOutcome.CouldNotCheck(unknown, all);
        return new MatchOutcome.NotAffected(all);
    }
}
