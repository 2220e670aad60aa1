package dev.craft.cli.report;

import dev.craft.cli.CraftMain;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.report.CaseReviewer;
import dev.craft.report.drafts.DraftBuilder;
import dev.craft.report.drafts.DraftStage;
import dev.craft.report.drafts.ReportDraft;
import dev.craft.report.json.AtomicFiles;
import dev.craft.report.json.CaseJson;
import dev.craft.report.render.DraftJson;
import dev.craft.report.render.DraftMarkdown;
import dev.craft.report.render.DraftPdf;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code craft report draft}: the draft of one report, as JSON, Markdown or PDF. */
@Command(
        name = "draft",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Draft one report (JSON, Markdown or PDF), missing items flagged.",
            "",
            "Every item Art 14(2) or 14(4) requires for the stage, pre-filled from",
            "the case, its findings and the product data, with its sources; each",
            "missing item says what to record. Values are plain text, ready to copy",
            "into the single reporting platform's form.",
            ""
        },
        footer = {
            "",
            "Stages: early-warning (24 h), notification (72 h), final-report, intermediate-N (Art 14(6)).",
            "",
            "Examples:",
            "  craft report draft RC-2026-0001 --stage early-warning",
            "  craft report draft RC-2026-0001 --stage notification --format pdf --output notification.pdf",
            "  craft report draft --case case.json --stage final-report --format markdown   # offline",
            "",
            "Exit codes: 0 done, 1 a required item of the draft is missing, 2 bad usage, input or no connection."
        })
public final class ReportDraftCommand implements Callable<Integer> {

    enum Format { json, markdown, pdf }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case id (not with --case).")
    String caseId;

    @Option(names = "--stage", required = true, paramLabel = "STAGE", description = "early-warning, notification, final-report or intermediate-N.")
    String stage;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (required for pdf) instead of standard output.")
    Path output;

    @Option(names = "--case", paramLabel = "FILE", description = "Draft offline from this case file (JSON).")
    Path caseFile;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Offline only: the instant the clocks are computed for (default: now).")
    Instant now;

    @Mixin
    ServerOptions server = new ServerOptions();

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        if (format == Format.pdf && output == null) {
            throw new InputException(new Problem("--output", "", "a PDF is not written to the terminal", "--output FILE.pdf"));
        }
        boolean intermediate = stage.startsWith("intermediate-");
        if (!intermediate && DraftStage.tryParse(stage).filter(s -> s != DraftStage.INTERMEDIATE).isEmpty()) {
            throw new InputException(new Problem("--stage", "", "unknown stage '" + stage + "'",
                    "early-warning, notification, final-report or intermediate-N"));
        }
        Quiet.pdfLibraries();
        byte[] bytes;
        boolean missing;
        if (caseFile != null) {
            var builder = new DraftBuilder(CaseReviewer.standard());
            var c = CaseJson.read(caseFile);
            Instant at = now != null ? now : Instant.now();
            ReportDraft d = intermediate ? builder.intermediate(c, stage.substring("intermediate-".length()), at)
                    : builder.draft(c, DraftStage.tryParse(stage).orElseThrow().reportStage().orElseThrow(), at);
            missing = !d.missingRequired().isEmpty();
            bytes = switch (format) {
                case json -> DraftJson.render(d);
                case markdown -> DraftMarkdown.render(d).getBytes(StandardCharsets.UTF_8);
                case pdf -> DraftPdf.render(d);
            };
        } else {
            if (caseId == null) throw new InputException(new Problem("CASE", "", "no case given", "a case id, or --case FILE"));
            var conn = server.connect(env);
            String path = conn.caseUrl(caseId) + (intermediate ? "/intermediate/" + ServerOptions.enc(stage.substring(13)) + "/draft"
                    : "/drafts/" + stage);
            // The JSON tells whether required items are missing; fetch it too when another format is asked for.
            var jsonDraft = Replies.ok(conn.client().get(path + "?format=json"), "draft " + stage + " of " + caseId);
            missing = !jsonDraft.path("missingRequired").isEmpty();
            bytes = format == Format.json ? jsonDraft.toPrettyString().getBytes(StandardCharsets.UTF_8)
                    : conn.client().getBytes(path + "?format=" + format, format == Format.pdf ? "application/pdf" : "text/markdown");
        }
        if (output != null) {
            AtomicFiles.write(output, bytes);
            spec.commandLine().getErr().println("craft: wrote " + output + (missing ? " (required items missing: see 'Before filing')" : ""));
            spec.commandLine().getErr().flush();
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') out.println();
            out.flush();
        }
        return missing ? CraftMain.EXIT_GATE_FAILED : CraftMain.EXIT_OK;
    }
}
