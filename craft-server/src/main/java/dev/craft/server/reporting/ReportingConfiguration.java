package dev.craft.server.reporting;

import dev.craft.report.CaseReviewer;
import dev.craft.report.drafts.DraftBuilder;
import dev.craft.report.notice.NoticeBuilder;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core reporting stages the server runs (the same ones the CLI runs), built once. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    CaseReviewer caseReviewer() {
        return CaseReviewer.standard();
    }

    @Bean
    DraftBuilder draftBuilder(CaseReviewer reviewer) {
        return new DraftBuilder(reviewer);
    }

    @Bean
    NoticeBuilder noticeBuilder(CaseReviewer reviewer) {
        String version = ReportingConfiguration.class.getPackage().getImplementationVersion();
        return new NoticeBuilder(reviewer.rules(), version == null ? "dev" : version);
    }

    @Bean
    HttpClient reportingWebhookClient(ReportingSettings settings) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(settings.webhookTimeoutMs()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
