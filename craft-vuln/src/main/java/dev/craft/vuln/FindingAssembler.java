package dev.craft.vuln;

import dev.craft.vuln.Matcher.Evaluated;
import dev.craft.vuln.cvss.CvssCalculator;
import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one {@link Finding} from the advisories that affect one component and name the same vulnerability:
 * picks the id to file it under, merges aliases, computes CVSS from the vectors, adds EPSS and exploitation
 * evidence, orders the fixed versions and finds the nearest fixing upgrade.
 */
final class FindingAssembler {

    private FindingAssembler() {}

    static Finding assemble(ComponentRef component, List<Evaluated> affected, MatchIndex index, VersionScheme scheme, VersionCache current) {
        var advisories = new ArrayList<Advisory>();
        for (Evaluated e : affected) if (!advisories.contains(e.entry().advisory)) advisories.add(e.entry().advisory);
        advisories.sort(Comparator.comparing((Advisory a) -> idRank(a.id())).thenComparing(Advisory::id));
        Set<String> ids = new LinkedHashSet<>();
        for (Advisory a : advisories) ids.addAll(a.ids());
        ids.addAll(index.euvdIds(ids));
        String vulnerabilityId = preferredId(ids, advisories.get(0).id());
        var aliases = new TreeSet<>(ids);
        aliases.remove(vulnerabilityId);

        var explanations = new ArrayList<MatchExplanation>();
        var fixed = new ArrayList<String>();
        for (Evaluated e : affected) {
            explanations.addAll(e.outcome().explanations());
            if (e.outcome() instanceof MatchOutcome.Affected a) for (String f : a.fixedVersions()) if (!fixed.contains(f)) fixed.add(f);
        }
        // A "fixed" event that the next range re-introduces at once (FriendsOfPHP writes one range per release branch)
        // is the end of a branch, not a fix: only versions that clear every advisory of the finding are listed.
        List<String> orderedFixed = order(fixed, scheme).stream().filter(v -> clears(v, affected)).toList();
        List<CvssScore> cvss = cvss(advisories, affected);
        SeverityLevel severity = severity(cvss, advisories, affected);
        EpssScore epss = null;
        for (String id : ids) {
            var s = index.epss(id);
            if (s.isPresent() && (epss == null || s.get().epss() > epss.epss())) epss = s.get();
        }
        String summary = advisories.stream().map(Advisory::summary).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
        String details = advisories.stream().map(Advisory::details).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
        if (summary == null && details != null) summary = firstSentence(details);
        return new Finding(component, vulnerabilityId, List.copyOf(aliases), advisories.stream().map(Advisory::id).toList(), summary, details,
                cvss, severity, epss, index.exploitation(ids), orderedFixed, nearestFix(orderedFixed, scheme, current),
                explanations, null, references(advisories), published(advisories), modified(advisories));
    }

    /** CVE first, then GHSA, then anything else: the id people and authorities know a vulnerability by. */
    static String preferredId(Set<String> ids, String fallback) {
        return ids.stream().filter(i -> i.startsWith("CVE-")).findFirst()
                .or(() -> ids.stream().filter(i -> i.startsWith("GHSA-")).findFirst())
                .orElse(fallback);
    }

    private static int idRank(String id) {
        return id.startsWith("GHSA-") ? 0 : id.startsWith("CVE-") ? 1 : 2;
    }

    private static List<CvssScore> cvss(List<Advisory> advisories, List<Evaluated> affected) {
        Map<String, CvssScore> byVector = new LinkedHashMap<>();
        var numbers = new ArrayList<CvssScore>();
        for (Advisory a : advisories) {
            var sev = new ArrayList<>(a.severities());
            for (Evaluated e : affected) if (e.entry().advisory == a) sev.addAll(e.entry().pkg.severities());
            for (Severity s : sev) {
                switch (s.type()) {
                    case "CVSS_V3", "CVSS_V4", "CVSS_V2" -> score(s.score(), a.id()).ifPresent(c -> byVector.putIfAbsent(c.vector(), c));
                    case "CVSS_V3_SCORE", "CVSS_V4_SCORE" -> {
                        try {
                            double d = Double.parseDouble(s.score());
                            if (d >= 0 && d <= 10) numbers.add(new CvssScore(s.type().equals("CVSS_V4_SCORE") ? "4.0" : "3.x", null, d, false, a.id()));
                        } catch (NumberFormatException ignored) {
                            // not a number: no score
                        }
                    }
                    default -> { }
                }
            }
        }
        var out = new ArrayList<>(byVector.values());
        for (CvssScore n : numbers) if (out.stream().noneMatch(c -> c.version().charAt(0) == n.version().charAt(0))) out.add(n);
        out.sort(Comparator.comparing((CvssScore c) -> c.version().startsWith("2")).thenComparing(c -> -c.baseScore()));
        return out;
    }

