package dev.craft.server.reporting;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one warning delivery: an e-mail through the configured SMTP server, or a signed JSON POST to the webhook.
 * Each delivery carries a stable id (Message-ID, {@code X-Craft-Delivery}) so that a receiver can drop the rare
 * duplicate of a delivery retried after a crash between sending and recording (ADR 0052).
 */
@Component
class WarningChannels {

    static final String SIGNATURE_HEADER = "X-Craft-Signature";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<JavaMailSender> mail;
    private final HttpClient http;
    private final ReportingSettings settings;

    WarningChannels(ObjectProvider<JavaMailSender> mail, HttpClient reportingWebhookClient, ReportingSettings settings) {
        this.mail = mail;
        this.http = reportingWebhookClient;
        this.settings = settings;
    }

    /** Why a delivery failed, and whether retrying can help. */
    static final class DeliveryException extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean permanent;

        DeliveryException(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }
    }

    void deliver(WarningStore.PendingDelivery d, OrgSettings org, String orgSlug) throws DeliveryException {
        switch (d.channel()) {
            case "email" -> email(d);
            case "webhook" -> webhook(d, org, orgSlug);
            default -> throw new DeliveryException("unknown channel " + d.channel(), true);
        }
    }

    private void email(WarningStore.PendingDelivery d) throws DeliveryException {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) throw new DeliveryException("no SMTP server configured (set spring.mail.host)", true);
        try {
            MimeMessage m = sender.createMimeMessage();
            var helper = new MimeMessageHelper(m, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom());
            helper.setTo(d.target());
            helper.setSubject(d.subject());
            helper.setText(d.body());
            m.saveChanges();
            m.setHeader("Message-ID", "<craft-warning-" + d.warningId() + "@craft>");
            m.setHeader("X-Craft-Delivery", String.valueOf(d.warningId()));
            sender.send(m);
        } catch (jakarta.mail.MessagingException | org.springframework.mail.MailException e) {
            throw new DeliveryException("e-mail to " + d.target() + " failed: " + e.getMessage(), false);
        }
    }

    private void webhook(WarningStore.PendingDelivery d, OrgSettings org, String orgSlug) throws DeliveryException {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("event", "reporting.warning");
        payload.put("delivery", d.warningId());
        payload.put("org", orgSlug);
        payload.put("caseId", d.caseKey());
        payload.put("deadline", d.deadline());
        payload.put("lead", Duration.ofSeconds(d.leadSeconds()).toString());
        payload.put("overdue", d.leadSeconds() == 0);
        payload.put("due", d.due().toString());
        payload.put("subject", d.subject());
        payload.put("text", d.body());
        byte[] body = JSON.writeValueAsBytes(payload);
        var request = HttpRequest.newBuilder(URI.create(d.target()))
                .timeout(Duration.ofMillis(settings.webhookTimeoutMs()))
                .header("Content-Type", "application/json")
                .header("User-Agent", "craft-reporting")
                .header("X-Craft-Event", "reporting.warning")
                .header("X-Craft-Delivery", String.valueOf(d.warningId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (org.webhookSecret() != null && !org.webhookSecret().isEmpty()) {
            request.header(SIGNATURE_HEADER, "sha256=" + hmacSha256(org.webhookSecret(), body));
        }
        try {
            HttpResponse<Void> r = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 != 2) {
                throw new DeliveryException("webhook " + d.target() + " answered HTTP " + r.statusCode(), r.statusCode() / 100 == 4 && r.statusCode() != 429);
            }
        } catch (IOException e) {
            throw new DeliveryException("webhook " + d.target() + " unreachable: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false);
        }
    }

    /** Hex HMAC-SHA256 of the body: receivers recompute it with the shared secret to authenticate the call. */
    static String hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
