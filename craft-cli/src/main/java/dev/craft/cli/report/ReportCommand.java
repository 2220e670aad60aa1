package dev.craft.cli.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code craft report}: Art 14 reporting, from an exploited vulnerability or severe incident to the filed reports. */
@Command(
        name = "report",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Art 14 reporting: cases, clocks, drafts, filings, user notices.",
            "",
            "Cases for actively exploited vulnerabilities and severe incidents",
            "(Regulation (EU) 2024/2847, Art 14), their 24 h / 72 h / final-report",
            "clocks, report drafts, the record of what was filed, and the notice to",
            "users (Art 14(8)). The commands talk to a craft server (--server or",
            "CRAFT_SERVER, API key in CRAFT_API_KEY); status, draft and notify also",
            "work offline on a case file (--case FILE).",
            ""
        },
        footer = {
            "",
            "A case's life:",
            "  craft report open --from-alert 17",
            "  craft report status RC-2026-0001",
            "  craft report draft RC-2026-0001 --stage early-warning --format pdf -o ew.pdf",
            "  craft report submit RC-2026-0001 --stage early-warning \\",
            "      --at 2026-10-05T14:50:00Z --reference SRP-123 --receipt receipt.pdf",
            "  craft report notify RC-2026-0001 --format csaf -o advisory.json",
            "",
            "docs/reporting.md walks through a whole case, from a KEV update to the",
            "user notice."
        },
        subcommands = {
            ReportOpenCommand.class,
            ReportStatusCommand.class,
            ReportDraftCommand.class,
            ReportSubmitCommand.class,
            ReportNotifyCommand.class
        })
public final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
