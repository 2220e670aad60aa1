package dev.craft.bench.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.craft.sbom.Component;
import dev.craft.sbom.DependencyGraph;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomMetadata;
import dev.craft.vuln.AffectedPackage;
import dev.craft.vuln.AffectedRange;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.PackageKey;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.Severity;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Inputs of the vulnerability benchmarks: the shared OSV files and KEV catalogue (../shared/data, or the
 * {@code craft.shared.data} system property), a 10,000-component SBOM built from the real package names in those
 * advisories, and synthetic advisories by the million.
 */
final class BenchData {

    private BenchData() {}

    static Path shared() {
        String p = System.getProperty("craft.shared.data");
        Path dir = p != null ? Path.of(p) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(dir.resolve("osv"))) {
            throw new IllegalStateException("shared data not found at " + dir.toAbsolutePath() + " (set -Dcraft.shared.data=DIR)");
        }
        return dir;
    }

    static List<Path> osvFiles() {
        try (Stream<Path> s = Files.list(shared().resolve("osv"))) {
            return s.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports every shared OSV file and the KEV catalogue into a new in-memory store. */
    static AdvisoryStore importAll() {
        AdvisoryStore s = AdvisoryStore.empty();
        for (Path f : osvFiles()) {
            String name = "osv-" + f.getFileName().toString().replace(".jsonl.gz", "");
            s = s.with(AdvisoryStore.read(SourceKind.OSV, name, f, f.toString(), Clock.systemUTC(), ProgressListener.NONE));
        }
        Path kev = shared().resolve("kev/known_exploited_vulnerabilities.json");
        return s.with(AdvisoryStore.read(SourceKind.KEV, "kev", kev, kev.toString(), Clock.systemUTC(), ProgressListener.NONE));
    }

    /**
     * An SBOM of {@code size} components: real package identities from the advisories (every ecosystem with a purl
     * type, in store order), each at a version taken from its advisory (an introduced, fixed or listed version, so
     * that some match and some do not), under 100 top-level dependencies.
     */
    static Sbom realSbom(AdvisoryStore store, int size) {
        Map<PackageKey, String> picked = new LinkedHashMap<>();
        for (Advisory a : store.advisories()) {
            for (PackageKey key : MatchIndex.packageKeysOf(a)) {
                if (picked.size() >= size) break;
                if (picked.containsKey(key)) continue;
                picked.put(key, versionFor(a, picked.size()));
            }
        }
        int n = 0;
        // Fill up with near-miss names when the data has fewer packages than asked for.
        var keys = new ArrayList<>(picked.keySet());
        while (picked.size() < size) {
            PackageKey k = keys.get(n++ % keys.size());
            picked.put(new PackageKey(k.type(), k.namespace(), k.name() + "-x" + n), "1.0.0");
        }
        var components = new ArrayList<Component>(size);
        var deps = new LinkedHashMap<String, List<String>>();
        var top = new ArrayList<String>();
        int i = 0;
        for (var e : picked.entrySet()) {
            String ref = "c" + i;
            components.add(component(ref, e.getKey(), e.getValue()));
            if (i % 100 == 0) top.add(ref);
            else deps.computeIfAbsent("c" + (i - i % 100), k -> new ArrayList<>()).add(ref);
            i++;
        }
        deps.put("root", top);
        Component root = new Component("root", "application", null, "bench-product", "1.0", null, null, List.of(), List.of(), List.of(), null,
                List.of(), List.of(), List.of(), List.of(), null, null, null);
        var meta = new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "1.6", null, 1, null, null, List.of(), null, null, List.of(), List.of(),
                List.of(), List.of());
        return new Sbom(meta, root, components, DependencyGraph.of(deps), List.of());
    }

    private static String versionFor(Advisory a, int i) {
        for (AffectedPackage p : a.affected()) {
            for (AffectedRange r : p.ranges()) {
                var events = r.events();
                if (!r.type().equals("GIT") && !events.isEmpty()) {
                    String v = events.get(i % events.size()).version();
                    if (!v.equals("0")) return v;
                }
            }
            if (!p.versions().isEmpty()) return p.versions().get(i % p.versions().size());
        }
        return "1.0.0";
    }

    static Component component(String ref, PackageKey key, String version) {
        String purl;
        try {
            purl = new PackageURL(key.type(), key.namespace().isEmpty() ? null : key.namespace(), key.name(), version, null, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            purl = key + "@" + version;
        }
        return new Component(ref, "library", null, key.name(), version, null, null, List.of(), List.of(purl), List.of(), null, List.of(),
                List.of(), List.of(), List.of(), null, null, null);
    }

    /**
     * {@code count} synthetic advisories over {@code count / 5} npm packages (five each), each with a CVE alias, a
     * summary, a CVSS vector and one range, shaped like real GHSA records.
     */
    static AdvisoryStore synthetic(int count) {
        var list = new ArrayList<Advisory>(count);
        String vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
        for (int i = 0; i < count; i++) {
            int pkg = i / 5, minor = i % 5;
            var events = List.of(new AffectedRange.Event(AffectedRange.Kind.INTRODUCED, minor + ".0.0"),
                    new AffectedRange.Event(AffectedRange.Kind.FIXED, minor + ".5.0"));
            var affected = new AffectedPackage("npm", "synthetic-package-" + pkg, null, List.of(new AffectedRange("ECOSYSTEM", null, events)),
                    List.of(), List.of(), null);
            list.add(new Advisory(String.format("SYN-%07d", i), List.of(String.format("CVE-2099-%07d", i)),
                    "Synthetic vulnerability " + i + " in synthetic-package-" + pkg, null, Instant.EPOCH, Instant.EPOCH, null,
                    List.of(new Severity("CVSS_V3", vector)), List.of(affected), List.of(), "synthetic"));
        }
        var info = new SourceInfo("synthetic", SourceKind.OSV, "generated", Instant.now(), "-", 0, count, 0, 0, Map.of("npm", count), null,
                null, null, null, List.of());
        return AdvisoryStore.of(List.of(new SourceSnapshot(info, new SourceSnapshot.OsvContent(list))));
    }

    /** An SBOM of {@code size} components over the synthetic packages, at versions inside and outside the ranges. */
    static Sbom syntheticSbom(int packages, int size) {
        var components = new ArrayList<Component>(size);
        for (int i = 0; i < size; i++) {
            int pkg = (int) ((i * 7919L) % packages);
            components.add(component("s" + i, new PackageKey("npm", "", "synthetic-package-" + pkg), (i % 5) + "." + (i % 9) + ".0"));
        }
        var meta = new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "1.6", null, 1, null, null, List.of(), null, null, List.of(), List.of(),
                List.of(), List.of());
        return new Sbom(meta, null, components, DependencyGraph.empty(), List.of());
    }
}
