package dev.craft.cli.report;

import dev.craft.cli.CraftMain;
import dev.craft.report.CaseReview;
import dev.craft.report.CaseReviewer;
import dev.craft.report.json.CaseJson;
import dev.craft.report.json.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code craft report status}: a case's clocks and what is missing, or the list of cases. */
@Command(
        name = "status",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Show a case's clocks and what is missing, or list the cases.",
            "",
            "The three Art 14 clocks (due time, state, time left), whether the case",
            "is reportable and why, where the reports go (Art 14(7)), and what is",
            "still to decide. Without CASE, list the organisation's cases.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft report status                         # the organisation's cases",
            "  craft report status RC-2026-0001",
            "  craft report status --case case.json --now 2026-10-03T12:00:00Z   # offline, on a case file",
            "",
            "Exit codes: 0 done, 1 a report of the case is overdue, 2 bad usage, input or no connection."
        })
public final class ReportStatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case id, e.g. RC-2026-0001.")
    String caseId;

    @Option(names = "--case", paramLabel = "FILE", description = "Work offline on this case file (JSON, see docs/reporting.md).")
    Path caseFile;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Offline only: compute the clocks as of this instant (default: now).")
    Instant now;

    @Option(names = "--json", description = "Print the full status as JSON.")
    boolean json;

    @Mixin
    ServerOptions server = new ServerOptions();

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CaseReview review;
        List<String> warnings = new ArrayList<>();
        if (caseFile != null) {
            review = CaseReviewer.standard().review(CaseJson.read(caseFile), now != null ? now : Instant.now());
            if (json) {
                out.println(ReportJson.writeString(review));
                out.flush();
                return StatusText.overdue(review) ? CraftMain.EXIT_GATE_FAILED : CraftMain.EXIT_OK;
            }
        } else {
            var conn = server.connect(env);
            if (caseId == null) return list(conn, out);
            JsonNode view = Replies.ok(conn.client().get(conn.caseUrl(caseId)), "case " + caseId);
            if (json) {
                out.println(view.toPrettyString());
                out.flush();
                return view.at("/schedule/stages").valueStream().anyMatch(s -> s.path("state").asString().equals("OVERDUE"))
                        ? CraftMain.EXIT_GATE_FAILED : CraftMain.EXIT_OK;
            }
            review = CaseReviewer.standard().review(Replies.caseOf(view), Instant.parse(view.get("asOf").asString()));
            for (JsonNode w : view.path("warnings")) {
                warnings.add(w.path("deadline").asString() + " " + w.path("lead").asString() + " " + w.path("outcome").asString()
                        + " " + w.path("createdAt").asString());
            }
        }
        StatusText.print(review, warnings, out);
        return StatusText.overdue(review) ? CraftMain.EXIT_GATE_FAILED : CraftMain.EXIT_OK;
    }

    private int list(ServerOptions.Connection conn, PrintWriter out) {
        String cursor = null;
        int n = 0;
        do {
            JsonNode page = Replies.ok(conn.client().get(conn.cases() + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)), "cases");
            for (JsonNode c : page.path("items")) {
                out.printf("%-14s %-10s %-14s %s  %s%n", c.path("caseKey").asString(), c.path("status").asString(),
                        c.path("kind").asString(), c.path("awareness").asString(), c.path("title").asString());
                n++;
            }
            cursor = page.path("next").isString() ? page.path("next").asString() : null;
        } while (cursor != null);
        if (n == 0) out.println("no reporting cases");
        out.flush();
        return CraftMain.EXIT_OK;
    }
}
