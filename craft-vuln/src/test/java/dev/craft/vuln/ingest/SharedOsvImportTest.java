package dev.craft.vuln.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.testsupport.SharedData;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports every shared OSV file and checks the counts against the data's own manifest, then a store round trip. */
class SharedOsvImportTest {

    @Test
    void shouldImportEveryRecordOfTheSharedOsvFilesWithTheManifestCounts(@TempDir Path db) throws Exception {
        Path osv = SharedData.require("osv");
        JsonNode manifest = new ObjectMapper().readTree(osv.resolve("manifest.json").toFile());
        AdvisoryStore store = AdvisoryStore.empty();
        Map<String, Integer> expectedWithdrawn = new HashMap<>();
        for (JsonNode f : manifest) {
            String file = f.path("file").asText();
            String name = file.replace(".jsonl.gz", "");
            SourceSnapshot s = Importers.read(SourceKind.OSV, name, osv.resolve(file), osv.resolve(file).toString(),
                    Clock.systemUTC(), InputLimits.DEFAULT, ProgressListener.NONE);
            int duplicates = (int) s.info().warnings().stream().filter(w -> w.contains("duplicate id")).count();
            assertThat(s.info().records() + duplicates).as(file + " records").isEqualTo(f.path("records").asInt());
            assertThat(s.info().withdrawn()).as(file + " withdrawn").isLessThanOrEqualTo(f.path("withdrawn").asInt());
            assertThat(s.info().skipped()).as(file + " skipped: " + s.info().warnings()).isZero();
            assertThat(s.info().sha256()).as(file + " sha256").isEqualTo(f.path("sha256").asText());
            var ecosystems = new java.util.TreeSet<String>();
            f.path("ecosystems").fieldNames().forEachRemaining(ecosystems::add);
            assertThat(s.info().ecosystems().keySet()).as(file + " ecosystems").containsExactlyInAnyOrderElementsOf(ecosystems);
            expectedWithdrawn.put(name, f.path("withdrawn").asInt());
            store = store.with(s);
        }
        store.save(db, Clock.systemUTC());
        AdvisoryStore loaded = AdvisoryStore.load(db);
        assertThat(loaded.advisories()).hasSize(store.advisories().size());
        assertThat(loaded.advisories()).containsExactlyElementsOf(store.advisories());
        assertThat(AdvisoryStore.manifest(db).orElseThrow().sources()).hasSize(expectedWithdrawn.size());
    }
}
