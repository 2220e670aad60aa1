package dev.craft.server.advisory;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The advisory feature's background jobs, on the PostgreSQL job queue. */
@Configuration(proxyBeanMethods = false)
class AdvisoryJobs {

    /** Re-matches the portfolio after an import; the data is the import's id. */
    static final TaskDescriptor<Long> MONITOR = TaskDescriptor.of("advisory-monitor", Long.class);

    @Bean
    OneTimeTask<Long> advisoryMonitorTask(PortfolioMatcher matcher) {
        // A failure is recorded on the import (status failed) by the matcher; a crash mid-run leaves the
        // job picked, and db-scheduler revives it once its heartbeat stops: the matcher is idempotent.
        return Tasks.oneTime(MONITOR).execute((instance, context) -> matcher.run(instance.getData()));
    }
}
