package dev.craft.server.product;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-assessment jobs: after a profile change, and at start-up for every product whose latest assessment
 * was made with another knowledge base (a new craft version ships a new one).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentJobs {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentJobs.class);

    static final TaskDescriptor<Long> REASSESS = TaskDescriptor.of("reassess-product", Long.class);

    @Bean
    OneTimeTask<Long> reassessTask(@Lazy Assessments assessments, JdbcClient jdbc, TransactionTemplate tx) {
        return Tasks.oneTime(REASSESS).execute((instance, context) -> tx.executeWithoutResult(status -> {
            long productId = instance.getData();
            // Serialise re-assessments of one product; a second job finds the first one's result current.
            jdbc.sql("select id from product where id = :id for update").param("id", productId).query(Long.class).optional();
            var trigger = assessments.needed(productId);
            if (trigger == null) return;
            long org = jdbc.sql("select org_id from product where id = :id").param("id", productId).query(Long.class).single();
            try {
                assessments.run(org, productId, trigger, "system:assessment");
            } catch (dev.craft.common.InputException e) {
                // The stored profile no longer reads (a knowledge-base change retired a value): say so, keep the old assessment.
                LOG.warn("product {}: its profile cannot be assessed with knowledge base {}: {}", productId,
                        assessments.knowledgeBaseVersion(), e.getMessage());
            }
        }));
    }

    @Bean
    KnowledgeBaseWatch knowledgeBaseWatch(@Lazy Assessments assessments, TransactionTemplate tx) {
        return new KnowledgeBaseWatch(assessments, tx);
    }

    static final class KnowledgeBaseWatch {
        private final Assessments assessments;
        private final TransactionTemplate tx;

        KnowledgeBaseWatch(Assessments assessments, TransactionTemplate tx) {
            this.assessments = assessments;
            this.tx = tx;
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleStale() {
            tx.executeWithoutResult(status -> {
                var stale = assessments.stale();
                for (long id : stale) assessments.scheduleReassessment(id);
                if (!stale.isEmpty()) {
                    LOG.info("{} products need a new assessment (knowledge base {} or their profile changed)", stale.size(),
                            assessments.knowledgeBaseVersion());
                }
            });
        }
    }
}