    /** Scores by vector, computed once: thousands of findings share a few hundred vectors. */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<CvssScore>> SCORES = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Optional<CvssScore> score(String vector, String advisoryId) {
        if (SCORES.size() > 100_000) SCORES.clear();
        return SCORES.computeIfAbsent(vector, v -> CvssCalculator.score(v, ""))
                .map(c -> new CvssScore(c.version(), c.vector(), c.baseScore(), c.computed(), advisoryId));
    }

    /** The highest v3/v4 level; else the rating words of the advisories; else v2; else unknown. */
    private static SeverityLevel severity(List<CvssScore> cvss, List<Advisory> advisories, List<Evaluated> affected) {
        SeverityLevel best = null;
        for (CvssScore c : cvss) if (!c.version().startsWith("2") && (best == null || c.level().rank() > best.rank())) best = c.level();
        if (best != null) return best;
        for (Advisory a : advisories) {
            var sev = new ArrayList<>(a.severities());
            for (Evaluated e : affected) if (e.entry().advisory == a) sev.addAll(e.entry().pkg.severities());
            for (Severity s : sev) {
                if (s.type().equals("TEXT")) {
                    SeverityLevel l = SeverityLevel.fromText(s.score());
                    if (l != SeverityLevel.UNKNOWN && (best == null || l.rank() > best.rank())) best = l;
                }
            }
        }
        if (best != null) return best;
        for (CvssScore c : cvss) if (best == null || c.level().rank() > best.rank()) best = c.level();
        return best == null ? SeverityLevel.UNKNOWN : best;
    }

    /** Fixed versions in the ecosystem's order; those the scheme cannot read go last, as written. */
    private static List<String> order(List<String> fixed, VersionScheme scheme) {
        var parsed = new ArrayList<Version>();
        var rest = new ArrayList<String>();
        for (String f : fixed) {
            try {
                Version v = scheme.parse(f);
                if (parsed.stream().noneMatch(p -> p.compareTo(v) == 0)) parsed.add(v);
            } catch (InvalidVersionException e) {
                rest.add(f);
            }
        }
        parsed.sort(null);
        var out = new ArrayList<String>();
        for (Version v : parsed) out.add(v.text());
        out.addAll(rest);
        return out;
    }

    /**
     * The lowest fixed version above the current one (the list holds only versions at which every advisory of the
     * finding says "not affected"); null when there is none: no fix yet, or only fixes on older branches.
     */
    static String nearestFix(List<String> ordered, VersionScheme scheme, VersionCache current) {
        Version now;
        try {
            now = current.get(scheme);
        } catch (InvalidVersionException e) {
            return null;
        }
        for (String candidate : ordered) {
            Version v;
            try {
                v = scheme.parse(candidate);
            } catch (InvalidVersionException e) {
                continue;
            }
            if (v.compareTo(now) > 0) return candidate; // the list holds only versions that clear every advisory
        }
        return null;
    }

    /** True when no advisory of the finding affects {@code version}. */
    private static boolean clears(String version, List<Evaluated> affected) {
        var cache = new VersionCache(version);
        for (Evaluated e : affected) {
            if (!(AffectedEvaluator.evaluate(e.entry(), cache, "", null) instanceof MatchOutcome.NotAffected)) return false;
        }
        return true;
    }

    private static List<String> references(List<Advisory> advisories) {
        var out = new LinkedHashSet<String>();
        for (Advisory a : advisories) for (Advisory.Reference r : a.references()) if (r.type().equals("ADVISORY")) out.add(r.url());
        for (Advisory a : advisories) for (Advisory.Reference r : a.references()) out.add(r.url());
        return out.stream().limit(20).toList();
    }

    private static Instant published(List<Advisory> advisories) {
        return advisories.stream().map(Advisory::published).filter(FindingAssembler::plausible).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant modified(List<Advisory> advisories) {
        return advisories.stream().map(Advisory::modified).filter(FindingAssembler::plausible).max(Comparator.naturalOrder()).orElse(null);
    }

    /** go-vulndb writes year 1 for "unknown". */
    private static boolean plausible(Instant i) {
        return i != null && i.getEpochSecond() > 0;
    }

    private static String firstSentence(String details) {
        String s = details.strip().replaceAll("\\s+", " ");
        int dot = s.indexOf(". ");
        if (dot > 0 && dot < 200) return s.substring(0, dot + 1);
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }
}
