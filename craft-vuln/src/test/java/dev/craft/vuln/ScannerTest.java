package dev.craft.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.vuln.ingest.Importers;
import dev.craft.vuln.testing.Fixtures;
import dev.craft.vuln.testing.TestSboms;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole scan over a small store: merging, enrichment, fixes, paths and what cannot be checked. */
class ScannerTest {

    @Test
    void shouldMergeAdvisoriesOfOneVulnerabilityIntoOneEnrichedFinding() throws Exception {
        ScanResult r = new Scanner(MatchIndex.build(Fixtures.store()), Fixtures.CLOCK).scan(Fixtures.sbom(), "bom.json", List.of());
        Finding f = r.findings().stream().filter(x -> x.vulnerabilityId().equals("CVE-2099-1001")).findFirst().orElseThrow();
        assertThat(f.aliases()).containsExactly("EXAMPLE-2099-7", "GHSA-aaaa-bbbb-cccc");
        assertThat(f.advisoryIds()).containsExactly("GHSA-aaaa-bbbb-cccc", "EXAMPLE-2099-7");
        assertThat(f.summary()).isEqualTo("Deserialization in demo-lib");
        assertThat(f.cvss3().baseScore()).isEqualTo(9.8);
        assertThat(f.cvss4().baseScore()).isEqualTo(9.3);
        assertThat(f.severity()).isEqualTo(SeverityLevel.CRITICAL);
        assertThat(f.exploited()).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo(Exploited.KEV);
            assertThat(x.since()).isEqualTo(LocalDate.of(2099, 1, 2));
            assertThat(x.dueDate()).isEqualTo(LocalDate.of(2099, 1, 23));
            assertThat(x.ransomware()).isTrue();
        });
        assertThat(f.epss().epss()).isEqualTo(0.97123, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(f.fixedVersions()).as("2.3.0 fixes one advisory but not the other: not a fix").containsExactly("1.2.5", "2.3.1");
        assertThat(f.nearestFix()).isEqualTo("2.3.1");
        assertThat(f.component().path()).containsExactly("app@1.0", "framework@5.0", "demo-lib@2.2.0");
        assertThat(f.component().topLevel()).isEqualTo("framework@5.0");
        assertThat(f.explanations()).hasSize(2).allSatisfy(e -> assertThat(e.searchedBy()).isEqualTo("pkg:maven/org.example/demo-lib"));
    }

    @Test
    void shouldFlagEuvdExploitationThroughAnAliasAndUseTheRatingWordWithoutVector() throws Exception {
        ScanResult r = new Scanner(MatchIndex.build(Fixtures.store()), Fixtures.CLOCK).scan(Fixtures.sbom(), "bom.json", List.of());
        Finding f = r.findings().stream().filter(x -> x.vulnerabilityId().equals("CVE-2099-1003")).findFirst().orElseThrow();
        assertThat(f.exploited()).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo(Exploited.EUVD);
            assertThat(x.id()).isEqualTo("EUVD-2099-4001");
            assertThat(x.since()).isEqualTo(LocalDate.of(2099, 1, 3));
        });
        assertThat(f.aliases()).contains("EUVD-2099-4001", "GHSA-dddd-eeee-ffff");
        assertThat(f.severity()).isEqualTo(SeverityLevel.MEDIUM);
        assertThat(f.cvss()).isEmpty();
        assertThat(f.nearestFix()).as("last_affected names no fixed version").isNull();
    }

    @Test
    void shouldListWhatCouldNotBeCheckedWithTheReason() throws Exception {
        ScanResult r = new Scanner(MatchIndex.build(Fixtures.store()), Fixtures.CLOCK).scan(Fixtures.sbom(), "bom.json", List.of());
        assertThat(r.couldNotCheck()).extracting(c -> c.component().ref() + ": " + c.reason())
                .anySatisfy(s -> assertThat(s).startsWith("np: no purl"))
                .anySatisfy(s -> assertThat(s).startsWith("bp: 'pkg:/nope' is not a valid package URL"))
                .anySatisfy(s -> assertThat(s).startsWith("lp: the advisory lists no affected ranges or versions"));
        assertThat(r.findings()).extracting(Finding::vulnerabilityId).containsExactly("CVE-2099-1001", "CVE-2099-1003");
        assertThat(r.stats().components()).isEqualTo(5);
        assertThat(r.stats().withFindings()).isEqualTo(1);
    }

    @Test
    void shouldReportNoFindingAndNothingUncheckedForAVersionOutsideEveryRange() throws Exception {
        Component lib = TestSboms.component("lib", "demo-lib", "2.3.1", "pkg:maven/org.example/demo-lib@2.3.1");
        ScanResult r = new Scanner(MatchIndex.build(Fixtures.store()), Fixtures.CLOCK).scan(TestSboms.of(null, List.of(lib), Map.of()), "bom.json", List.of());
        assertThat(r.findings()).isEmpty();
        assertThat(r.couldNotCheck()).isEmpty();
    }
}
