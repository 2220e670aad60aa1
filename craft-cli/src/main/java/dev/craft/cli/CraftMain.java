package dev.craft.cli;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code craft} command. Each subcommand is a thin adapter: it reads files, calls one core stage,
 * and renders the result. Exit codes are the same everywhere: 0 done, 1 a gate failed (a MUST rule,
 * a vulnerability over the threshold), 2 bad usage or unreadable input.
 */
@Command(
        name = "craft",
        mixinStandardHelpOptions = true,
        versionProvider = CraftVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "craft: the EU Cyber Resilience Act (Regulation (EU) 2024/2847) as everyday work.",
            "Every verdict cites its article; every finding explains itself.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 done, 1 a gate failed, 2 bad usage or input.",
            "Run 'craft help COMMAND' for a command's options and examples."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            dev.craft.cli.server.ServeCommand.class,
            dev.craft.cli.server.PushCommand.class,
            dev.craft.cli.server.AuditCommand.class,
            dev.craft.cli.sbom.SbomCommand.class,
            dev.craft.cli.vuln.DbCommand.class,
            dev.craft.cli.vuln.ScanCommand.class,
            dev.craft.cli.assess.AssessCommand.class,
            dev.craft.cli.assess.InitCommand.class,
            dev.craft.cli.assess.DeadlinesCommand.class,
            dev.craft.cli.report.ReportCommand.class,
        })
public final class CraftMain implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_GATE_FAILED = 1;
    public static final int EXIT_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs craft with these arguments and returns the exit code (tests call this directly). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        var cl = new CommandLine(new CraftMain());
        cl.setExecutionExceptionHandler(CraftMain::handleExecutionException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        switch (ex) {
            case InputException input -> {
                for (Problem p : input.problems()) err.println("craft: " + p.render());
                return EXIT_INPUT;
            }
            case NoSuchFileException nf -> {
                err.println("craft: " + nf.getFile() + ": no such file");
                return EXIT_INPUT;
            }
            case AccessDeniedException ad -> {
                err.println("craft: " + ad.getFile() + ": permission denied");
                return EXIT_INPUT;
            }
            case java.io.UncheckedIOException wrapped -> {
                return handleExecutionException(wrapped.getCause(), cl, parsed); // readers behind a Function rethrow this way
            }
            default -> {
                err.println("craft: internal error: " + ex);
                ex.printStackTrace(err);
                return 3;
            }
        }
    }
}
