package dev.craft.vuln;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.ingest.Importers;
import dev.craft.vuln.ingest.InputLimits;
import dev.craft.vuln.store.StoreFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The local advisory store: OSV advisories, KEV, EPSS and EUVD data, each with its provenance. Immutable: an import
 * returns a new store. On disk it is one file under the store folder (default {@code ~/.craft/db}), written
 * atomically; see {@link StoreFile}.
 *
 * <pre>
 * SourceSnapshot pypi = AdvisoryStore.read(SourceKind.OSV, "osv-pypi", Path.of("pypa.jsonl.gz"), clock);
 * AdvisoryStore.update(dir, clock, store -&gt; store.with(pypi));   // locked, atomic
 * MatchIndex index = MatchIndex.build(AdvisoryStore.load(dir));
 * </pre>
 */
public final class AdvisoryStore {

    private static final AdvisoryStore EMPTY = new AdvisoryStore(List.of());

    private final Map<String, SourceSnapshot> sources;
    private volatile List<Advisory> advisories;

    private AdvisoryStore(List<SourceSnapshot> sources) {
        var map = new LinkedHashMap<String, SourceSnapshot>();
        sources.stream().sorted(Comparator.comparing(SourceSnapshot::name)).forEach(s -> map.put(s.name(), s));
        this.sources = map;
    }

    public static AdvisoryStore empty() {
        return EMPTY;
    }

    public static AdvisoryStore of(List<SourceSnapshot> sources) {
        return new AdvisoryStore(sources);
    }

    /** True when a store file exists in {@code dir}. */
    public static boolean exists(Path dir) {
        return StoreFile.exists(dir);
    }

    /**
     * Loads the store in {@code dir}.
     *
     * @throws InputException when there is no store there, or it is damaged
     */
    public static AdvisoryStore load(Path dir) {
        if (!StoreFile.exists(dir)) {
            throw new InputException(new Problem(dir.toString(), "", "no advisory store here",
                    "a store made by 'craft db import FILE' or 'craft db sync' (or pass --db DIR)"));
        }
        return new AdvisoryStore(StoreFile.read(dir).sources());
    }

    /** The manifest of the store in {@code dir}, read without loading the advisories. */
    public static Optional<StoreManifest> manifest(Path dir) {
        return StoreFile.exists(dir) ? Optional.of(StoreFile.readManifest(dir)) : Optional.empty();
    }

    /** Writes this store to {@code dir}, atomically. */
    public StoreManifest save(Path dir, Clock clock) {
        return StoreFile.write(dir, List.copyOf(sources.values()), clock.instant());
    }

    /**
     * Loads the store in {@code dir} (or an empty one), applies {@code change}, and saves the result, all under the
     * store's lock so that concurrent imports do not lose each other's work.
     */
    public static AdvisoryStore update(Path dir, Clock clock, UnaryOperator<AdvisoryStore> change) {
        return StoreFile.locked(dir, () -> {
            AdvisoryStore current = StoreFile.exists(dir) ? load(dir) : empty();
            AdvisoryStore next = change.apply(current);
            next.save(dir, clock);
            return next;
        });
    }

    /**
     * Reads a feed file or folder into a snapshot (nothing is stored yet). See {@link Importers} for the formats.
     *
     * @throws InputException when the input is unreadable or holds nothing usable
     */
    public static SourceSnapshot read(SourceKind kind, String name, Path input, String location, Clock clock, ProgressListener progress) {
        return Importers.read(kind, name, input, location, clock, InputLimits.DEFAULT, progress);
    }

    /** This store with {@code snapshot} added, replacing a source of the same name. */
    public AdvisoryStore with(SourceSnapshot snapshot) {
        var list = new ArrayList<SourceSnapshot>();
        for (SourceSnapshot s : sources.values()) if (!s.name().equals(snapshot.name())) list.add(s);
        list.add(snapshot);
        return new AdvisoryStore(list);
    }

    /** This store with the source's provenance replaced (a sync that found the feed unchanged). */
    public AdvisoryStore withInfo(SourceInfo info) {
        SourceSnapshot s = sources.get(info.name());
        if (s == null) throw new IllegalArgumentException("no source " + info.name());
        return with(new SourceSnapshot(info, s.content()));
    }

    public AdvisoryStore without(String sourceName) {
        var list = new ArrayList<>(sources.values());
        list.removeIf(s -> s.name().equals(sourceName));
        return new AdvisoryStore(list);
    }

    public List<SourceSnapshot> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<SourceSnapshot> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    /** Every OSV advisory of every source, withdrawn ones included. */
    public List<Advisory> advisories() {
        List<Advisory> a = advisories;
        if (a == null) {
            var all = new ArrayList<Advisory>();
            for (SourceSnapshot s : sources.values()) if (s.content() instanceof SourceSnapshot.OsvContent o) all.addAll(o.advisories());
            advisories = a = List.copyOf(all);
        }
        return a;
    }

    public List<KevEntry> kev() {
        var out = new ArrayList<KevEntry>();
        for (SourceSnapshot s : sources.values()) if (s.content() instanceof SourceSnapshot.KevContent k) out.addAll(k.entries());
        return out;
    }

    public List<EuvdEntry> euvd() {
        var out = new ArrayList<EuvdEntry>();
        for (SourceSnapshot s : sources.values()) if (s.content() instanceof SourceSnapshot.EuvdContent e) out.addAll(e.entries());
        return out;
    }

    /** The EPSS table of the most recently fetched EPSS source; empty when there is none. */
    public EpssTable epss() {
        SourceSnapshot latest = null;
        for (SourceSnapshot s : sources.values()) {
            if (s.content() instanceof SourceSnapshot.EpssContent && (latest == null || s.info().fetchedAt().isAfter(latest.info().fetchedAt()))) latest = s;
        }
        return latest == null ? EpssTable.empty() : ((SourceSnapshot.EpssContent) latest.content()).table();
    }
}
