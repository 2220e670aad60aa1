package dev.craft.server.sbom;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets at most {@code craft.upload.concurrency} pushes be parsed, matched and stored at once; the others
 * wait in arrival order (a fair semaphore) for up to {@code craft.upload.queue-timeout-ms}. Without it, 50
 * CI pipelines pushing at once all parse at once (memory) and then all ask the connection pool for a
 * connection: those that wait longer than {@code craft.db.connect-timeout-ms} failed with 503, and reads
 * and health checks starved with them. Queued pushes hold no connection and no parsed SBOM (ADR 0044).
 */
@Component
class UploadAdmission {

    private final Semaphore permits;
    private final long timeoutMs;
    private final int concurrency;

    UploadAdmission(UploadSettings settings, MeterRegistry meters) {
        this.concurrency = settings.concurrency();
        this.permits = new Semaphore(concurrency, true);
        this.timeoutMs = settings.queueTimeoutMs();
        Gauge.builder("craft.upload.queued", permits, Semaphore::getQueueLength)
                .description("pushes waiting for their turn (craft.upload.concurrency)").register(meters);
        Gauge.builder("craft.upload.active", permits, p -> concurrency - p.availablePermits())
                .description("pushes being parsed, matched or stored").register(meters);
    }

    /** Runs {@code work} when its turn comes; 503 server-busy (nothing done) when it does not come in time. */
    <T> T run(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (!admitted) throw busy();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private ApiException busy() {
        return new ApiException(ProblemType.SERVER_BUSY, "the server is busy with other uploads (" + permits.getQueueLength()
                + " waiting, " + concurrency + " at a time; craft.upload.concurrency) and this one waited "
                + timeoutMs + " ms; nothing was stored: retry shortly", Map.of());
    }
}
