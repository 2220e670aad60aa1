package dev.craft.server.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.MemberState;
import dev.craft.report.cases.Signal;
import dev.craft.report.json.ReportJson;
import dev.craft.server.api.ApiException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Snapshots of the server's findings and releases for reporting cases: the finding with its advisory (description,
 * CVSS vector, fixed versions, CWEs, references) and exploitation record (KEV fields), the release with its market
 * facts. A case keeps the snapshot; later feed updates do not rewrite what it was decided on.
 */
@Component
class FindingSnapshots {

    private final JdbcClient jdbc;

    FindingSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A finding with everything a case needs from it, its release, product, advisory and exploitation record. */
    record FindingData(long findingId, String vulnerabilityId, String source, LocalDate since, List<String> aliases, String summary,
                       String severity, String componentName, String componentVersion, String purl, String productKey,
                       String productName, String version, LocalDate placed, LocalDate supportEnd, List<String> memberStates,
                       String advisoryRaw, String exploitationDetails) {}

    FindingData load(long orgId, long findingId) {
        record Row(long id, String vuln, String source, LocalDate since, List<String> aliases, String summary, String severity,
                   String component, String componentVersion, String purl, String productKey, String productName, String version,
                   LocalDate placed, LocalDate supportEnd, List<String> memberStates) {}
        Row f = jdbc.sql("""
                        select f.id, f.vulnerability_id, f.exploited_source, f.exploited_since, f.aliases, f.summary, f.severity,
                               f.component_name, f.component_version, f.purl, p.key, p.name, r.version, r.placed_on_market,
                               r.support_end, r.member_states
                        from finding f
                        join product p on p.id = f.product_id
                        join release r on r.id = f.release_id
                        where f.org_id = :org and f.id = :id""")
                .param("org", orgId).param("id", findingId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                        rs.getObject(15, LocalDate.class), List.of((String[]) rs.getArray(16).getArray())))
                .optional().orElseThrow(() -> ApiException.notFound("finding " + findingId));
        var ids = new java.util.ArrayList<String>();
        ids.add(f.vuln());
        ids.addAll(f.aliases());
        return new FindingData(f.id(), f.vuln(), f.source(), f.since(), f.aliases(), f.summary(), f.severity(), f.component(),
                f.componentVersion(), f.purl(), f.productKey(), f.productName(), f.version(), f.placed(), f.supportEnd(), f.memberStates(),
                advisoryRaw(f.vuln()), exploitationDetails(ids));
    }

    /**
     * The advisory as imported (OSV JSON), for the description, CVSS vector, fixed versions, CWEs and references.
     * Enrichment only: where the advisory store keeps no raw record, the snapshot has the finding's own fields.
     */
    private String advisoryRaw(String id) {
        if (!hasColumn("advisory", "raw")) return null;
        return jdbc.sql("select raw::text from advisory where id = :id limit 1").param("id", id).query(String.class).optional().orElse(null);
    }

    /** The exploitation record (the KEV entry's fields), where the store keeps one. */
    private String exploitationDetails(List<String> ids) {
        if (!hasColumn("exploitation", "details")) return null;
        return jdbc.sql("select details::text from exploitation where vulnerability_id = any(cast(:ids as text[])) order by vulnerability_id limit 1")
                .param("ids", ids.toArray(String[]::new)).query(String.class).optional().orElse(null);
    }

    private final java.util.Map<String, Boolean> columns = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean hasColumn(String table, String column) {
        return columns.computeIfAbsent(table + "." + column, k -> jdbc.sql("""
                        select exists (select 1 from information_schema.columns
                                       where table_schema = current_schema() and table_name = :t and column_name = :c)""")
                .param("t", table).param("c", column).query(Boolean.class).single());
    }

    /** A release by product key and version, with no component (an incident, or a vulnerability in the product's own code). */
    AffectedRelease release(long orgId, String productKey, String version, String component, boolean thirdParty) {
        return jdbc.sql("""
                        select p.key, p.name, r.version, r.placed_on_market, r.support_end, r.member_states
                        from release r join product p on p.id = r.product_id
                        where r.org_id = :org and p.key = :product and r.version = :version""")
                .param("org", orgId).param("product", productKey).param("version", version)
                .query((rs, i) -> new AffectedRelease(rs.getString(1), rs.getString(2), rs.getString(3), null,
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        states(List.of((String[]) rs.getArray(6).getArray())), component, thirdParty, null))
                .optional().orElseThrow(() -> ApiException.notFound("release " + productKey + " " + version));
    }

    /** The exploitation signal of an alert on this finding. */
    static Signal signal(FindingData a, long alertId, Instant raisedAt) {
        JsonNode details = tree(a.exploitationDetails());
        String cve = a.vulnerabilityId().startsWith("CVE-") ? a.vulnerabilityId()
                : a.aliases().stream().filter(x -> x.startsWith("CVE-")).findFirst().orElse(a.vulnerabilityId());
        String source = a.source() == null ? "" : a.source().toUpperCase(Locale.ROOT);
        var findingIds = List.of("F-" + a.findingId());
        if (source.contains("EUVD")) {
            String euvd = a.aliases().stream().filter(x -> x.startsWith("EUVD-")).findFirst().orElse(a.vulnerabilityId());
            return new Signal.EuvdExploited(euvd, List.of(cve), a.since(), findingIds, "alert-" + alertId, raisedAt);
        }
        if (source.contains("KEV")) {
            Boolean ransomware = text(details, "knownRansomwareCampaignUse") == null ? null
                    : "known".equalsIgnoreCase(text(details, "knownRansomwareCampaignUse"));
            return new Signal.KevListing(cve, text(details, "catalogVersion"), a.since(), ransomware, text(details, "vendorProject"),
                    text(details, "product"), findingIds, "alert-" + alertId, raisedAt);
        }
        return new Signal.ManualEntry(Signal.ManualSource.OTHER, a.source(), cve + " marked exploited by " + a.source()
                + " (alert " + alertId + ")", raisedAt);
    }

    static FindingSnapshot finding(FindingData a) {
        JsonNode raw = tree(a.advisoryRaw());
        String description = text(raw, "details");
        if (description != null && description.length() > 2000) description = description.substring(0, 1997) + "...";
        String vector = null;
        for (JsonNode s : raw == null ? List.<JsonNode>of() : iterable(raw.path("severity"))) {
            if (s.path("type").asText().startsWith("CVSS_V3")) vector = s.path("score").asText();
        }
        var fixed = new ArrayList<String>();
        var cwes = new ArrayList<String>();
        var refs = new ArrayList<String>();
        if (raw != null) {
            for (JsonNode aff : raw.path("affected")) {
                String name = aff.path("package").path("name").asText("");
                if (!name.equals(a.componentName()) && !name.endsWith(":" + a.componentName()) && !name.endsWith("/" + a.componentName())) continue;
                for (JsonNode range : aff.path("ranges")) {
                    for (JsonNode ev : range.path("events")) if (ev.has("fixed") && !fixed.contains(ev.get("fixed").asText())) fixed.add(ev.get("fixed").asText());
                }
            }
            for (JsonNode c : raw.path("database_specific").path("cwe_ids")) cwes.add(c.asText());
            for (JsonNode r : raw.path("references")) if (refs.size() < 5) refs.add(r.path("url").asText());
        }
        String severity = a.severity() == null || a.severity().equalsIgnoreCase("unknown") ? null : a.severity().toUpperCase(Locale.ROOT);
        boolean kev = a.source() != null && a.source().toUpperCase(Locale.ROOT).contains("KEV");
        Boolean ransomware = text(tree(a.exploitationDetails()), "knownRansomwareCampaignUse") == null ? null
                : "known".equalsIgnoreCase(text(tree(a.exploitationDetails()), "knownRansomwareCampaignUse"));
        return new FindingSnapshot("F-" + a.findingId(), a.vulnerabilityId(), a.aliases(), a.summary(), description, a.productKey(),
                a.version(), a.purl() != null ? a.purl() : a.componentName() + (a.componentVersion() == null ? "" : "@" + a.componentVersion()),
                fixed, vector, null, severity, cwes, refs, kev ? a.since() : null, ransomware);
    }

    static AffectedRelease release(FindingData a) {
        var states = states(a.memberStates());
        String component = a.purl() != null ? a.purl() : a.componentName() + (a.componentVersion() == null ? "" : "@" + a.componentVersion());
        return new AffectedRelease(a.productKey(), a.productName(), a.version(), null, a.placed(), a.supportEnd(), states, component, true, null);
    }

    static EnumSet<MemberState> states(List<String> codes) {
        var states = EnumSet.noneOf(MemberState.class);
        for (String s : codes) MemberState.tryParse(s).ifPresent(states::add);
        return states;
    }

    static JsonNode tree(String json) {
        if (json == null) return null;
        try {
            return ReportJson.mapper().readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) return null;
        String v = node.get(field).asText();
        return v.isBlank() ? null : v;
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }
}
