package dev.craft.server.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code craft.jobs.*}: the background workers.
 *
 * @param threads        worker threads per node
 * @param pollIntervalMs how often idle workers look for due jobs
 */
@ConfigurationProperties("craft.jobs")
public record JobSettings(int threads, long pollIntervalMs) {}
