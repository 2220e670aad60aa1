package dev.craft.vuln.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.InputException;
import dev.craft.vuln.EpssTable;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every feed layout craft reads, and the inputs it refuses. */
class ImportersTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2099-02-01T00:00:00Z"), ZoneOffset.UTC);
    static final String RECORD = "{\"id\": \"%s\", \"modified\": \"2099-01-01T00:00:00Z\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"demo\"}, \"versions\": [\"1.0.0\"]}]}";

    @TempDir
    Path dir;

    static SourceSnapshot read(SourceKind kind, Path p) {
        return Importers.read(kind, "test", p, p.toString(), CLOCK, InputLimits.DEFAULT, ProgressListener.NONE);
    }

    static Path resource(String name) throws Exception {
        return Path.of(ImportersTest.class.getResource("/feeds/" + name).toURI());
    }

    @Nested
    class Osv {
        @Test
        void shouldReadAnOsvDevZipOfOneRecordPerFile() throws Exception {
            Path zip = dir.resolve("all.zip");
            try (var z = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (String id : new String[] {"GHSA-1", "GHSA-2", "GHSA-3"}) {
                    z.putNextEntry(new ZipEntry(id + ".json"));
                    z.write(String.format(RECORD, id).getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            SourceSnapshot s = read(SourceKind.OSV, zip);
            assertThat(s.info().records()).isEqualTo(3);
            assertThat(((SourceSnapshot.OsvContent) s.content()).advisories()).extracting(a -> a.id()).containsExactly("GHSA-1", "GHSA-2", "GHSA-3");
            assertThat(s.info().sha256()).hasSize(64);
        }

        @Test
        void shouldReadJsonLinesGzipAnArrayAndAFolder() throws Exception {
            Path gz = dir.resolve("feed.jsonl.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                out.write((String.format(RECORD, "A-1") + "\n" + String.format(RECORD, "A-2") + "\n").getBytes(StandardCharsets.UTF_8));
            }
            assertThat(read(SourceKind.OSV, gz).info().records()).isEqualTo(2);
            Path folder = Files.createDirectories(dir.resolve("folder/sub"));
            Files.writeString(folder.resolve("B-1.json"), String.format(RECORD, "B-1"));
            Files.writeString(dir.resolve("folder/array.json"), "[" + String.format(RECORD, "B-2") + "," + String.format(RECORD, "B-3") + "]");
            Files.writeString(dir.resolve("folder/README.txt"), "not a record");
            SourceSnapshot s = read(SourceKind.OSV, dir.resolve("folder"));
            assertThat(s.info().records()).isEqualTo(3);
            assertThat(s.info().warnings()).anySatisfy(w -> assertThat(w).contains("README.txt").contains("ignored"));
        }

        @Test
        void shouldSkipABadRecordWithItsLocationAndKeepTheOthers() throws Exception {
            Path f = dir.resolve("mixed.jsonl");
            Files.writeString(f, String.format(RECORD, "C-1") + "\n{\"id\": 42}\n{\"id\": \"C-3\", \"affected\": [{\"package\": {}}]}\n");
            SourceSnapshot s = read(SourceKind.OSV, f);
            assertThat(s.info().records()).isEqualTo(1);
            assertThat(s.info().skipped()).isEqualTo(2);
            assertThat(s.info().warnings()).anySatisfy(w -> assertThat(w).contains("line 2").contains("$.id").contains("must be a string"))
                    .anySatisfy(w -> assertThat(w).contains("line 3").contains("$.affected[0].package").contains("needs ecosystem and name"));
        }

        @Test
        void shouldRefuseBrokenJsonWithLineAndColumn() throws Exception {
            Path f = dir.resolve("broken.jsonl");
            Files.writeString(f, String.format(RECORD, "D-1") + "\n{\"id\": \"D-2\",, }\n");
            assertThatThrownBy(() -> read(SourceKind.OSV, f)).isInstanceOf(InputException.class)
                    .hasMessageContaining("broken.jsonl: line 2, column").hasMessageContaining("invalid JSON");
        }

        @Test
        void shouldRefuseAFileWithoutRecords() throws Exception {
            Path f = dir.resolve("empty.json");
            Files.writeString(f, "[]");
            assertThatThrownBy(() -> read(SourceKind.OSV, f)).isInstanceOf(InputException.class).hasMessageContaining("no OSV record found");
        }

        @Test
        void shouldRefuseDeeplyNestedJson() throws Exception {
            Path f = dir.resolve("deep.json");
            Files.writeString(f, "{\"id\": \"X\", \"d\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
            assertThatThrownBy(() -> read(SourceKind.OSV, f)).isInstanceOf(InputException.class).hasMessageContaining("nesting depth");
        }
    }

    @Nested
    class Bombs {
        @Test
        void shouldRefuseAZipEntryLargerThanTheLimit() throws Exception {
            Path zip = zipOfZeros("big.zip", 1, 3 << 20);
            var limits = new InputLimits(1 << 20, 1L << 30, 100, 1_000_000, 0);
            assertThatThrownBy(() -> Importers.read(SourceKind.OSV, "t", zip, "t", CLOCK, limits, ProgressListener.NONE))
                    .isInstanceOf(InputException.class).hasMessageContaining("refused").hasMessageContaining("larger than");
        }

        @Test
        void shouldRefuseAHighCompressionRatio() throws Exception {
            Path zip = zipOfZeros("ratio.zip", 1, 8 << 20);
            var limits = new InputLimits(64 << 20, 1L << 30, 100, 100, 1 << 20);
            assertThatThrownBy(() -> Importers.read(SourceKind.OSV, "t", zip, "t", CLOCK, limits, ProgressListener.NONE))
                    .isInstanceOf(InputException.class).hasMessageContaining("compression bomb");
        }

        @Test
        void shouldRefuseTooManyEntries() throws Exception {
            Path zip = zipOfZeros("many.zip", 12, 10);
            var limits = new InputLimits(64 << 20, 1L << 30, 10, 1_000_000, 0);
            assertThatThrownBy(() -> Importers.read(SourceKind.OSV, "t", zip, "t", CLOCK, limits, ProgressListener.NONE))
                    .isInstanceOf(InputException.class).hasMessageContaining("more than 10 files");
        }

        @Test
        void shouldRefuseAGzipBomb() throws Exception {
            Path gz = dir.resolve("bomb.jsonl.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                out.write('[');
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 16; i++) out.write(spaces);
            }
            var limits = new InputLimits(64 << 20, 4 << 20, 100, 1_000_000, 0);
            assertThatThrownBy(() -> Importers.read(SourceKind.OSV, "t", gz, "t", CLOCK, limits, ProgressListener.NONE))
                    .isInstanceOf(InputException.class).hasMessageContaining("refused");
        }

        private Path zipOfZeros(String name, int entries, int size) throws Exception {
            Path zip = dir.resolve(name);
            try (var z = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (int i = 0; i < entries; i++) {
                    z.putNextEntry(new ZipEntry("e" + i + ".json"));
                    byte[] spaces = new byte[size]; // whitespace is valid JSON, so only the limits can stop it
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    z.write(spaces);
                    z.closeEntry();
                }
            }
            return zip;
        }
    }

    @Nested
    class ExploitationAndEpss {
        @Test
        void shouldReadKevJsonWithItsCatalogueVersion() throws Exception {
            SourceSnapshot s = read(SourceKind.KEV, resource("kev-sample.json"));
            assertThat(s.info().version()).isEqualTo("2099.01.02");
            var entries = ((SourceSnapshot.KevContent) s.content()).entries();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).usedInRansomware()).isTrue();
            assertThat(entries.get(0).dueDate()).isEqualTo(LocalDate.of(2099, 1, 23));
        }

        @Test
        void shouldReadKevCsvWithQuotedCommasAndSkipABadRow() throws Exception {
            SourceSnapshot s = read(SourceKind.KEV, resource("kev-sample.csv"));
            assertThat(s.info().records()).isEqualTo(1);
            assertThat(s.info().skipped()).isEqualTo(1);
            assertThat(s.info().warnings()).singleElement().asString().contains("line 3").contains("not-a-cve");
        }

        @Test
        void shouldReadEpssWithModelAndDate() throws Exception {
            SourceSnapshot s = read(SourceKind.EPSS, resource("epss-sample.csv"));
            EpssTable t = ((SourceSnapshot.EpssContent) s.content()).table();
            assertThat(t.size()).isEqualTo(3);
            assertThat(t.modelVersion()).isEqualTo("v2099.01.01");
            assertThat(t.scoreDate()).isEqualTo(LocalDate.of(2099, 1, 2));
            assertThat(t.lookup("CVE-1999-0001").orElseThrow().percentile()).isEqualTo(0.77944, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(t.lookup("CVE-2099-9999")).isEmpty();
        }

        @Test
        void shouldReadOnlyExploitedEuvdItemsWithValidIds() throws Exception {
            SourceSnapshot s = read(SourceKind.EUVD, resource("euvd-exploited-sample.json"));
            var entries = ((SourceSnapshot.EuvdContent) s.content()).entries();
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.euvdId()).isEqualTo("EUVD-2099-4001");
                assertThat(e.aliases()).containsExactly("CVE-2099-1003", "GHSA-dddd-eeee-ffff");
                assertThat(e.exploitedSince()).isEqualTo(Instant.parse("2099-01-03T00:00:00Z"));
            });
            assertThat(s.info().warnings()).anySatisfy(w -> assertThat(w).contains("CVE-2099-9999").contains("not an EUVD id"))
                    .anySatisfy(w -> assertThat(w).contains("1 items without exploitedSince"));
        }

        @Test
        void shouldGuessTheKindFromTheFileName() {
            assertThat(Importers.guessKind(Path.of("known_exploited_vulnerabilities.csv"))).isEqualTo(SourceKind.KEV);
            assertThat(Importers.guessKind(Path.of("epss_scores-2025-08-25.csv.gz"))).isEqualTo(SourceKind.EPSS);
            assertThat(Importers.guessKind(Path.of("euvd-exploited.json"))).isEqualTo(SourceKind.EUVD);
            assertThat(Importers.guessKind(Path.of("all.zip"))).isEqualTo(SourceKind.OSV);
        }

        @Test
        void shouldRecogniseAFeedByItsFirstBytesWhenItsNameSaysNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
            var kev = java.nio.file.Files.writeString(dir.resolve("catalogue.json"), "{\"title\":\"t\",\"catalogVersion\":\"2099.01.01\",\"vulnerabilities\":[]}");
            var kevCsv = java.nio.file.Files.writeString(dir.resolve("list.csv"), "cveID,vendorProject,product\n");
            var epss = java.nio.file.Files.writeString(dir.resolve("scores.csv"), "#model_version:v2025.03.14\ncve,epss,percentile\n");
            var euvd = java.nio.file.Files.writeString(dir.resolve("exploited.json"), "[{\"id\":\"EUVD-2099-1\",\"exploitedSince\":\"2099-01-01\"}]");
            var osv = java.nio.file.Files.writeString(dir.resolve("records.jsonl"), "{\"id\":\"GHSA-xxxx\",\"modified\":\"2099-01-01T00:00:00Z\"}\n");
            assertThat(Importers.guessKind(kev)).isEqualTo(SourceKind.KEV);
            assertThat(Importers.guessKind(kevCsv)).isEqualTo(SourceKind.KEV);
            assertThat(Importers.guessKind(epss)).isEqualTo(SourceKind.EPSS);
            assertThat(Importers.guessKind(euvd)).isEqualTo(SourceKind.EUVD);
            assertThat(Importers.guessKind(osv)).isEqualTo(SourceKind.OSV);
        }
    }

    static byte[] gzip(byte[] data) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
