package dev.craft.server.sbom;

import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.server.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an SBOM: the original bytes verbatim with their SHA-256 (the evidence), the normalized model
 * as JSON (what craft understood), and its components flattened for lookups. Components go in with one
 * statement (arrays unnested server-side), so 10,000 components cost one round trip, not 10,000
 * (COPY measured no faster here: index maintenance dominates, about 250 ms for 10,000 rows).
 */
@Repository
public class SbomStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The normalized model without null and empty values: absent stays absent when read back, and a
     * 10,000-component SBOM shrinks from 5.6 to 3.8 MB, which PostgreSQL parses and compresses
     * proportionally faster (docs/server.md, Benchmarks).
     */
    static final JsonMapper NORMALIZED = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY))
            .build();

    private final JdbcClient jdbc;

    SbomStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, String sha256, String format, String specVersion, int components, long sizeBytes) {}

    public Optional<Stored> find(long releaseId, String sha256) {
        return jdbc.sql("select id, sha256, format, spec_version, component_count, size_bytes from sbom where release_id = :r and sha256 = :sha")
                .param("r", releaseId).param("sha", sha256)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6)))
                .optional();
    }

    /** Inserts the SBOM and its components, and makes it the release's current SBOM. */
    public Stored insert(long orgId, long releaseId, byte[] original, String sha256, String mediaType, Sbom sbom,
            List<?> warnings, String actor, Instant at) {
        String format = sbom.metadata().format().toString();
        long id = jdbc.sql("""
                        insert into sbom (org_id, release_id, sha256, size_bytes, media_type, format, spec_version, original,
                                          normalized, warnings, component_count, uploaded_by, uploaded_at)
                        values (:org, :release, :sha, :size, :media, :format, :spec, :original, cast(:normalized as jsonb),
                                cast(:warnings as jsonb), :count, :by, :at)
                        returning id""")
                .param("org", orgId).param("release", releaseId).param("sha", sha256).param("size", (long) original.length)
                .param("media", mediaType).param("format", format).param("spec", sbom.metadata().specVersion())
                .param("original", original).param("normalized", NORMALIZED.writeValueAsString(sbom))
                .param("warnings", JSON.writeValueAsString(warnings)).param("count", sbom.components().size())
                .param("by", actor).param("at", Sql.utc(at))
                .query(Long.class).single();
        insertComponents(orgId, releaseId, id, sbom.components());
        jdbc.sql("update release set current_sbom_id = :sbom, updated_at = now() where id = :r").param("sbom", id).param("r", releaseId).update();
        return new Stored(id, sha256, format, sbom.metadata().specVersion(), sbom.components().size(), original.length);
    }

    private void insertComponents(long orgId, long releaseId, long sbomId, List<Component> components) {
        int n = components.size();
        if (n == 0) return;
        var refs = new String[n];
        var names = new String[n];
        var groups = new String[n];
        var versions = new String[n];
        var purls = new String[n];
        var packageKeys = new String[n];
        var identities = new String[n];
        var suppliers = new String[n];
        for (int i = 0; i < n; i++) {
            Component c = components.get(i);
            var id = ComponentIdentity.of(c);
            refs[i] = c.ref();
            names[i] = c.name();
            groups[i] = c.group();
            versions[i] = c.version();
            purls[i] = c.purl().orElse(null);
            packageKeys[i] = id.packageKey();
            identities[i] = id.identity();
            suppliers[i] = c.supplier() == null ? null : c.supplier().name();
        }
        jdbc.sql("""
                        insert into component (org_id, release_id, sbom_id, ref, name, grp, version, purl, package_key, identity, supplier_name)
                        select :org, :release, :sbom, c.ref, c.name, c.grp, c.version, c.purl, c.package_key, c.identity, c.supplier
                        from unnest(cast(:refs as text[]), cast(:names as text[]), cast(:groups as text[]), cast(:versions as text[]),
                                    cast(:purls as text[]), cast(:keys as text[]), cast(:identities as text[]), cast(:suppliers as text[]))
                             as c(ref, name, grp, version, purl, package_key, identity, supplier)""")
                .param("org", orgId).param("release", releaseId).param("sbom", sbomId)
                .param("refs", refs).param("names", names).param("groups", groups).param("versions", versions)
                .param("purls", purls).param("keys", packageKeys).param("identities", identities).param("suppliers", suppliers)
                .update();
    }
}
