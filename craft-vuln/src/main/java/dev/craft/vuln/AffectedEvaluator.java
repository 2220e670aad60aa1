package dev.craft.vuln;

import dev.craft.vuln.CompiledAffected.Constraints;
import dev.craft.vuln.CompiledAffected.Event;
import dev.craft.vuln.CompiledAffected.Range;
import dev.craft.vuln.range.NativeRange;
import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.rubygems.GemRequirement;
import dev.craft.vuln.version.rubygems.RubyGemsScheme.GemVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether one version is affected by one advisory entry, with the OSV semantics in full: events sorted by
 * version; introduced (with "0" for "since the beginning"), fixed, last_affected and limit; the explicit
 * {@code versions} list; {@code SEMVER} ranges in SemVer order, {@code ECOSYSTEM} ranges in the ecosystem's order.
 * {@code GIT} ranges name commits and cannot be evaluated on a version: an entry that has nothing else is
 * "could not check", never "affected". An entry with neither ranges nor versions is "could not check" too, unless the
 * converted database's own constraints say otherwise.
 */
final class AffectedEvaluator {

    private AffectedEvaluator() {}

    static MatchOutcome evaluate(IndexedAffected e, VersionCache v, String searchedBy, String distroFallback) {
        CompiledAffected c = e.compiled();
        String fallback = join(c.fallback(), distroFallback);
        if (c.constraints() != null) return constraints(e, c.constraints(), v, searchedBy, distroFallback, c.fixed());

        // 1. The explicit versions list.
        if (isListed(v, c)) {
            return new MatchOutcome.Affected(List.of(explain(e, searchedBy, c, "versions " + abbreviate(e.pkg.versions()), fallback,
                    v.text() + " is listed in the advisory's versions")), c.fixed());
        }
        // 2. SEMVER and ECOSYSTEM ranges.
        String firstError = null;
        var evaluated = new ArrayList<String>();
        for (Range r : c.ranges()) {
            if (r.error() != null) {
                if (firstError == null) firstError = r.error();
                continue;
            }
            Version version;
            try {
                version = v.get(r.scheme());
            } catch (InvalidVersionException x) {
                if (firstError == null) firstError = x.getMessage();
                continue;
            }
            evaluated.add(r.vers());
            String hit = inRange(version, r.events());
            if (hit != null) {
                return new MatchOutcome.Affected(List.of(explain(e, searchedBy, c, r.vers(), join(r.fallback(), distroFallback),
                        v.text() + " " + hit)), c.fixed());
            }
        }
        // 3. Nothing says affected: not affected, unless something could not be evaluated.
        if (firstError != null) {
            return new MatchOutcome.CouldNotCheck(firstError, List.of(explain(e, searchedBy, c, String.join(" ", evaluated), fallback, null)));
        }
        if (c.ranges().isEmpty() && e.pkg.versions().isEmpty()) {
            String reason = !c.gitRepos().isEmpty()
                    ? "the advisory gives only GIT ranges (commits in " + c.gitRepos().get(0) + "), which cannot be evaluated on a version"
                    : !c.unknownTypes().isEmpty() ? "the advisory gives only ranges of unknown type " + c.unknownTypes()
                    : "the advisory lists no affected ranges or versions (which does not mean every version)";
            return new MatchOutcome.CouldNotCheck(reason, List.of(explain(e, searchedBy, c, null, fallback, null)));
        }
        String range = evaluated.isEmpty() ? "versions " + abbreviate(e.pkg.versions()) : String.join(" ", evaluated);
        String note = c.ranges().isEmpty() && !c.gitRepos().isEmpty() ? "; its GIT ranges name commits and were not evaluated" : "";
        return new MatchOutcome.NotAffected(List.of(explain(e, searchedBy, c, range, fallback, v.text() + " is outside" + note)));
    }

    /** OSV's evaluation over sorted events; returns how the version falls inside, or null when it is outside. */
    static String inRange(Version v, List<Event> events) {
        boolean affected = false;
        Event intro = null, closing = null;
        var limits = new ArrayList<Version>();
        for (Event ev : events) {
            switch (ev.kind()) {
                case INTRODUCED -> {
                    if (ev.version() == null || v.compareTo(ev.version()) >= 0) {
                        affected = true;
                        intro = ev;
                        closing = null;
                    }
                }
                case FIXED -> {
                    if (v.compareTo(ev.version()) >= 0) affected = false;
                    else if (affected && closing == null) closing = ev;
                }
                case LAST_AFFECTED -> {
                    if (v.compareTo(ev.version()) > 0) affected = false;
                    else if (affected && closing == null) closing = ev;
                }
                case LIMIT -> limits.add(ev.version());
            }
        }
        if (affected && !limits.isEmpty() && limits.stream().noneMatch(l -> v.compareTo(l) < 0)) affected = false;
        if (!affected) return null;
        String from = intro.version() == null ? "is affected from the first version (introduced 0)" : ">= introduced " + intro.text();
        if (closing == null) return from + ", with no fixed version after it";
        return from + " and " + (closing.kind() == AffectedRange.Kind.FIXED ? "< fixed " : "<= last_affected ") + closing.text();
    }

