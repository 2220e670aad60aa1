package dev.craft.server.advisory;

import dev.craft.server.db.Sql;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.SourceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisory store in PostgreSQL: one row per source, holding the source encoded by craft-vuln's own
 * store codec ({@code AdvisoryStore.save}/{@code load}, the format of {@code craft db}), so that the
 * server stores exactly what the CLI stores and every node can rebuild the same index.
 */
@Component
class AdvisorySources {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AdvisorySources(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The latest import that changed the store: nodes compare it to know whether their index is current. */
    long version() {
        return jdbc.sql("select coalesce(max(import_id), 0) from advisory_source").query(Long.class).single();
    }

    void save(SourceSnapshot snapshot, long importId) {
        byte[] encoded = encode(snapshot);
        jdbc.sql("""
                        insert into advisory_source (name, kind, location, sha256, records, info, snapshot, import_id, imported_at)
                        values (:name, :kind, :location, :sha, :records, cast(:info as jsonb), :snapshot, :import, :at)
                        on conflict (name) do update set kind = excluded.kind, location = excluded.location, sha256 = excluded.sha256,
                            records = excluded.records, info = excluded.info, snapshot = excluded.snapshot,
                            import_id = excluded.import_id, imported_at = excluded.imported_at""")
                .param("name", snapshot.name()).param("kind", snapshot.info().kind().name()).param("location", snapshot.info().location())
                .param("sha", snapshot.info().sha256()).param("records", snapshot.info().records())
                .param("info", JSON.writeValueAsString(snapshot.info())).param("snapshot", encoded).param("import", importId)
                .param("at", Sql.utc(clock.instant()))
                .update();
    }

    /** One stored source, decoded (empty when it was never imported). */
    List<SourceSnapshot> load(String name) {
        return jdbc.sql("select snapshot from advisory_source where name = :n").param("n", name).query(byte[].class)
                .optional().map(AdvisorySources::decode).orElse(List.of());
    }

    /** Every stored source, decoded. */
    List<SourceSnapshot> loadAll() {
        List<byte[]> blobs = jdbc.sql("select snapshot from advisory_source order by name").query(byte[].class).list();
        var out = new ArrayList<SourceSnapshot>(blobs.size());
        for (byte[] blob : blobs) out.addAll(decode(blob));
        return out;
    }

    record SourceRow(String name, String kind, String location, String sha256, int records, Instant importedAt) {}

    List<SourceRow> list() {
        return jdbc.sql("select name, kind, location, sha256, records, imported_at from advisory_source order by name")
                .query((rs, n) -> new SourceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getObject(6, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private byte[] encode(SourceSnapshot snapshot) {
        Path dir = tempDir();
        try {
            AdvisoryStore.of(List.of(snapshot)).save(dir, clock);
            return Files.readAllBytes(dir.resolve(dev.craft.vuln.store.StoreFile.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static List<SourceSnapshot> decode(byte[] blob) {
        Path dir = tempDir();
        try {
            Files.write(dir.resolve(dev.craft.vuln.store.StoreFile.FILE_NAME), blob);
            return AdvisoryStore.load(dir).sources();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("craft-advisories-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
