package dev.craft.server.reporting;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The SMTP server and webhook receiver of the reporting tests, one each per JVM, started before the server. */
public final class ReportingTestServices {

    private static GreenMail smtp;
    private static WebhookReceiver webhook;

    private ReportingTestServices() {}

    public static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            smtp.start();
        }
        return smtp;
    }

    public static synchronized WebhookReceiver webhook() {
        if (webhook == null) webhook = new WebhookReceiver();
        return webhook;
    }

    /** Points the server's mail sender at the local SMTP server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("craft-reporting-test", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(smtp().getSmtp().getPort()))));
        }
    }
}
