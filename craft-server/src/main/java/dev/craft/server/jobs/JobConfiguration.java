package dev.craft.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The job queue: db-scheduler on the {@code scheduled_tasks} table, wired by hand because its Spring Boot
 * starter (16.7.0) targets Boot 3 (docs/adr/0043-job-queue.md). Jobs are rows: they survive restarts,
 * and a job whose node dies is picked up by another once its heartbeat stops.
 *
 * <p>The scheduler gets a transaction-aware data source, so that a job scheduled inside a
 * {@code @Transactional} change is committed (or rolled back) with it: no job for a change that did not
 * happen, and no change whose job was lost.
 */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .threads(settings.threads())
                .pollingInterval(Duration.ofMillis(settings.pollIntervalMs()))
                .heartbeatInterval(Duration.ofSeconds(30))
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts the workers once the application is up, and stops them before the data source closes. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            /** A db-scheduler Scheduler cannot start again once stopped: keep it running when a test context is paused. */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
