package dev.craft.cli.report;

import dev.craft.cli.CraftMain;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.report.CaseReviewer;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.json.AtomicFiles;
import dev.craft.report.json.CaseJson;
import dev.craft.report.json.ReportJson;
import dev.craft.report.notice.NoticeBuilder;
import dev.craft.report.notice.NoticeText;
import dev.craft.report.notice.UserNotice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code craft report notify}: the notice to users (Art 14(8)) as text or CSAF, and the record that it went out. */
@Command(
        name = "notify",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Draft the notice to users (Art 14(8)) as text or CSAF; record it.",
            "",
            "What happened, the affected and fixed releases, and what users should",
            "do, as plain text and as a CSAF 2.0 document (security advisory for a",
            "vulnerability, incident response for an incident), with the list of",
            "impacted customers. With --issued, record that the notice went out",
            "(each issue is a revision of the advisory).",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft report notify RC-2026-0001                           # the text",
            "  craft report notify RC-2026-0001 --format csaf --output rc-2026-0001.json",
            "  craft report notify RC-2026-0001 --format distribution     # who to send it to",
            "  craft report notify RC-2026-0001 --issued --channel e-mail --summary 'Initial notice'",
            "  craft report notify --case case.json --format csaf         # offline",
            "",
            "Exit codes: 0 done, 1 the notice is incomplete (see the missing items), 2 bad usage, input or no connection."
        })
public final class ReportNotifyCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Format { text, csaf, json, distribution }

    enum Audience { impacted, all }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case id (not with --case).")
    String caseId;

    @Option(names = "--audience", defaultValue = "impacted", paramLabel = "WHO", description = "${COMPLETION-CANDIDATES} users (default ${DEFAULT-VALUE}).")
    Audience audience;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--issued", description = "Record that the notice was issued (server only).")
    boolean issued;

    @Option(names = "--channel", paramLabel = "HOW", description = "With --issued: how it went out (e-mail, portal, web page).")
    String channel;

    @Option(names = "--summary", paramLabel = "TEXT", description = "With --issued: what this revision says or changes.")
    String summary;

    @Option(names = "--reference", paramLabel = "REF", description = "With --issued: URL or message id.")
    String reference;

    @Option(names = "--case", paramLabel = "FILE", description = "Draft offline from this case file (JSON).")
    Path caseFile;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Offline only: the date of the draft (default: now).")
    Instant now;

    @Mixin
    ServerOptions server = new ServerOptions();

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        String who = audience == Audience.all ? "ALL_USERS" : "IMPACTED_USERS";
        if (caseFile != null) {
            var c = CaseJson.read(caseFile);
            UserNotice n = new NoticeBuilder(CaseReviewer.standard().rules(), "cli")
                    .draft(c, NoticeRecord.Audience.valueOf(who), now != null ? now : Instant.now());
            if (format == Format.csaf && n.csaf() == null) {
                throw new InputException(new Problem(caseFile.toString(), "", "no CSAF document: " + String.join(" ", n.missing()), ""));
            }
            byte[] bytes = switch (format) {
                case text -> n.text().getBytes(StandardCharsets.UTF_8);
                case csaf -> ReportJson.write(n.csaf());
                case json -> ReportJson.write(n);
                case distribution -> NoticeText.distribution(n).getBytes(StandardCharsets.UTF_8);
            };
            emit(bytes);
            return n.missing().isEmpty() ? CraftMain.EXIT_OK : CraftMain.EXIT_GATE_FAILED;
        }
        if (caseId == null) throw new InputException(new Problem("CASE", "", "no case given", "a case id, or --case FILE"));
        var conn = server.connect(env);
        if (issued) {
            if (channel == null) throw new InputException(new Problem("--channel", "", "how did the notice go out?", "--channel e-mail"));
            var body = new LinkedHashMap<String, Object>();
            body.put("audience", who);
            body.put("channel", channel);
            if (summary != null) body.put("summary", summary);
            if (reference != null) body.put("reference", reference);
            var view = Replies.ok(conn.client().post(conn.caseUrl(caseId) + "/notices", "application/json", JSON.writeValueAsBytes(body)),
                    "case " + caseId);
            var review = CaseReviewer.standard().review(Replies.caseOf(view), Instant.parse(view.get("asOf").asString()));
            StatusText.print(review, java.util.List.of(), spec.commandLine().getOut());
            return CraftMain.EXIT_OK;
        }
        var notice = Replies.ok(conn.client().get(conn.caseUrl(caseId) + "/notice?audience=" + who), "notice of " + caseId);
        byte[] bytes = switch (format) {
            case text -> notice.path("text").asString().getBytes(StandardCharsets.UTF_8);
            case csaf -> {
                if (notice.path("csaf").isMissingNode() || notice.path("csaf").isNull()) {
                    throw new InputException(Problem.at("case " + caseId, "", "no CSAF document yet: " + notice.path("missing")));
                }
                yield notice.get("csaf").toPrettyString().getBytes(StandardCharsets.UTF_8);
            }
            case json -> notice.toPrettyString().getBytes(StandardCharsets.UTF_8);
            case distribution -> conn.client().getBytes(conn.caseUrl(caseId) + "/notice?audience=" + who + "&format=distribution", "text/plain");
        };
        emit(bytes);
        return notice.path("missing").isEmpty() ? CraftMain.EXIT_OK : CraftMain.EXIT_GATE_FAILED;
    }

    private void emit(byte[] bytes) {
        if (output != null) {
            AtomicFiles.write(output, bytes);
            spec.commandLine().getErr().println("craft: wrote " + output);
            spec.commandLine().getErr().flush();
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') out.println();
        out.flush();
    }

}
