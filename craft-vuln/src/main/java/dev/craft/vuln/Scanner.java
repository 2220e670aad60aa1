package dev.craft.vuln;

import com.github.packageurl.PackageURL;
import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.vuln.Matcher.Evaluated;
import dev.craft.vuln.purl.PurlNormalizer;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionSchemes;
import dev.craft.vuln.vex.VexApplier;
import dev.craft.vuln.vex.VexStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scans an SBOM: looks every component up in the {@link MatchIndex} by package key, evaluates each candidate
 * advisory on the component's version, merges the advisories of one vulnerability into one {@link Finding}, applies
 * VEX, and reports what could not be checked. Safe for concurrent use; one instance serves many scans.
 *
 * <pre>
 * ScanResult r = new Scanner(MatchIndex.build(AdvisoryStore.load(db)), Clock.systemUTC()).scan(sbom, "bom.json", vex);
 * </pre>
 */
public final class Scanner {

    private final MatchIndex index;
    private final Clock clock;

    public Scanner(MatchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public ScanResult scan(Sbom sbom, String sbomName, List<VexStatement> vex) {
        long start = System.nanoTime();
        var paths = new DependencyPaths(sbom);
        var findings = new ArrayList<Finding>();
        var couldNotCheck = new ArrayList<CouldNotCheck>();
        int looked = 0, withFindings = 0, fallbacks = 0;
        for (Component c : sbom.components()) {
            var result = scanComponent(c, paths);
            if (result.looked) looked++;
            if (!result.findings.isEmpty()) withFindings++;
            findings.addAll(result.findings);
            couldNotCheck.addAll(result.couldNotCheck);
            for (Finding f : result.findings) if (f.explanations().stream().anyMatch(e -> e.fallback() != null)) fallbacks++;
        }
        var notes = new ArrayList<String>();
        List<Finding> applied = VexApplier.apply(findings, vex, sbom, notes);
        var sorted = new ArrayList<>(applied);
        sorted.sort(Finding.TRIAGE_ORDER);
        ComponentRef product = sbom.subject() == null ? null : ref(sbom.subject(), List.of(DependencyPaths.label(sbom.subject())),
                List.of(sbom.subject().ref()), sbom.subject().purl().orElse(null));
        long micros = (System.nanoTime() - start) / 1000;
        return new ScanResult(sbomName, product, clock.instant(), sorted, couldNotCheck, notes, index.sources(),
                new ScanResult.Stats(sbom.components().size(), looked, withFindings, index.advisories(), fallbacks, micros));
    }

    private record ComponentResult(boolean looked, List<Finding> findings, List<CouldNotCheck> couldNotCheck) {}

    private ComponentResult scanComponent(Component c, DependencyPaths paths) {
        if (c.purls().isEmpty()) {
            return new ComponentResult(false, List.of(), List.of(new CouldNotCheck(lazyRef(c, paths, null), "no purl: craft identifies packages by purl", List.of())));
        }
        var findings = new ArrayList<Finding>();
        var unknown = new ArrayList<CouldNotCheck>();
        boolean looked = false;
        Set<PackageKey> seen = new LinkedHashSet<>();
        for (String purl : c.purls()) {
            Optional<PackageURL> parsed = PurlNormalizer.parse(purl);
            if (parsed.isEmpty()) {
                unknown.add(new CouldNotCheck(lazyRef(c, paths, purl), "'" + purl + "' is not a valid package URL", List.of()));
                continue;
            }
            PackageKey key = PurlNormalizer.fromPurl(parsed.get());
            if (!seen.add(key)) continue;
            looked = true;
            List<IndexedAffected> candidates = index.lookup(key);
            if (candidates.isEmpty()) continue;
            String version = parsed.get().getVersion() != null ? parsed.get().getVersion() : c.version();
            if (version == null || version.isBlank()) {
                unknown.add(new CouldNotCheck(lazyRef(c, paths, purl), "no version: " + candidates.size() + " advisories name this package",
                        candidates.stream().map(e -> e.advisory.id()).distinct().toList()));
                continue;
            }
            var cache = new VersionCache(version);
            List<Evaluated> results = Matcher.evaluate(candidates, parsed.get(), key, cache);
            group(c, purl, key, cache, results, paths, findings, unknown);
        }
        return new ComponentResult(looked, findings, unknown);
    }

    /** Groups the non-negative outcomes by vulnerability (ids linked through aliases) and builds findings. */
    private void group(Component c, String purl, PackageKey key, VersionCache cache, List<Evaluated> results, DependencyPaths paths,
            List<Finding> findings, List<CouldNotCheck> unknown) {
        var relevant = new ArrayList<Evaluated>();
        for (Evaluated r : results) if (!(r.outcome() instanceof MatchOutcome.NotAffected)) relevant.add(r);
        if (relevant.isEmpty()) return;
        var groups = aliasGroups(relevant);
        VersionScheme scheme = VersionSchemes.forPurlType(key.type()).orElse(VersionSchemes.fallback());
        ComponentRef ref = null;
        Map<String, List<String>> unknownByReason = new LinkedHashMap<>();
        for (List<Evaluated> g : groups) {
            var affected = g.stream().filter(r -> r.outcome() instanceof MatchOutcome.Affected).toList();
            if (ref == null) ref = lazyRef(c, paths, purl);
            if (!affected.isEmpty()) {
                findings.add(FindingAssembler.assemble(ref, affected, index, scheme, cache));
            } else {
                for (Evaluated r : g) {
                    String reason = ((MatchOutcome.CouldNotCheck) r.outcome()).reason();
                    var ids = unknownByReason.computeIfAbsent(reason, k -> new ArrayList<>());
                    if (!ids.contains(r.entry().advisory.id())) ids.add(r.entry().advisory.id());
                }
            }
        }
        for (var e : unknownByReason.entrySet()) unknown.add(new CouldNotCheck(ref, e.getKey(), e.getValue()));
    }

    /** Union of advisories whose id sets overlap, in first-seen order. */
    static List<List<Evaluated>> aliasGroups(List<Evaluated> results) {
        Map<String, Integer> groupOfId = new HashMap<>();
        var groups = new ArrayList<List<Evaluated>>();
        for (Evaluated r : results) {
            Integer target = null;
            for (String id : r.entry().advisory.ids()) {
                Integer g = groupOfId.get(id);
                if (g != null && groups.get(g) != null) {
                    if (target == null) target = g;
                    else if (!g.equals(target)) {
                        groups.get(target).addAll(groups.get(g)); // merge two groups linked by this advisory
                        for (Evaluated moved : groups.get(g)) for (String mid : moved.entry().advisory.ids()) groupOfId.put(mid, target);
                        groups.set(g, null);
                    }
                }
            }
            if (target == null) {
                target = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(target).add(r);
            for (String id : r.entry().advisory.ids()) groupOfId.put(id, target);
        }
        return groups.stream().filter(g -> g != null).toList();
    }

    private static ComponentRef lazyRef(Component c, DependencyPaths paths, String purl) {
        List<String> refs = paths.refsTo(c);
        return ref(c, paths.labels(refs), refs, purl != null ? purl : c.purl().orElse(null));
    }

    private static ComponentRef ref(Component c, List<String> labels, List<String> refs, String purl) {
        return new ComponentRef(c.ref(), DependencyPaths.displayName(c), c.version(), purl, labels, refs);
    }
}
