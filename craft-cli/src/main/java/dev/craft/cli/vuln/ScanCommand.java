package dev.craft.cli.vuln;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.Sbom;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.Finding;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.Scanner;
import dev.craft.vuln.SeverityLevel;
import dev.craft.vuln.output.ScanFormat;
import dev.craft.vuln.output.ScanWriters;
import dev.craft.vuln.vex.VexReader;
import dev.craft.vuln.vex.VexStatement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code craft scan}: match an SBOM against the advisory store. */
@Command(
        name = "scan",
        header = "Match an SBOM's components against the advisory store; exploited findings first.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Match every component of an SBOM against the advisory store, by package identity (purl) and with each ecosystem's own version rules. A finding names the component and its path from the product, the vulnerability and all its ids, CVSS v3.1/v4.0 base scores computed from the vectors, EPSS, active exploitation (CISA KEV, ENISA EUVD) with its date, the fixed versions and the nearest fixing upgrade, and how it matched. VEX documents (CycloneDX, OpenVEX, CSAF) mark findings not affected, fixed or under investigation. What cannot be checked is listed as such, never as \"no findings\".",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft scan bom.json                          table, exploited first",
            "  craft scan bom.json --vex product.vex.json   apply VEX statements",
            "  craft scan bom.json --format sarif -o craft.sarif",
            "  craft scan bom.json --format cyclonedx-vdr -o vdr.json",
            "  craft scan bom.json --fail-on exploited      CI gate: exit 1 on an",
            "                                               actively exploited finding",
            "",
            "--fail-on counts open findings only (VEX not_affected and fixed do not count): 'exploited' any actively exploited one, 'critical'/'high' at or above that severity, 'any' every one.",
            "",
            "Exit codes: 0 done, 1 a finding at or above --fail-on, 2 bad usage or input (unreadable SBOM or VEX, no advisory store)."
        })
public final class ScanCommand implements Callable<Integer> {

    /** Threshold of {@code --fail-on}. */
    public enum FailOn {
        EXPLOITED, CRITICAL, HIGH, ANY
    }

    /** How SBOM files are read: craft-sbom's reader (any CycloneDX or SPDX flavour); tests may install another. */
    static Function<Path, Sbom> sbomReader = path -> {
        try {
            return dev.craft.sbom.SbomReader.read(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    @Parameters(index = "0", paramLabel = "SBOM", description = "The SBOM (CycloneDX or SPDX, JSON or XML).")
    Path sbomFile;

    @Option(names = "--db", paramLabel = "DIR", description = "The advisory store (default: $CRAFT_HOME/db, ~/.craft/db).")
    Path db;

    @Option(names = "--vex", paramLabel = "FILE", description = "A VEX document to apply (repeatable; later statements win).")
    List<Path> vex = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, sarif, cyclonedx-vdr, csv.")
    String format = "table";

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when an open finding reaches it: exploited, critical, high, any.")
    FailOn failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (atomically) instead of to standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ScanFormat fmt;
        try {
            fmt = ScanFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isRegularFile(sbomFile)) throw new InputException(Problem.at(sbomFile.toString(), "", "no such file"));
        Path store = CraftHome.db(db);
        // The store loads on another core while the SBOM and the VEX documents are read: the two are independent.
        CompletableFuture<MatchIndex> index = CompletableFuture.supplyAsync(() -> MatchIndex.build(AdvisoryStore.load(store)));
        Sbom sbom;
        var statements = new ArrayList<VexStatement>();
        try {
            for (Path v : vex) statements.addAll(VexReader.read(v));
            sbom = sbomReader.apply(sbomFile);
        } catch (RuntimeException e) {
            index.cancel(true);
            throw e;
        }
        ScanResult result = new Scanner(join(index), Clock.systemUTC()).scan(sbom, sbomFile.toString(), statements);
        if (output == null) {
            ScanWriters.write(result, fmt, out, CraftHome.version());
        } else {
            writeAtomically(output, w -> ScanWriters.write(result, fmt, w, CraftHome.version()));
            out.println("wrote " + output + " (" + fmt.label() + "): " + result.findings().size() + " findings, "
                    + result.couldNotCheck().size() + " could not check");
        }
        warnIfStale(result, err);
        long failing = failOn == null ? 0 : result.openFindings().stream().filter(f -> fails(f, failOn)).count();
        if (failing > 0) {
            err.println("craft: " + failing + " open finding" + (failing == 1 ? "" : "s") + " at or above --fail-on "
                    + failOn.name().toLowerCase(Locale.ROOT));
            return 1;
        }
        return 0;
    }

    /** A scan against old data looks clean for the wrong reason: say so on standard error. */
    private static void warnIfStale(ScanResult result, PrintWriter err) {
        java.time.Instant now = java.time.Instant.now();
        for (var s : result.sources()) {
            var age = DbStatusCommand.age(s, now);
            if (age.toDays() >= 7) {
                err.println("craft: warning: source " + s.name() + " was last updated " + age.toDays() + " days ago; run 'craft db sync'");
            }
        }
    }

    private static MatchIndex join(CompletableFuture<MatchIndex> index) {
        try {
            return index.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    static boolean fails(Finding f, FailOn threshold) {
        return switch (threshold) {
            case ANY -> true;
            case EXPLOITED -> f.isExploited();
            case CRITICAL -> f.severity() == SeverityLevel.CRITICAL;
            case HIGH -> f.severity() == SeverityLevel.CRITICAL || f.severity() == SeverityLevel.HIGH;
        };
    }

    interface WriterAction {
        void write(Writer w) throws IOException;
    }

    /** Writes to a temporary file next to the target, then moves it into place. */
    static void writeAtomically(Path target, WriterAction action) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, abs.getFileName().toString() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                action.write(w);
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

}
