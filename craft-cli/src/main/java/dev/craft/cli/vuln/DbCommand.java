package dev.craft.cli.vuln;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code craft db}: the local advisory store. */
@Command(
        name = "db",
        header = "Import, sync and inspect the local advisory store (OSV, CISA KEV, EPSS, EUVD).",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Manage the local advisory store that 'craft scan' matches against: OSV advisories, the CISA KEV catalogue, FIRST EPSS scores and the ENISA EUVD list of exploited vulnerabilities, each with its provenance (source, fetched-at, sha256).",
            "",
            "The store lives in $CRAFT_HOME/db (default ~/.craft/db); --db DIR picks another one.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft db sync                          download every default feed",
            "  craft db import PyPI/all.zip kev.json  air-gapped: the same feeds from files",
            "  craft db status                        sources, counts, freshness",
            "",
            "Exit codes: 0 done, 1 a source could not be synced, 2 bad usage or input."
        },
        subcommands = {DbImportCommand.class, DbSyncCommand.class, DbStatusCommand.class, CommandLine.HelpCommand.class})
public final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
