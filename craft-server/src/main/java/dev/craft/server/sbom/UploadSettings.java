package dev.craft.server.sbom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code craft.upload.*}: limits on uploads (SBOMs, advisory files).
 *
 * @param maxBytes        the largest upload accepted (413 before the body is read)
 * @param concurrency     pushes parsed, matched and stored at once; more wait their turn (docs/adr/0044)
 * @param queueTimeoutMs  how long a push waits for its turn before it is answered 503 server-busy
 */
@ConfigurationProperties("craft.upload")
public record UploadSettings(long maxBytes, @DefaultValue("4") int concurrency, @DefaultValue("120000") long queueTimeoutMs) {
    public UploadSettings {
        if (maxBytes < 1024) throw new IllegalArgumentException("craft.upload.max-bytes must be at least 1024, was " + maxBytes);
        if (concurrency < 1) throw new IllegalArgumentException("craft.upload.concurrency must be at least 1, was " + concurrency);
        if (queueTimeoutMs < 0) throw new IllegalArgumentException("craft.upload.queue-timeout-ms must not be negative, was " + queueTimeoutMs);
    }
}
