package dev.craft.server.reporting;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.craft.report.CaseReview;
import dev.craft.report.CaseReviewer;
import dev.craft.report.applicability.ApplicabilityResult;
import dev.craft.report.cases.CaseOpening;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.clocks.DueWarning;
import dev.craft.report.clocks.WarningKey;
import dev.craft.report.clocks.WarningPlan;
import dev.craft.report.clocks.WarningPlanner;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporting job, a db-scheduler recurring task: takes in new exploited alerts, recomputes every active case's
 * clocks, claims the deadline warnings that fell due (once per case, deadline and lead time, ever) and delivers
 * them. Nothing is kept in memory between runs, so a restart loses nothing: the first run after it sends what fell
 * due while the server was down, once (ADR 0050, 0052).
 */
@Configuration(proxyBeanMethods = false)
class ReportingJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReportingJob.class);
    static final String TASK = "reporting-clocks";
    /** How long a leased delivery is left alone before it is retried (a node that died mid-send). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Bean
    RecurringTask<Void> reportingClocksTask(ReportingSettings settings, Runner runner) {
        return Tasks.recurring(TASK, FixedDelay.ofMillis(settings.checkIntervalMs())).execute((instance, ctx) -> runner.runOnce());
    }

    /**
     * Puts the recurring task in the queue once the server is up, unless it is there already (a restart, another
     * node). The scheduler is created with its known tasks only, which does not schedule recurring ones by itself.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> reportingClocksStarter(Scheduler scheduler, RecurringTask<Void> reportingClocksTask) {
        return event -> scheduler.scheduleIfNotExists(reportingClocksTask.schedulableInstance(RecurringTask.INSTANCE));
    }

    @Bean
    Runner reportingRunner(AlertIntake intake, CaseStore cases, WarningStore warnings, WarningChannels channels,
                           OrgSettingsStore settings, CaseReviewer reviewer, AuditLog audit, JdbcClient jdbc, TransactionTemplate tx,
                           ReportingSettings config, Clock clock) {
        return new Runner(intake, cases, warnings, channels, settings, reviewer, audit, jdbc, tx, config, clock);
    }

    /** One run of the job; also called directly by tests. */
    record Runner(AlertIntake intake, CaseStore cases, WarningStore warnings, WarningChannels channels, OrgSettingsStore settings,
                  CaseReviewer reviewer, AuditLog audit, JdbcClient jdbc, TransactionTemplate tx, ReportingSettings config, Clock clock) {

        void runOnce() {
            try {
                intake.takeNew();
            } catch (RuntimeException e) {
                // Taking in alerts must never hold up the warnings of the cases that exist.
                LOG.error("reporting: alert intake failed", e);
            }
            for (long id : cases.activeIds()) {
                try {
                    tx.executeWithoutResult(status -> planCase(id));
                } catch (RuntimeException e) {
                    LOG.error("reporting: cannot plan the warnings of case row {}", id, e);
                }
            }
            deliverDue();
        }

        private void planCase(long rowId) {
            StoredCase stored = cases.byRowId(rowId, false);
            ReportingCase c = stored.document();
            Instant now = clock.instant();
            CaseReview review = reviewer.review(c, now);
            var verdict = review.applicability().verdict();
            if (verdict == ApplicabilityResult.Verdict.NOT_REPORTABLE || verdict == ApplicabilityResult.Verdict.NOT_A_FILER) return;
            OrgSettings org = settings.get(stored.orgId());
            WarningPlan plan = WarningPlanner.plan(c.id(), c.title(), review.schedule(), c.intermediateReports(), org.policy(),
                    warnings.recorded(rowId, c.id()), now);
            for (WarningKey k : plan.superseded()) {
                warnings.supersede(stored.orgId(), rowId, k, dueOf(review, c, k), now);
            }
            for (DueWarning w : plan.send()) {
                var claimed = warnings.claim(stored.orgId(), rowId, w, now);
                if (claimed.isEmpty()) continue;
                for (String to : org.emailTo()) warnings.addDelivery(claimed.get(), "email", to, now);
                if (org.webhookUrl() != null && !org.webhookUrl().isBlank()) warnings.addDelivery(claimed.get(), "webhook", org.webhookUrl(), now);
                var payload = Map.of("caseId", c.id(), "deadline", w.key().deadline(), "lead", w.key().lead().toString(),
                        "due", w.due().toString(), "overdue", w.key().overdue());
                jdbc.sql("insert into monitoring_event (org_id, at, kind, payload) values (:org, :at, 'report.warning', cast(:p as jsonb))")
                        .param("org", stored.orgId()).param("at", Sql.utc(now))
                        .param("p", dev.craft.report.json.ReportJson.writeString(payload)).update();
                audit.record(stored.orgId(), CaseOpening.CRAFT, "reporting.warning", CaseService.ENTITY, c.id(), null, payload);
            }
        }

        private static Instant dueOf(CaseReview review, ReportingCase c, WarningKey k) {
            for (var sc : review.schedule().stages()) if (sc.stage().kbStage().equals(k.deadline())) return sc.due();
            return c.intermediateReports().stream().filter(r -> k.deadline().equals("intermediate-" + r.id())).findFirst()
                    .map(r -> r.dueAt()).orElseThrow();
        }

        private void deliverDue() {
            while (true) {
                Instant now = clock.instant();
                var batch = tx.execute(status -> warnings.lease(now, LEASE, 20));
                if (batch == null || batch.isEmpty()) return;
                for (var d : batch) {
                    OrgSettings org = settings.get(d.orgId());
                    String slug = jdbc.sql("select slug from org where id = :id").param("id", d.orgId()).query(String.class).single();
                    try {
                        channels.deliver(d, org, slug);
                        tx.executeWithoutResult(s -> warnings.sent(d.id(), clock.instant()));
                    } catch (WarningChannels.DeliveryException e) {
                        boolean giveUp = e.permanent || d.attempts() >= config.maxAttempts();
                        // Back off: 1, 2, 4, 8 ... minutes between attempts.
                        Instant retry = clock.instant().plus(Duration.ofMinutes(1L << Math.min(d.attempts() - 1, 6)));
                        LOG.warn("reporting: delivery {} of warning {} failed (attempt {}{}): {}", d.id(), d.warningId(), d.attempts(),
                                giveUp ? ", giving up" : "", e.getMessage());
                        tx.executeWithoutResult(s -> warnings.failed(d.id(), e.getMessage(), giveUp, retry));
                    }
                }
            }
        }
    }
}
