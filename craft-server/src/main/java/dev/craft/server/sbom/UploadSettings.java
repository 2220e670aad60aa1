package dev.craft.server.sbom;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code craft.upload.*}: limits on uploads (SBOMs, advisory files). */
@ConfigurationProperties("craft.upload")
public record UploadSettings(long maxBytes) {
    public UploadSettings {
        if (maxBytes < 1024) throw new IllegalArgumentException("craft.upload.max-bytes must be at least 1024, was " + maxBytes);
    }
}
