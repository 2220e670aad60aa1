package dev.craft.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.server.testing.Api;
import dev.craft.server.testing.CraftServerTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail resists the application (a trigger refuses UPDATE, DELETE, TRUNCATE) and exposes
 * anyone who gets past it (a superuser who disables triggers): edited, deleted, reordered and cut-off
 * entries are all found, and the first bad entry is named.
 */
@CraftServerTest
class AuditTamperTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /** An organisation with a chain of a few entries; returns its slug. */
    private String orgWithHistory() {
        String org = Api.newOrg(port);
        var admin = Api.admin(port);
        for (int i = 1; i <= 4; i++) {
            var r = admin.post("/api/v1/orgs/" + org + "/products", Map.of("key", "p" + i, "name", "Product " + i));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        return org;
    }

    private JsonNode verify(String org) {
        var r = Api.admin(port).get("/api/v1/orgs/" + org + "/audit/verify");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private List<Long> seqs(String org) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var st = c.prepareStatement("select e.seq from audit_entry e join org o on o.id = e.chain_id where o.slug = ? order by e.seq")) {
            st.setString(1, org);
            try (var rs = st.executeQuery()) {
                var out = new java.util.ArrayList<Long>();
                while (rs.next()) out.add(rs.getLong(1));
                return out;
            }
        }
    }

    /** Runs statements the way an intruder with superuser rights would: triggers off for the session. */
    private void tamper(String... sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            try {
                for (String s : sql) st.execute(s);
            } finally {
                st.execute("set session_replication_role = origin");
            }
        }
    }

    @Test
    void shouldReportAnIntactChainWhenNothingWasTouched() {
        String org = orgWithHistory();
        JsonNode result = verify(org);
        assertThat(result.get("intact").asBoolean()).isTrue();
        assertThat(result.get("entries").asLong()).isEqualTo(6); // org.created, member.added, 4 products
    }

    @Test
    void shouldRefuseUpdatesDeletesAndTruncationFromTheApplication() throws SQLException {
        orgWithHistory();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("update audit_entry set actor = 'someone else'"))
                    .hasMessageContaining("audit_entry is append-only: UPDATE refused");
            assertThatThrownBy(() -> st.execute("delete from audit_entry")).hasMessageContaining("DELETE refused");
            assertThatThrownBy(() -> st.execute("truncate audit_entry")).hasMessageContaining("TRUNCATE refused");
        }
    }

    @Test
    void shouldNameTheEditedEntryWhenItsContentWasChanged() throws SQLException {
        String org = orgWithHistory();
        long third = seqs(org).get(3); // product p2 was created
        tamper("update audit_entry set after_json = replace(after_json, 'Product 2', 'Product two') where seq = " + third);
        JsonNode result = verify(org);
        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("firstBadSeq").asLong()).isEqualTo(third);
        assertThat(result.get("problem").asString()).contains("was edited");
    }

    @Test
    void shouldNameTheEntryAfterTheGapWhenAnEntryWasDeleted() throws SQLException {
        String org = orgWithHistory();
        List<Long> seqs = seqs(org);
        tamper("delete from audit_entry where seq = " + seqs.get(2));
        JsonNode result = verify(org);
        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("firstBadSeq").asLong()).isEqualTo(seqs.get(3));
        assertThat(result.get("problem").asString()).contains("deleted");
    }

    @Test
    void shouldDetectReorderedEntries() throws SQLException {
        String org = orgWithHistory();
        List<Long> seqs = seqs(org);
        long a = seqs.get(1);
        long b = seqs.get(2);
        // Swap two entries' places in the chain (everything but their seq numbers).
        tamper("update audit_entry set chain_seq = -chain_seq where seq in (%d, %d)".formatted(a, b), """
                update audit_entry e set chain_seq = -o.chain_seq, at = o.at, action = o.action, entity_id = o.entity_id,
                    before_json = o.before_json, after_json = o.after_json, prev_hash = o.prev_hash, hash = o.hash
                from (select * from audit_entry where seq in (%d, %d)) o
                where e.seq in (%d, %d) and o.seq <> e.seq""".formatted(a, b, a, b));
        JsonNode result = verify(org);
        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("firstBadSeq").asLong()).isEqualTo(a);
    }

    @Test
    void shouldDetectEntriesCutOffTheEndOfTheChain() throws SQLException {
        String org = orgWithHistory();
        List<Long> seqs = seqs(org);
        tamper("delete from audit_entry where seq = " + seqs.get(seqs.size() - 1));
        JsonNode result = verify(org);
        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("problem").asString()).contains("the last 1 were deleted");
    }

    @Test
    void shouldWriteNoEntryWhenTheChangeFailed() throws SQLException {
        String org = orgWithHistory();
        int before = seqs(org).size();
        var duplicate = Api.admin(port).post("/api/v1/orgs/" + org + "/products", Map.of("key", "p1"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(seqs(org)).hasSize(before);
        assertThat(verify(org).get("intact").asBoolean()).isTrue();
    }
}
