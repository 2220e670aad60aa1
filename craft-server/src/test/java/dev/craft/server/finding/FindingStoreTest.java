package dev.craft.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.testing.MigratedDatabase;
import dev.craft.testsupport.postgres.PostgresExtension;
import dev.craft.testsupport.postgres.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Findings and the carry-over of triage decisions between releases, on a migrated database of its own per test. */
class FindingStoreTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = MigratedDatabase.perTest();

    JdbcClient jdbc;
    FindingStore store;
    long org;
    long product;

    @BeforeEach
    void setUp(TestDatabase db) {
        jdbc = JdbcClient.create(db.dataSource());
        store = new FindingStore(jdbc);
        org = jdbc.sql("insert into org (slug, name) values ('acme', 'ACME') returning id").query(Long.class).single();
        product = jdbc.sql("insert into product (org_id, key, name) values (:o, 'cam', 'Camera') returning id").param("o", org).query(Long.class).single();
    }

    private long release(String version) {
        return jdbc.sql("insert into release (org_id, product_id, version) values (:o, :p, :v) returning id")
                .param("o", org).param("p", product).param("v", version).query(Long.class).single();
    }

    static Match match(String purl, String identity, String vuln) {
        return new Match(purl, identity, "lib", purl.substring(purl.indexOf('@') + 1), purl, vuln, List.of(), "high", null,
                false, null, null, Map.of("matcher", "test"));
    }

    private long decide(long findingId, String state, String by) {
        long id = jdbc.sql("""
                        insert into triage_decision (org_id, finding_id, product_id, vulnerability_id, component_identity, state, justification,
                                                     comment, decided_by, decided_at)
                        select org_id, id, product_id, vulnerability_id, component_identity, :state, 'code_not_reachable', 'why', :by, now()
                        from finding where id = :f returning id""")
                .param("state", state).param("by", by).param("f", findingId).query(Long.class).single();
        jdbc.sql("update finding set current_triage_id = :d where id = :f").param("d", id).param("f", findingId).update();
        return id;
    }

    record Carried(String state, String decidedBy, Long originReleaseId, Long originDecisionId) {}

    private Carried triageOf(long findingId) {
        return jdbc.sql("""
                        select t.state, t.decided_by, t.origin_release_id, t.origin_decision_id
                        from finding f join triage_decision t on t.id = f.current_triage_id where f.id = :f""")
                .param("f", findingId).query(Carried.class).optional().orElse(null);
    }

    @Test
    void shouldInsertNewMatchesOnceAndMarkVanishedOnesRemovedWhenARecordingIsComplete() {
        long r1 = release("1.0");
        var a = match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0001");
        var b = match("pkg:npm/b@2.0.0", "pkg:npm/b", "CVE-2024-0002");
        assertThat(store.record(org, product, r1, List.of(a, b), true).inserted()).hasSize(2);
        var again = store.record(org, product, r1, List.of(a), true);
        assertThat(again.inserted()).isEmpty();
        assertThat(again.removed()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from finding where release_id = :r and removed_at is null").param("r", r1).query(Long.class).single())
                .isEqualTo(1);
        // It comes back: the same row, no longer removed.
        assertThat(store.record(org, product, r1, List.of(a, b), true).inserted()).isEmpty();
        assertThat(jdbc.sql("select count(*) from finding where release_id = :r and removed_at is null").param("r", r1).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void shouldCarryATriageDecisionToTheNextReleaseOfTheSameComponentWithItsOrigin() {
        long r1 = release("1.0");
        long f1 = store.record(org, product, r1, List.of(match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0001")), true).inserted().get(0);
        long decision = decide(f1, "not_affected", "user:lena");
        long r2 = release("1.1");
        var recorded = store.record(org, product, r2, List.of(match("pkg:npm/a@1.0.1", "pkg:npm/a", "CVE-2024-0001")), true);
        assertThat(recorded.carriedOver()).isEqualTo(1);
        assertThat(triageOf(recorded.inserted().get(0))).isEqualTo(new Carried("not_affected", "user:lena", r1, decision));
    }

    @Test
    void shouldNameTheOriginalDecisionWhenCarriedAcrossSeveralReleases() {
        long r1 = release("1.0");
        long f1 = store.record(org, product, r1, List.of(match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0001")), true).inserted().get(0);
        long decision = decide(f1, "false_positive", "user:lena");
        long r2 = release("1.1");
        store.record(org, product, r2, List.of(match("pkg:npm/a@1.0.1", "pkg:npm/a", "CVE-2024-0001")), true);
        long r3 = release("1.2");
        long f3 = store.record(org, product, r3, List.of(match("pkg:npm/a@1.0.2", "pkg:npm/a", "CVE-2024-0001")), true).inserted().get(0);
        assertThat(triageOf(f3)).isEqualTo(new Carried("false_positive", "user:lena", r1, decision));
    }

    @Test
    void shouldCarryTheMostRecentDecisionInForceAndNotASupersededOne() {
        long r1 = release("1.0");
        long f1 = store.record(org, product, r1, List.of(match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0001")), true).inserted().get(0);
        decide(f1, "in_triage", "user:lena");
        long latest = decide(f1, "exploitable", "user:tomasz");
        long r2 = release("1.1");
        long f2 = store.record(org, product, r2, List.of(match("pkg:npm/a@2.0.0", "pkg:npm/a", "CVE-2024-0001")), true).inserted().get(0);
        assertThat(triageOf(f2)).isEqualTo(new Carried("exploitable", "user:tomasz", r1, latest));
    }

    @Test
    void shouldNotCarryADecisionToAnotherComponentOrAnotherVulnerability() {
        long r1 = release("1.0");
        long f1 = store.record(org, product, r1, List.of(match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0001")), true).inserted().get(0);
        decide(f1, "not_affected", "user:lena");
        long r2 = release("1.1");
        var recorded = store.record(org, product, r2, List.of(
                match("pkg:npm/b@1.0.0", "pkg:npm/b", "CVE-2024-0001"),
                match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0099")), true);
        assertThat(recorded.carriedOver()).isZero();
        for (long id : recorded.inserted()) assertThat(triageOf(id)).isNull();
    }

    @Test
    void shouldKeepExploitationEvidenceWhenALaterMatchLacksIt() {
        long r1 = release("1.0");
        var exploited = new Match("pkg:npm/a@1.0.0", "pkg:npm/a", "a", "1.0.0", "pkg:npm/a@1.0.0", "CVE-2024-0001", List.of(), "critical",
                null, true, "CISA KEV", LocalDate.of(2024, 5, 1), Map.of());
        store.record(org, product, r1, List.of(exploited), true);
        store.record(org, product, r1, List.of(match("pkg:npm/a@1.0.0", "pkg:npm/a", "CVE-2024-0001")), true);
        assertThat(jdbc.sql("select exploited_source from finding where release_id = :r").param("r", r1).query(String.class).single())
                .isEqualTo("CISA KEV");
    }
}
