package dev.craft.server.product;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Products of an organisation: SQL next to the feature that runs it. */
@Component
public class Products {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param profile the product's {@code craft assess} profile, as given; null when none was stored
     */
    public record Product(long id, String key, String name, String description, JsonNode profile, String profileSha256,
            Instant createdAt, Instant updatedAt) {}

    private static final String COLUMNS = "id, key, name, description, profile::text, profile_sha256, created_at, updated_at";

    public Optional<Product> find(long orgId, String key) {
        return jdbc.sql("select " + COLUMNS + " from product where org_id = :org and key = :key")
                .param("org", orgId).param("key", key).query(Products::row).optional();
    }

    /** The product or a 404 naming it. */
    public Product require(long orgId, String key) {
        return find(orgId, key).orElseThrow(() -> ApiException.notFound("product '" + key + "'"));
    }

    Page<Product> list(long orgId, PageRequest page) {
        var rows = jdbc.sql("select " + COLUMNS + " from product where org_id = :org and id > :after order by id limit :limit")
                .param("org", orgId).param("after", page.after()).param("limit", page.fetchSize())
                .query(Products::row).list();
        return Page.of(rows, page, Product::id);
    }

    long insert(long orgId, String key, String name, String description, String profileJson, String profileSha256) {
        return jdbc.sql("""
                        insert into product (org_id, key, name, description, profile, profile_sha256)
                        values (:org, :key, :name, :description, cast(:profile as jsonb), :sha)
                        returning id""")
                .param("org", orgId).param("key", key).param("name", name).param("description", description)
                .param("profile", profileJson).param("sha", profileSha256)
                .query(Long.class).single();
    }

    void update(long orgId, long id, String name, String description, String profileJson, String profileSha256) {
        jdbc.sql("""
                        update product set name = :name, description = :description, profile = cast(:profile as jsonb),
                               profile_sha256 = :sha, updated_at = now()
                        where org_id = :org and id = :id""")
                .param("org", orgId).param("id", id).param("name", name).param("description", description)
                .param("profile", profileJson).param("sha", profileSha256)
                .update();
    }

    public Product get(long orgId, long id) {
        return jdbc.sql("select " + COLUMNS + " from product where org_id = :org and id = :id")
                .param("org", orgId).param("id", id).query(Products::row).single();
    }

    private static Product row(ResultSet rs, int n) throws SQLException {
        String profile = rs.getString(5);
        return new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                profile == null ? null : JSON.readTree(profile), rs.getString(6),
                Sql.instant(rs.getObject(7, OffsetDateTime.class)), Sql.instant(rs.getObject(8, OffsetDateTime.class)));
    }
}
