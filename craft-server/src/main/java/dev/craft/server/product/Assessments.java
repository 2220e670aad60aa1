package dev.craft.server.product;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.craft.assess.Assessment;
import dev.craft.assess.Assessor;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.assess.render.AssessmentJson;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.KnowledgeBaseLoader;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product's {@code craft assess} assessments: run by the craft-assess engine on the stored profile,
 * stored with the profile hash and knowledge-base version they were made with, and re-run (by a job)
 * when either changes.
 */
@Component
public class Assessments {

    public enum Trigger { REQUESTED, PROFILE_CHANGED, KNOWLEDGE_BASE_CHANGED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final KnowledgeBase kb = KnowledgeBaseLoader.standard();
    private final ProfileReader profiles = new ProfileReader(kb);
    private final Assessor assessor = new Assessor(kb);
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SchedulerClient scheduler;
    private final Clock clock;

    Assessments(JdbcClient jdbc, AuditLog audit, SchedulerClient scheduler, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    public String knowledgeBaseVersion() {
        return kb.version();
    }

    /** Validates a profile as craft assess does; bad ones throw InputException with their JSON paths (422). */
    public ProfileReader.Loaded validate(String source, String profileJson) {
        return profiles.read(source, profileJson, true);
    }

    /** Runs the assessment now and stores it (inside the caller's transaction). */
    public long run(long orgId, long productId, Trigger trigger, String actor) {
        record Row(String key, String profile) {}
        Row product = jdbc.sql("select key, profile::text from product where org_id = :org and id = :id")
                .param("org", orgId).param("id", productId).query(Row.class).single();
        if (product.profile() == null) throw dev.craft.server.api.ApiException.invalid("product '" + product.key() + "' has no profile to assess");
        ProfileReader.Loaded loaded = validate(product.key() + ".profile", product.profile());
        Assessment assessment = assessor.assess(loaded, clock);
        long id = jdbc.sql("""
                        insert into assessment (org_id, product_id, profile_sha256, kb_version, result, trigger, created_by, created_at)
                        values (:org, :product, :sha, :kb, cast(:result as jsonb), :trigger, :by, :at) returning id""")
                .param("org", orgId).param("product", productId).param("sha", loaded.sha256()).param("kb", kb.version())
                .param("result", AssessmentJson.write(assessment)).param("trigger", trigger.label()).param("by", actor)
                .param("at", Sql.utc(clock.instant()))
                .query(Long.class).single();
        audit.record(orgId, actor, "assessment.stored", "assessment", id, null, Map.of("product", product.key(), "trigger", trigger.label(),
                "profileSha256", loaded.sha256(), "knowledgeBase", kb.version(), "scope", assessment.scope().verdict().name()));
        return id;
    }

    /** Schedules a re-assessment (in the caller's transaction); the job decides whether it is still needed. */
    public void scheduleReassessment(long productId) {
        scheduler.schedule(AssessmentJobs.REASSESS.instance(productId + "-" + System.nanoTime()).data(productId).build(), clock.instant());
    }

    /** Products whose latest assessment is missing or was made with another profile or knowledge base. */
    List<Long> stale() {
        return jdbc.sql("""
                        select p.id from product p
                        left join lateral (select a.profile_sha256, a.kb_version from assessment a where a.product_id = p.id
                                           order by a.id desc limit 1) latest on true
                        where p.profile is not null
                          and (latest.kb_version is null or latest.kb_version <> :kb or latest.profile_sha256 <> p.profile_sha256)""")
                .param("kb", kb.version()).query(Long.class).list();
    }

    /** The trigger of a needed re-assessment, or null when the latest assessment is current. */
    Trigger needed(long productId) {
        record State(String profileSha, String latestSha, String latestKb) {}
        State s = jdbc.sql("""
                        select p.profile_sha256, latest.profile_sha256, latest.kb_version from product p
                        left join lateral (select a.profile_sha256, a.kb_version from assessment a where a.product_id = p.id
                                           order by a.id desc limit 1) latest on true
                        where p.id = :id and p.profile is not null""")
                .param("id", productId).query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getString(3))).optional().orElse(null);
        if (s == null) return null;
        if (s.latestSha() == null || !s.latestSha().equals(s.profileSha())) return Trigger.PROFILE_CHANGED;
        if (!kb.version().equals(s.latestKb())) return Trigger.KNOWLEDGE_BASE_CHANGED;
        return null;
    }
}
