package dev.craft.server.release;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Releases of a product. */
@Component
public class Releases {

    private final JdbcClient jdbc;

    Releases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param placedOnMarket Art 3(21) date of first making available; null = not placed
     * @param supportEnd     end of the support period (Art 13(8)); null = not declared
     * @param memberStates   where it is made available (ISO 3166-1 alpha-2)
     * @param currentSbomId  the SBOM in force for this release; null before the first upload
     */
    public record Release(long id, long productId, String version, LocalDate placedOnMarket, LocalDate supportEnd,
            List<String> memberStates, Long currentSbomId, Instant createdAt, Instant updatedAt) {

        /** Whether the release is on the EU market on {@code today}: placed (on or before today) in at least one member state. */
        public boolean onMarket(LocalDate today) {
            return placedOnMarket != null && !placedOnMarket.isAfter(today) && !memberStates.isEmpty();
        }
    }

    static final String COLUMNS = "id, product_id, version, placed_on_market, support_end, member_states, current_sbom_id, created_at, updated_at";

    public Optional<Release> find(long orgId, long productId, String version) {
        return jdbc.sql("select " + COLUMNS + " from release where org_id = :org and product_id = :p and version = :v")
                .param("org", orgId).param("p", productId).param("v", version).query(Releases::row).optional();
    }

    public Release require(long orgId, long productId, String version) {
        return find(orgId, productId, version).orElseThrow(() -> ApiException.notFound("release '" + version + "'"));
    }

    public Release get(long orgId, long id) {
        return jdbc.sql("select " + COLUMNS + " from release where org_id = :org and id = :id")
                .param("org", orgId).param("id", id).query(Releases::row).single();
    }

    Page<Release> list(long orgId, long productId, PageRequest page) {
        var rows = jdbc.sql("select " + COLUMNS + " from release where org_id = :org and product_id = :p and id > :after order by id limit :limit")
                .param("org", orgId).param("p", productId).param("after", page.after()).param("limit", page.fetchSize())
                .query(Releases::row).list();
        return Page.of(rows, page, Release::id);
    }

    /** Inserts a release; returns its id. */
    public long insert(long orgId, long productId, String version, LocalDate placedOnMarket, LocalDate supportEnd, List<String> memberStates) {
        return jdbc.sql("""
                        insert into release (org_id, product_id, version, placed_on_market, support_end, member_states)
                        values (:org, :p, :v, :placed, :end, :states) returning id""")
                .param("org", orgId).param("p", productId).param("v", version).param("placed", placedOnMarket)
                .param("end", supportEnd).param("states", memberStates.toArray(String[]::new))
                .query(Long.class).single();
    }

    void update(long orgId, long id, LocalDate placedOnMarket, LocalDate supportEnd, List<String> memberStates) {
        jdbc.sql("""
                        update release set placed_on_market = :placed, support_end = :end, member_states = :states, updated_at = now()
                        where org_id = :org and id = :id""")
                .param("org", orgId).param("id", id).param("placed", placedOnMarket).param("end", supportEnd)
                .param("states", memberStates.toArray(String[]::new))
                .update();
    }

    public static void requireValidVersion(String version) {
        if (version == null || !version.matches("[A-Za-z0-9][A-Za-z0-9._+~-]{0,127}")) {
            throw ApiException.invalid("version must be 1-128 characters A-Z, a-z, 0-9, '.', '_', '+', '~', '-', starting with a letter or digit (e.g. '2.4.1')");
        }
    }

    static Release row(ResultSet rs, int n) throws SQLException {
        String[] states = (String[]) rs.getArray(6).getArray();
        long sbom = rs.getLong(7);
        Long currentSbom = rs.wasNull() ? null : sbom;
        return new Release(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), Arrays.asList(states), currentSbom,
                Sql.instant(rs.getObject(8, OffsetDateTime.class)), Sql.instant(rs.getObject(9, OffsetDateTime.class)));
    }
}
