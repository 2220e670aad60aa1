package dev.craft.server.reporting;

import dev.craft.report.cases.Operator;
import dev.craft.report.json.ReportJson;
import dev.craft.server.db.Sql;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code reporting_settings}; an organisation without a row has {@link OrgSettings#DEFAULT}. */
@Component
class OrgSettingsStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrgSettingsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OrgSettings get(long orgId) {
        return jdbc.sql("""
                        select operator::text, lead_times, email_to, webhook_url, webhook_secret, alert_intake
                        from reporting_settings where org_id = :org""")
                .param("org", orgId)
                .query((rs, n) -> new OrgSettings(operator(rs.getString(1)), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional().orElse(OrgSettings.DEFAULT);
    }

    void put(long orgId, OrgSettings s, String actor) {
        jdbc.sql("""
                        insert into reporting_settings (org_id, operator, lead_times, email_to, webhook_url, webhook_secret, alert_intake,
                                                        updated_at, updated_by)
                        values (:org, cast(:op as jsonb), :lead, cast(:email as text[]), :url, :secret, :intake, :now, :by)
                        on conflict (org_id) do update set operator = excluded.operator, lead_times = excluded.lead_times,
                            email_to = excluded.email_to, webhook_url = excluded.webhook_url, webhook_secret = excluded.webhook_secret,
                            alert_intake = excluded.alert_intake, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("org", orgId).param("op", s.operator() == null ? null : ReportJson.writeString(s.operator()))
                .param("lead", s.leadTimes()).param("email", s.emailTo().toArray(String[]::new)).param("url", s.webhookUrl())
                .param("secret", s.webhookSecret()).param("intake", s.alertIntake()).param("now", Sql.utc(clock.instant()))
                .param("by", actor).update();
    }

    private static Operator operator(String json) {
        if (json == null) return null;
        return ReportJson.read("reporting_settings.operator", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Operator.class);
    }
}
