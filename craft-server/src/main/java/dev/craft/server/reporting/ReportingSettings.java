package dev.craft.server.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code craft.reporting.*}: the Art 14 reporting job and its warning deliveries (application.properties documents
 * each key).
 *
 * @param checkIntervalMs  how often the job recomputes clocks, takes in alerts and sends warnings
 * @param mailFrom         From address of warning e-mails
 * @param maxAttempts      attempts per delivery before it is marked failed
 * @param webhookTimeoutMs connect and response timeout of a webhook call
 * @param maxReceiptBytes  the largest receipt upload accepted
 */
@ConfigurationProperties("craft.reporting")
record ReportingSettings(long checkIntervalMs, String mailFrom, int maxAttempts, long webhookTimeoutMs, long maxReceiptBytes) {}
