package dev.craft.cli.report;

import dev.craft.cli.CraftMain;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.report.CaseReviewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code craft report submit}: record that a report was filed, with its reference and receipt. */
@Command(
        name = "submit",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Record that a report was filed, with its reference and receipt.",
            "",
            "When, how (single reporting platform, CSIRT end-point, e-mail), the",
            "reference, and the receipt file (stored on the server with its SHA-256).",
            "The incident final report's one-month clock runs from the recorded",
            "notification submission.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft report submit RC-2026-0001 --stage early-warning --at 2026-10-03T06:10:00Z \\",
            "      --channel single_reporting_platform --reference SRP-2026-000123 --receipt srp-receipt.pdf",
            "  craft report submit RC-2026-0001 --stage notification --provided-with early-warning",
            "",
            "Exit codes: 0 recorded, 2 bad usage, a refused request (e.g. the stage is already recorded) or no connection."
        })
public final class ReportSubmitCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Channel { single_reporting_platform, csirt_endpoint, email, other }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.")
    String caseId;

    @Option(names = "--stage", required = true, paramLabel = "STAGE", description = "early-warning, notification, final-report or intermediate-N.")
    String stage;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When it was submitted (UTC).")
    Instant at;

    @Option(names = "--channel", defaultValue = "single_reporting_platform", paramLabel = "CHANNEL",
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Channel channel;

    @Option(names = "--reference", paramLabel = "REF", description = "The platform's or CSIRT's reference.")
    String reference;

    @Option(names = "--receipt", paramLabel = "FILE", description = "The receipt or confirmation to store with the record.")
    Path receipt;

    @Option(names = "--provided-with", paramLabel = "STAGE", description = "This stage's information was already given in that earlier submission.")
    String providedWith;

    @Option(names = "--note", paramLabel = "TEXT", description = "Free text.")
    String note;

    @Mixin
    ServerOptions server = new ServerOptions();

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        if (providedWith == null && at == null) {
            throw new InputException(new Problem("--at", "", "when was it submitted?", "--at INSTANT, or --provided-with STAGE"));
        }
        if (receipt != null && !Files.isRegularFile(receipt)) throw new NoSuchFileException(receipt.toString());
        var conn = server.connect(env);
        Long receiptId = null;
        if (receipt != null) {
            String type = Files.probeContentType(receipt);
            JsonNode stored = Replies.ok(conn.client().post(conn.caseUrl(caseId) + "/receipts?filename="
                    + ServerOptions.enc(receipt.getFileName().toString()), type == null ? "application/octet-stream" : type,
                    Files.readAllBytes(receipt)), receipt.toString());
            receiptId = stored.get("receiptId").asLong();
            spec.commandLine().getErr().println("craft: stored " + receipt + " (sha256 " + stored.get("sha256").asString() + ")");
        }
        var body = new LinkedHashMap<String, Object>();
        if (at != null) body.put("submittedAt", at.toString());
        body.put("channel", channel.name().toUpperCase(Locale.ROOT));
        if (reference != null) body.put("reference", reference);
        if (receiptId != null) body.put("receiptId", receiptId);
        if (note != null) body.put("note", note);
        JsonNode view;
        if (stage.startsWith("intermediate-")) {
            view = Replies.ok(conn.client().post(conn.caseUrl(caseId) + "/intermediate/" + ServerOptions.enc(stage.substring(13)) + "/submission",
                    "application/json", JSON.writeValueAsBytes(body)), "case " + caseId);
        } else {
            if (providedWith != null) body.put("providedWith", providedWith);
            view = Replies.ok(conn.client().post(conn.caseUrl(caseId) + "/submissions/" + ServerOptions.enc(stage), "application/json",
                    JSON.writeValueAsBytes(body)), "case " + caseId);
        }
        var review = CaseReviewer.standard().review(Replies.caseOf(view), Instant.parse(view.get("asOf").asString()));
        StatusText.print(review, List.of(), spec.commandLine().getOut());
        return CraftMain.EXIT_OK;
    }
}
