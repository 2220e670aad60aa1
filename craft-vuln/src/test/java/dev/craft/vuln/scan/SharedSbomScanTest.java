package dev.craft.vuln.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.testsupport.SharedData;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.Finding;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.MatchOutcome;
import dev.craft.vuln.Matcher;
import dev.craft.vuln.PackageKey;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.Scanner;
import dev.craft.vuln.purl.PurlNormalizer;
import dev.craft.vuln.testing.SharedStore;
import dev.craft.vuln.testing.TestSboms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans of the real CycloneDX JSON SBOMs in ../shared/data/sboms against all shared advisories: known findings are
 * found with their exploitation status, and the server's path (one advisory at a time, through its package keys)
 * gives exactly the scan's verdicts.
 */
class SharedSbomScanTest {

    static Map<String, Sbom> sboms = new HashMap<>();
    static Map<String, ScanResult> results = new HashMap<>();

    @BeforeAll
    static void scanAll() throws Exception {
        Path dir = SharedData.require("sboms");
        var scanner = new Scanner(SharedStore.index(), Clock.systemUTC());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Sbom sbom = TestSboms.cyclonedxJson(f);
                sboms.put(f.getFileName().toString(), sbom);
                results.put(f.getFileName().toString(), scanner.scan(sbom, f.toString(), List.of()));
            }
        }
    }

    static Finding finding(String sbom, String id, String component) {
        return results.get(sbom).findings().stream().filter(f -> f.vulnerabilityId().equals(id) && f.component().name().equals(component))
                .findFirst().orElseThrow(() -> new AssertionError(sbom + ": no " + id + " in " + component));
    }

    @Test
    void shouldFindKnownVulnerabilitiesInTheRealSboms() {
        Finding spring4shell = finding("keycloak-10.0.2.cdx.json", "CVE-2022-22965", "org.springframework.boot:spring-boot-starter-web");
        assertThat(spring4shell.isExploited()).isTrue();
        assertThat(spring4shell.exploited().get(0).since()).hasToString("2022-04-04");
        assertThat(spring4shell.severity().label()).isEqualTo("critical");
        Finding snakeyaml = finding("dropwizard-1.3.15.cdx.json", "CVE-2022-1471", "org.yaml:snakeyaml");
        assertThat(snakeyaml.component().version()).isEqualTo("1.23");
        assertThat(snakeyaml.nearestFix()).isEqualTo("2.0");
        Finding minimist = finding("juice-shop-npm-bare.cdx-1.4.json", "CVE-2021-44906", "minimist");
        assertThat(minimist.component().path()).first().isEqualTo("juice-shop@14.1.1");
        Finding jwt = finding("proton-bridge-v1.6.3.cdx.json", "CVE-2020-26160", "github.com/dgrijalva/jwt-go");
        assertThat(jwt.nearestFix()).as("the module was never fixed").isNull();
        assertThat(jwt.aliases()).contains("GO-2020-0017");
    }

    @Test
    void shouldGiveTheSameVerdictsThroughTheServersPerAdvisoryPath() {
        MatchIndex index = SharedStore.index();
        var matcher = new Matcher(index);
        for (var e : sboms.entrySet()) {
            Set<String> fromScan = new TreeSet<>();
            for (Finding f : results.get(e.getKey()).findings()) {
                for (String advisory : f.advisoryIds()) fromScan.add(f.component().ref() + " " + advisory);
            }
            Map<PackageKey, List<Component>> byKey = new HashMap<>();
            for (Component c : e.getValue().components()) {
                c.purl().flatMap(PurlNormalizer::fromPurl).ifPresent(k -> byKey.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(c));
            }
            Set<String> fromAdvisories = new TreeSet<>();
            for (Advisory a : SharedStore.store().advisories()) {
                if (index.advisory(a.id()).orElse(null) != a) continue;
                for (PackageKey key : MatchIndex.packageKeysOf(a)) {
                    for (Component c : byKey.getOrDefault(key, List.of())) {
                        if (matcher.match(a, c.purl().orElseThrow()) instanceof MatchOutcome.Affected) fromAdvisories.add(c.ref() + " " + a.id());
                    }
                }
            }
            assertThat(fromAdvisories).as(e.getKey()).isEqualTo(fromScan);
        }
    }

    @Test
    void shouldExplainEveryFindingAndLookEveryIdentifiedComponentUp() {
        for (var e : results.entrySet()) {
            ScanResult r = e.getValue();
            assertThat(r.findings()).allSatisfy(f -> {
                assertThat(f.explanations()).isNotEmpty();
                assertThat(f.explanations()).allSatisfy(x -> assertThat(x.detail()).isNotBlank());
            });
            Set<String> unchecked = new HashSet<>();
            r.couldNotCheck().forEach(c -> unchecked.add(c.component().ref()));
            long withPurl = sboms.get(e.getKey()).components().stream().filter(c -> !c.purls().isEmpty()).count();
            assertThat(r.stats().looked()).as(e.getKey()).isEqualTo((int) withPurl - (int) r.couldNotCheck().stream()
                    .filter(c -> c.reason().contains("not a valid package URL")).count());
        }
    }
}
