package dev.craft.cli.vuln;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.StoreManifest;
import dev.craft.vuln.sync.FeedSource;
import dev.craft.vuln.sync.FeedSync;
import dev.craft.vuln.sync.SyncOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code craft db sync}: download the feeds and import them. */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Download the feeds and import them into the advisory store. Requests are conditional (ETag, If-Modified-Since: an unchanged feed is not downloaded again) and an interrupted download resumes where it stopped (HTTP Range). A source that fails keeps its previous copy.",
            "",
            "Default feeds: the osv.dev export (all.zip) of Maven, npm, PyPI, Go, crates.io, NuGet, RubyGems, Packagist, Hex and Pub; the CISA KEV JSON; the FIRST EPSS CSV; the ENISA EUVD exploited list.",
            "",
            "Sources and URLs can be changed with options, or with a JSON file ($CRAFT_HOME/sync.json, or --config FILE) such as:",
            "  {\"sources\": [{\"name\": \"osv-debian\", \"kind\": \"osv\",",
            "                \"url\": \"https://osv-vulnerabilities.storage.googleapis.com/Debian/all.zip\"}]}",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft db sync                              every default feed",
            "  craft db sync --source kev --source epss   only these sources",
            "  craft db sync --ecosystem PyPI --ecosystem npm",
            "                                             these OSV ecosystems, KEV, EPSS, EUVD",
            "  craft db sync --url kev=https://mirror.example/kev.json",
            "",
            "Exit codes: 0 done, 1 a source could not be synced (its previous copy is kept), 2 bad usage or input."
        })
final class DbSyncCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "NAME", description = "Sync only this source (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--ecosystem", paramLabel = "ECOSYSTEM", description = "OSV ecosystems to sync instead of the defaults (repeatable), e.g. PyPI, Debian:12.")
    List<String> ecosystems = new ArrayList<>();

    @Option(names = "--url", paramLabel = "NAME=URL", description = "Use another URL for a source (repeatable), e.g. a mirror.")
    Map<String, String> urls = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Sources as JSON (default: $CRAFT_HOME/sync.json when it exists).")
    Path config;

    @Option(names = "--db", paramLabel = "DIR", description = "The advisory store (default: $CRAFT_HOME/db, ~/.craft/db).")
    Path db;

    @Option(names = "--progress", description = "Draw a progress bar even when standard error is not a terminal.")
    boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path dir = CraftHome.db(db);
        List<FeedSource> sources = sources();
        Map<String, SourceInfo> previous = new LinkedHashMap<>();
        AdvisoryStore.manifest(dir).map(StoreManifest::sources).orElse(List.of()).forEach(s -> previous.put(s.name(), s));
        var bar = new ProgressBar(err, progress || ProgressBar.interactive());
        var sync = new FeedSync(FeedSync.defaultClient(), dir.resolve("downloads"), Clock.systemUTC(), bar, "craft/" + CraftHome.version());
        var outcomes = new ArrayList<SyncOutcome>();
        long start = System.nanoTime();
        for (FeedSource s : sources) {
            SyncOutcome o = sync.sync(s, previous.get(s.name()));
            bar.done();
            outcomes.add(o);
            switch (o) {
                case SyncOutcome.Unchanged u -> out.println("unchanged " + s.name() + " (" + s.url() + ")");
                case SyncOutcome.Updated u -> {
                    DbImportCommand.describe(out, u.snapshot().info());
                    if (u.resumed()) out.println("  (resumed an interrupted download)");
                }
                case SyncOutcome.Failed f -> err.println("craft: " + s.name() + ": " + f.reason());
            }
        }
        AdvisoryStore store = AdvisoryStore.update(dir, Clock.systemUTC(), current -> {
            AdvisoryStore next = current;
            for (SyncOutcome o : outcomes) {
                if (o instanceof SyncOutcome.Updated u) next = next.with(u.snapshot());
                if (o instanceof SyncOutcome.Unchanged u && next.source(u.name()).isPresent()) next = next.withInfo(u.info());
            }
            return next;
        });
        Summaries.store(out, dir, store, System.nanoTime() - start);
        return outcomes.stream().anyMatch(o -> o instanceof SyncOutcome.Failed) ? 1 : 0;
    }

    private List<FeedSource> sources() throws IOException {
        List<FeedSource> list = FeedSource.defaults(ecosystems.isEmpty() ? FeedSource.DEFAULT_OSV_ECOSYSTEMS : ecosystems);
        Path file = config != null ? config : CraftHome.home().resolve("sync.json");
        if (config != null && !Files.exists(config)) throw new InputException(Problem.at(config.toString(), "", "no such file"));
        if (Files.exists(file)) list = configured(file, list);
        var out = new ArrayList<FeedSource>();
        for (FeedSource s : list) {
            String url = urls.get(s.name());
            out.add(url == null ? s : s.withUrl(url));
        }
        for (String name : urls.keySet()) {
            if (out.stream().noneMatch(s -> s.name().equals(name))) {
                throw new InputException(new Problem("--url", name, "no source named '" + name + "'", "one of " + out.stream().map(FeedSource::name).toList()));
            }
        }
        if (!only.isEmpty()) {
            for (String name : only) {
                if (out.stream().noneMatch(s -> s.name().equals(name))) {
                    throw new InputException(new Problem("--source", name, "no source named '" + name + "'", "one of " + out.stream().map(FeedSource::name).toList()));
                }
            }
            out.removeIf(s -> !only.contains(s.name()));
        }
        return out;
    }

    /** {@code {"replaceDefaults": false, "sources": [{"name", "kind", "url"}]}}: added to (or replacing) the defaults. */
    static List<FeedSource> configured(Path file, List<FeedSource> defaults) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(new Problem(file.toString(), e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(),
                    "invalid JSON: " + e.getOriginalMessage(), "{\"sources\": [{\"name\": ..., \"kind\": ..., \"url\": ...}]}"));
        }
        var out = new ArrayList<FeedSource>(root.path("replaceDefaults").asBoolean(false) ? List.of() : defaults);
        JsonNode list = root.path("sources");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            try {
                var source = new FeedSource(s.path("name").asText(), SourceKind.valueOf(s.path("kind").asText("osv").toUpperCase(java.util.Locale.ROOT)),
                        s.path("url").asText());
                out.removeIf(d -> d.name().equals(source.name()));
                out.add(source);
            } catch (IllegalArgumentException e) {
                throw new InputException(new Problem(file.toString(), "$.sources[" + i + "]", e.getMessage(),
                        "name (lower case), kind (osv, kev, epss, euvd) and an http(s) url"));
            }
        }
        return out;
    }
}
