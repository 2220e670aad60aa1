package dev.craft.cli.server;

import picocli.CommandLine.Command;

/** {@code craft audit}: the server's audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The craft server's audit trail: append-only and hash-chained, one chain per organisation.",
        subcommands = {AuditVerifyCommand.class})
public final class AuditCommand {
}
