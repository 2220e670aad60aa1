package dev.craft.cli.vuln;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import dev.craft.vuln.ingest.Importers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code craft db import}: feeds from files, for air-gapped machines and for feeds craft does not download itself. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import feed files into the advisory store. Each file (or folder) becomes one source; importing a source of the same name again replaces it as a whole. Nothing is written unless every file reads.",
            "",
            "OSV: a record, an array, JSON Lines, a folder of records, an osv.dev all.zip, any of them gzipped. KEV: known_exploited_vulnerabilities.json or .csv.   EPSS: epss_scores-*.csv[.gz]. EUVD: the ENISA EUVD API's JSON (an array of items, or search pages {\"items\": [...]}).",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft db import ~/feeds/PyPI/all.zip ~/feeds/npm/all.zip",
            "  craft db import known_exploited_vulnerabilities.json epss.csv.gz",
            "  craft db import --kind euvd --name euvd exploited.json",
            "",
            "Exit codes: 0 done, 2 a file is missing, unreadable or holds no usable record (the store is unchanged)."
        })
final class DbImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feed files or folders.")
    List<Path> files;

    @Option(names = "--kind", paramLabel = "KIND", description = "What the files hold: osv, kev, epss, euvd (default: recognised from the file name, else from its first bytes; osv otherwise).")
    String kind;

    @Option(names = "--name", paramLabel = "NAME", description = "The source name in the store (default: from the file name, e.g. osv-pypi). Only with one file.")
    String name;

    @Option(names = "--db", paramLabel = "DIR", description = "The advisory store (default: $CRAFT_HOME/db, ~/.craft/db).")
    Path db;

    @Option(names = "--progress", description = "Draw a progress bar even when standard error is not a terminal.")
    boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (name != null && files.size() > 1) throw new CommandLine.ParameterException(spec.commandLine(), "--name needs exactly one FILE");
        Path dir = CraftHome.db(db);
        Clock clock = Clock.systemUTC();
        long start = System.nanoTime();
        var bar = new ProgressBar(err, progress || ProgressBar.interactive());
        var snapshots = new ArrayList<SourceSnapshot>();
        try {
            for (Path f : files) {
                if (!Files.exists(f)) throw new InputException(Problem.at(f.toString(), "", "no such file or folder"));
                SourceKind k = kind == null ? Importers.guessKind(f) : kind(kind);
                String n = name != null ? name : defaultName(f, k);
                snapshots.add(AdvisoryStore.read(k, n, f, f.toAbsolutePath().toString(), clock, bar));
                bar.done();
            }
        } finally {
            bar.done();
        }
        AdvisoryStore store = AdvisoryStore.update(dir, clock, s -> {
            AdvisoryStore next = s;
            for (SourceSnapshot snap : snapshots) next = next.with(snap);
            return next;
        });
        for (SourceSnapshot s : snapshots) describe(out, s.info());
        Summaries.store(out, dir, store, System.nanoTime() - start);
        return 0;
    }

    static void describe(PrintWriter out, SourceInfo i) {
        String what = switch (i.kind()) {
            case OSV -> i.records() + " advisories (" + i.withdrawn() + " withdrawn)";
            case KEV -> i.records() + " KEV entries" + (i.version() == null ? "" : ", catalogue " + i.version());
            case EPSS -> i.records() + " EPSS scores" + (i.version() == null ? "" : ", " + i.version());
            case EUVD -> i.records() + " exploited EUVD entries";
        };
        out.println("imported " + i.name() + ": " + what + ", " + ProgressBar.bytes(i.bytes()) + ", sha256 " + i.sha256().substring(0, 12));
        if (i.skipped() > 0) out.println("  " + i.skipped() + " records could not be read and were skipped:");
        int shown = 0;
        for (String w : i.warnings()) {
            if (shown++ == 10) {
                out.println("  ... " + (i.warnings().size() - 10) + " more warnings (craft db status --format json lists them)");
                break;
            }
            out.println("  warning: " + w);
        }
    }

    static SourceKind kind(String text) {
        try {
            return SourceKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(new Problem("--kind", "", "unknown kind '" + text + "'", "osv, kev, epss or euvd"));
        }
    }

    /** {@code pypa.jsonl.gz} gives {@code osv-pypa}; {@code PyPI/all.zip} gives {@code osv-pypi}; KEV, EPSS, EUVD keep their kind name. */
    static String defaultName(Path file, SourceKind kind) {
        if (kind != SourceKind.OSV) return kind.name().toLowerCase(Locale.ROOT);
        String base = file.getFileName() == null ? "osv" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        base = base.replaceAll("(\\.(gz|zip|jsonl|ndjson|json))+$", "");
        if ((base.equals("all") || base.isEmpty()) && file.toAbsolutePath().getParent() != null && file.toAbsolutePath().getParent().getFileName() != null) {
            base = file.toAbsolutePath().getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        }
        base = base.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|-+$", "");
        if (base.isEmpty()) base = "osv";
        return base.startsWith("osv") ? base : "osv-" + base;
    }
}
