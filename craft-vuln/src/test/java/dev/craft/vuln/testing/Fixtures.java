package dev.craft.vuln.testing;

import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import dev.craft.vuln.ingest.Importers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A small hand-written world for scanner and output tests: one Maven library with two advisories of one
 * vulnerability (linked by aliases), a second vulnerability with a rating word only, an npm record without ranges,
 * KEV, EPSS and EUVD fixtures, and an SBOM with a dependency path and components that cannot be checked.
 */
public final class Fixtures {

    private Fixtures() {}

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2099-02-01T00:00:00Z"), ZoneOffset.UTC);

    public static Path resource(String name) throws Exception {
        return Path.of(Fixtures.class.getResource("/feeds/" + name).toURI());
    }

    public static AdvisoryStore store() throws Exception {
        Advisory ghsa = Importers.parseOsv("""
                {"id": "GHSA-aaaa-bbbb-cccc", "aliases": ["CVE-2099-1001"], "summary": "Deserialization in demo-lib",
                 "modified": "2099-01-05T00:00:00Z", "published": "2099-01-01T00:00:00Z",
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"},
                              {"type": "CVSS_V4", "score": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}],
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.example:demo-lib"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.2.5"}]},
                              {"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"fixed": "2.3.1"}]}]}],
                 "references": [{"type": "ADVISORY", "url": "https://example.org/GHSA-aaaa-bbbb-cccc"}]}""", "osv-test");
        Advisory other = Importers.parseOsv("""
                {"id": "EXAMPLE-2099-7", "aliases": ["CVE-2099-1001", "GHSA-aaaa-bbbb-cccc"], "details": "The same flaw, another database.",
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.example:demo-lib"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"fixed": "2.3.0"}]}]}]}""", "osv-test");
        Advisory second = Importers.parseOsv("""
                {"id": "GHSA-dddd-eeee-ffff", "aliases": ["CVE-2099-1003"], "summary": "A second flaw",
                 "database_specific": {"severity": "MODERATE"},
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.example:demo-lib"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"last_affected": "2.2.9"}]}]}]}""", "osv-test");
        Advisory noRanges = Importers.parseOsv("""
                {"id": "EXAMPLE-NR-1", "affected": [{"package": {"ecosystem": "npm", "name": "leftpad-ish"}}]}""", "osv-test");
        AdvisoryStore s = AdvisoryStore.of(List.of(snapshot(ghsa, other, second, noRanges)));
        s = s.with(AdvisoryStore.read(SourceKind.KEV, "kev", resource("kev-sample.json"), "kev", CLOCK, ProgressListener.NONE));
        s = s.with(AdvisoryStore.read(SourceKind.EPSS, "epss", resource("epss-sample.csv"), "epss", CLOCK, ProgressListener.NONE));
        s = s.with(AdvisoryStore.read(SourceKind.EUVD, "euvd", resource("euvd-exploited-sample.json"), "euvd", CLOCK, ProgressListener.NONE));
        return s;
    }

    public static Sbom sbom() {
        Component product = TestSboms.component("app", "app", "1.0", "pkg:maven/org.example/app@1.0");
        Component framework = TestSboms.component("fw", "framework", "5.0", "pkg:maven/org.example/framework@5.0");
        Component lib = TestSboms.component("lib", "demo-lib", "2.2.0", "pkg:maven/org.example/demo-lib@2.2.0?type=jar");
        Component noPurl = TestSboms.component("np", "mystery", "1.0", null);
        Component badPurl = TestSboms.component("bp", "broken", "1.0", "pkg:/nope");
        Component noRanges = TestSboms.component("lp", "leftpad-ish", "1.0.0", "pkg:npm/leftpad-ish@1.0.0");
        return TestSboms.of(product, List.of(framework, lib, noPurl, badPurl, noRanges),
                Map.of("app", List.of("fw", "lp"), "fw", List.of("lib")));
    }

    public static SourceSnapshot snapshot(Advisory... advisories) {
        var info = new SourceInfo("test", SourceKind.OSV, "test", Instant.EPOCH, "0", 0, advisories.length, 0, 0, Map.of(), null, null, null,
                null, List.of());
        return new SourceSnapshot(info, new SourceSnapshot.OsvContent(List.of(advisories)));
    }
}
