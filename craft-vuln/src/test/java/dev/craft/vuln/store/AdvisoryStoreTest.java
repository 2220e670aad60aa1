package dev.craft.vuln.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.InputException;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryStoreTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2099-02-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(AdvisoryStoreTest.class.getResource("/feeds/" + name).toURI());
    }

    static SourceSnapshot kev() throws Exception {
        return AdvisoryStore.read(SourceKind.KEV, "kev", resource("kev-sample.json"), "kev.json", CLOCK, ProgressListener.NONE);
    }

    @Test
    void shouldRoundTripEverySourceKindWithItsProvenance() throws Exception {
        Path osv = dir.resolve("o.json");
        Files.writeString(osv, """
                {"id": "GHSA-x", "aliases": ["CVE-2099-1001"], "summary": "s", "details": "%s",
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                 "database_specific": {"conversion": "not-exact", "patched_versions": ["~> 1.2.3"], "unaffected_versions": []},
                 "affected": [{"package": {"ecosystem": "RubyGems", "name": "demo", "purl": "pkg:gem/demo"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.2.3"}, {"limit": "9"}]}],
                   "versions": ["1.0"]}], "references": [{"type": "FIX", "url": "https://example.org/fix"}],
                 "withdrawn": "2099-01-01T00:00:00Z"}""".formatted("ü".repeat(70_000)));
        AdvisoryStore s = AdvisoryStore.empty()
                .with(AdvisoryStore.read(SourceKind.OSV, "osv-x", osv, "o.json", CLOCK, ProgressListener.NONE))
                .with(kev())
                .with(AdvisoryStore.read(SourceKind.EPSS, "epss", resource("epss-sample.csv"), "epss.csv", CLOCK, ProgressListener.NONE))
                .with(AdvisoryStore.read(SourceKind.EUVD, "euvd", resource("euvd-exploited-sample.json"), "euvd.json", CLOCK, ProgressListener.NONE));
        s.save(dir, CLOCK);
        AdvisoryStore loaded = AdvisoryStore.load(dir);
        assertThat(loaded.advisories()).containsExactlyElementsOf(s.advisories());
        assertThat(loaded.kev()).containsExactlyElementsOf(s.kev());
        assertThat(loaded.euvd()).containsExactlyElementsOf(s.euvd());
        assertThat(loaded.epss().lookup("CVE-2099-1001")).isEqualTo(s.epss().lookup("CVE-2099-1001"));
        assertThat(loaded.sources()).extracting(SourceSnapshot::info).containsExactlyElementsOf(s.sources().stream().map(SourceSnapshot::info).toList());
        assertThat(AdvisoryStore.manifest(dir).orElseThrow().sources()).extracting(i -> i.name()).containsExactly("epss", "euvd", "kev", "osv-x");
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"sha256\"").contains("\"fetchedAt\" : \"2099-02-01T00:00:00Z\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("advisories.db.tmp").allMatch(n -> !n.endsWith(".tmp"));
        }
    }

    @Test
    void shouldReplaceASourceOfTheSameNameAsAWhole() throws Exception {
        AdvisoryStore s = AdvisoryStore.empty().with(kev()).with(kev());
        assertThat(s.sources()).hasSize(1);
        assertThat(s.kev()).hasSize(2);
        assertThat(s.without("kev").sources()).isEmpty();
    }

    @Test
    void shouldRefuseADamagedStoreWithAHowToFix() throws Exception {
        AdvisoryStore.empty().with(kev()).save(dir, CLOCK);
        Path file = dir.resolve(StoreFile.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        assertThatThrownBy(() -> AdvisoryStore.load(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("damaged").hasMessageContaining("craft db import or craft db sync");
        Files.writeString(file, "not a store");
        assertThatThrownBy(() -> AdvisoryStore.load(dir)).isInstanceOf(InputException.class).hasMessageContaining("not a craft advisory store");
    }

    @Test
    void shouldExplainAMissingStore() {
        assertThatThrownBy(() -> AdvisoryStore.load(dir.resolve("none"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no advisory store here").hasMessageContaining("craft db sync");
    }

    @Test
    void shouldNotLoseEitherOfTwoConcurrentUpdates() throws Exception {
        SourceSnapshot k = kev();
        SourceSnapshot epss = AdvisoryStore.read(SourceKind.EPSS, "epss", resource("epss-sample.csv"), "e", CLOCK, ProgressListener.NONE);
        var pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> AdvisoryStore.update(dir, CLOCK, s -> s.with(k)));
        pool.submit(() -> AdvisoryStore.update(dir, CLOCK, s -> s.with(epss)));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(AdvisoryStore.load(dir).sources()).extracting(SourceSnapshot::name).containsExactly("epss", "kev");
    }
}
