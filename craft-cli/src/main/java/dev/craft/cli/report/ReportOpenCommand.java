package dev.craft.cli.report;

import dev.craft.cli.CraftMain;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.report.CaseReviewer;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code craft report open}: open a case by hand, or from an exploited-on-market alert. */
@Command(
        name = "open",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Open a case from an alert, a triage decision, or by hand.",
            "",
            "From a monitoring alert (an actively exploited finding on a release on",
            "the EU market), from your triage of a finding, or by hand for a severe",
            "incident or an exploitation someone reported. Awareness (when you became",
            "aware, and on what basis) starts the 24 h and 72 h clocks; it changes",
            "later only through an audited revision.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft report open --from-alert 17",
            "  craft report open --kind incident --title 'Update server compromised' --source internal_detection \\",
            "      --description 'Unsigned firmware offered on the update channel' \\",
            "      --aware-at 2026-10-05T09:00:00Z --basis 'SOC ticket 4411' --release cam-x1@2.4.1",
            "",
            "Exit codes: 0 opened, 2 bad usage, a refused request (its problems are printed) or no connection."
        })
public final class ReportOpenCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Kind { vulnerability, incident }

    enum Source { customer, researcher, csirt, supplier, importer_or_distributor, internal_detection, other }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from-alert", paramLabel = "ALERT", description = "Open (or join) the case of this monitoring alert.")
    Long alertId;

    @Option(names = "--kind", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--title", paramLabel = "TEXT", description = "One line.")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "What was reported or detected.")
    String description;

    @Option(names = "--source", defaultValue = "other", paramLabel = "SOURCE", description = "Who told you: ${COMPLETION-CANDIDATES}.")
    Source source;

    @Option(names = "--reported-by", paramLabel = "WHO", description = "The customer, researcher or CSIRT, if any.")
    String reportedBy;

    @Option(names = "--aware-at", paramLabel = "INSTANT", description = "When you became aware (UTC), e.g. 2026-10-05T09:00:00Z.")
    Instant awareAt;

    @Option(names = "--basis", paramLabel = "TEXT", description = "On what evidence or assessment you became aware.")
    String basis;

    @Option(names = "--release", paramLabel = "PRODUCT@VERSION", description = "An affected release (repeatable).")
    List<String> releases = new ArrayList<>();

    @Option(names = "--finding", paramLabel = "ID", description = "A finding of the server the case rests on (repeatable).")
    List<Long> findings = new ArrayList<>();

    @Option(names = "--from-triage", description = "The case opens from your triage decision that the (first) --finding is exploited.")
    boolean fromTriage;

    @Mixin
    ServerOptions server = new ServerOptions();

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        var conn = server.connect(env);
        JsonNode view;
        if (alertId != null) {
            view = Replies.ok(conn.client().post(conn.cases() + "/from-alert/" + alertId, "application/json", new byte[0]), "alert " + alertId);
        } else {
            if (kind == null || title == null || description == null || awareAt == null) {
                throw new InputException(new Problem("craft report open", "", "a case by hand needs --kind, --title, --description and --aware-at",
                        "--from-alert ALERT, or those four options"));
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("kind", kind.name().toUpperCase(Locale.ROOT));
            body.put("title", title);
            body.put("source", source.name().toUpperCase(Locale.ROOT));
            if (reportedBy != null) body.put("reportedBy", reportedBy);
            body.put("description", description);
            body.put("awareness", Map.of("at", awareAt.toString(), "basis", basis == null ? "entered with craft report open" : basis));
            var rel = new ArrayList<Map<String, String>>();
            for (String r : releases) {
                int at = r.lastIndexOf('@');
                if (at <= 0 || at == r.length() - 1) {
                    throw new InputException(new Problem("--release", "", "'" + r + "' is not PRODUCT@VERSION", "e.g. cam-x1@2.4.1"));
                }
                rel.add(Map.of("product", r.substring(0, at), "version", r.substring(at + 1)));
            }
            body.put("releases", rel);
            body.put("findingIds", findings);
            body.put("fromTriage", fromTriage);
            view = Replies.ok(conn.client().post(conn.cases(), "application/json", JSON.writeValueAsBytes(body)), "new case");
        }
        PrintWriter out = spec.commandLine().getOut();
        var review = CaseReviewer.standard().review(Replies.caseOf(view), Instant.parse(view.get("asOf").asString()));
        StatusText.print(review, List.of(), out);
        return CraftMain.EXIT_OK;
    }
}
