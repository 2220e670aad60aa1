package dev.craft.cli.vuln;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.StoreManifest;
import dev.craft.vuln.store.StoreFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code craft db status}: what the store holds and how fresh it is, read from its header only. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Show the sources in the advisory store: what each holds, when it was fetched or last confirmed current, from where, and its sha256. Sources older than --stale-after are marked STALE.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft db status",
            "  craft db status --format json      (every field, warnings included)",
            "",
            "Exit codes: 0 done, 1 no store or a source is stale (with --fail-stale), 2 bad usage or input."
        })
final class DbStatusCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "The advisory store (default: $CRAFT_HOME/db, ~/.craft/db).")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    String format = "table";

    @Option(names = "--stale-after", paramLabel = "DURATION", description = "Age after which a source is stale, e.g. 24h, 7d (default: 24h).")
    String staleAfter = "24h";

    @Option(names = "--fail-stale", description = "Exit 1 when there is no store or a source is stale.")
    boolean failStale;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = CraftHome.db(db);
        Duration stale = duration(staleAfter);
        Optional<StoreManifest> manifest = AdvisoryStore.manifest(dir);
        Instant now = Instant.now();
        if (manifest.isEmpty()) {
            if (format.equals("json")) out.println("{\"store\": \"" + dir.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"exists\": false}");
            else out.println("no advisory store at " + dir + " (create one with 'craft db sync' or 'craft db import FILE')");
            return failStale ? 1 : 0;
        }
        StoreManifest m = manifest.get();
        boolean anyStale = false;
        for (SourceInfo s : m.sources()) anyStale |= age(s, now).compareTo(stale) > 0;
        long size = Files.size(dir.resolve(StoreFile.FILE_NAME));
        if (format.equals("json")) {
            var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("store", dir.toString());
            root.put("exists", true);
            root.put("bytes", size);
            root.put("writtenAt", m.writtenAt().toString());
            ArrayNode sources = root.putArray("sources");
            for (SourceInfo s : m.sources()) {
                ObjectNode n = sources.addObject();
                n.put("name", s.name());
                n.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
                n.put("location", s.location());
                n.put("fetchedAt", s.fetchedAt().toString());
                n.put("checkedAt", s.checkedAt() == null ? null : s.checkedAt().toString());
                n.put("sha256", s.sha256());
                n.put("bytes", s.bytes());
                n.put("records", s.records());
                n.put("withdrawn", s.withdrawn());
                n.put("skipped", s.skipped());
                n.put("version", s.version());
                n.put("etag", s.etag());
                n.put("lastModified", s.lastModified());
                ObjectNode eco = n.putObject("ecosystems");
                s.ecosystems().forEach(eco::put);
                ArrayNode warnings = n.putArray("warnings");
                s.warnings().forEach(warnings::add);
                n.put("ageHours", age(s, now).toHours());
                n.put("stale", age(s, now).compareTo(stale) > 0);
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            out.println("store " + dir + " (" + ProgressBar.bytes(size) + ", written " + m.writtenAt() + ")");
            out.println(String.format(Locale.ROOT, "%-22s %-5s %9s %9s  %-8s %-21s %-12s %s", "SOURCE", "KIND", "RECORDS", "WITHDRAWN", "AGE",
                    "FETCHED", "SHA256", "FROM"));
            for (SourceInfo s : m.sources()) {
                Duration age = age(s, now);
                out.println(String.format(Locale.ROOT, "%-22s %-5s %9d %9d  %-8s %-21s %-12s %s%s", s.name(), s.kind().name().toLowerCase(Locale.ROOT),
                        s.records(), s.withdrawn(), human(age) + (age.compareTo(stale) > 0 ? "!" : ""), s.fetchedAt().toString().substring(0, 19) + "Z",
                        s.sha256().substring(0, 12), s.location(), s.version() == null ? "" : " (" + s.version() + ")"));
                if (s.skipped() > 0) out.println("    " + s.skipped() + " records skipped on import; first: " + s.warnings().get(0));
            }
            if (anyStale) out.println("! STALE: older than " + staleAfter + "; run 'craft db sync' (or import newer files)");
        }
        return failStale && anyStale ? 1 : 0;
    }

    /** Time since the source was fetched, or confirmed current by a sync. */
    static Duration age(SourceInfo s, Instant now) {
        Instant last = s.checkedAt() != null && s.checkedAt().isAfter(s.fetchedAt()) ? s.checkedAt() : s.fetchedAt();
        return Duration.between(last, now);
    }

    static String human(Duration d) {
        if (d.toMinutes() < 60) return d.toMinutes() + " min";
        if (d.toHours() < 48) return d.toHours() + " h";
        return d.toDays() + " d";
    }

    static Duration duration(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*([hdm])").matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new dev.craft.common.InputException(new dev.craft.common.Problem("--stale-after", "", "'" + text + "' is not a duration", "e.g. 90m, 24h, 7d"));
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