    private static MatchOutcome constraints(IndexedAffected e, Constraints k, VersionCache v, String searchedBy, String distroFallback,
            List<String> fixed) {
        SourceConstraints sc = k.source();
        String described = describe(sc);
        if (k.error() != null) {
            return new MatchOutcome.CouldNotCheck("the advisory's original constraints cannot be read: " + k.error(),
                    List.of(explainConstraints(e, searchedBy, k, described, distroFallback, null)));
        }
        Version version;
        try {
            version = v.get(k.scheme());
        } catch (InvalidVersionException x) {
            return new MatchOutcome.CouldNotCheck(x.getMessage(), List.of(explainConstraints(e, searchedBy, k, described, distroFallback, null)));
        }
        String why;
        boolean affected;
        if (sc.syntax().equals("gem")) {
            GemVersion gv = (GemVersion) version;
            GemRequirement patched = k.gemPatched().stream().filter(r -> r.isSatisfiedBy(gv)).findFirst().orElse(null);
            GemRequirement unaffected = k.gemUnaffected().stream().filter(r -> r.isSatisfiedBy(gv)).findFirst().orElse(null);
            boolean vulnerable = k.vulnerable().isEmpty() || k.vulnerable().stream().anyMatch(r -> r.contains(version));
            affected = vulnerable && patched == null && unaffected == null;
            why = patched != null ? "satisfies patched '" + patched + "'" : unaffected != null ? "satisfies unaffected '" + unaffected + "'"
                    : "satisfies no patched or unaffected requirement";
        } else {
            NativeRange hit = k.vulnerable().stream().filter(r -> r.contains(version)).findFirst().orElse(null);
            NativeRange safe = firstContaining(k.patched(), version);
            if (safe == null) safe = firstContaining(k.unaffected(), version);
            affected = hit != null && safe == null;
            why = hit != null ? "is in vulnerable '" + hit.text() + "'" + (safe != null ? " but in '" + safe.text() + "'" : "")
                    : "is in no vulnerable range";
        }
        MatchExplanation ex = explainConstraints(e, searchedBy, k, described, distroFallback, v.text() + " " + why);
        return affected ? new MatchOutcome.Affected(List.of(ex), fixed) : new MatchOutcome.NotAffected(List.of(ex));
    }

    private static NativeRange firstContaining(List<NativeRange> ranges, Version v) {
        for (NativeRange r : ranges) if (r.contains(v)) return r;
        return null;
    }

    private static String describe(SourceConstraints sc) {
        var parts = new ArrayList<String>();
        if (!sc.vulnerable().isEmpty()) parts.add("vulnerable " + sc.vulnerable());
        if (!sc.patched().isEmpty()) parts.add("patched " + sc.patched());
        if (!sc.unaffected().isEmpty()) parts.add("unaffected " + sc.unaffected());
        return sc.syntax() + " constraints (" + sc.conversion() + "): " + String.join("; ", parts);
    }

    private static boolean isListed(VersionCache v, CompiledAffected c) {
        if (c.listedText().isEmpty()) return false;
        if (c.listedText().contains(v.text())) return true;
        try {
            return c.listed().contains(v.get(c.scheme()));
        } catch (InvalidVersionException x) {
            return false;
        }
    }

    private static MatchExplanation explain(IndexedAffected e, String searchedBy, CompiledAffected c, String range, String fallback, String detail) {
        return new MatchExplanation(e.advisory.id(), e.matcher, searchedBy, e.advisoryPackage(),
                c.scheme().id() + " (" + c.scheme().implementation() + ")", range == null || range.isEmpty() ? null : range, fallback, detail);
    }

    private static MatchExplanation explainConstraints(IndexedAffected e, String searchedBy, Constraints k, String range, String fallback,
            String detail) {
        String scheme = k.scheme() == null ? null : k.scheme().id() + " (" + k.scheme().implementation() + ")";
        return new MatchExplanation(e.advisory.id(), "source-constraints", searchedBy, e.advisoryPackage(), scheme, range, fallback, detail);
    }

    private static String abbreviate(List<String> versions) {
        if (versions.size() <= 6) return versions.toString();
        return "[" + String.join(", ", versions.subList(0, 3)) + ", ... " + (versions.size() - 4) + " more ..., " + versions.get(versions.size() - 1) + "]";
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + "; " + b;
    }
}
