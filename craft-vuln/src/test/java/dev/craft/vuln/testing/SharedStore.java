package dev.craft.vuln.testing;

import dev.craft.testsupport.SharedData;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

/** The store of all shared advisories (OSV and KEV), built once per test JVM from ../shared/data. */
public final class SharedStore {

    private static AdvisoryStore store;
    private static MatchIndex index;

    private SharedStore() {}

    public static synchronized AdvisoryStore store() {
        if (store == null) {
            Path osv = SharedData.require("osv");
            AdvisoryStore s = AdvisoryStore.empty();
            try (Stream<Path> files = Files.list(osv)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                    String name = "osv-" + f.getFileName().toString().replace(".jsonl.gz", "");
                    s = s.with(AdvisoryStore.read(SourceKind.OSV, name, f, f.toString(), Clock.systemUTC(), ProgressListener.NONE));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Path kev = SharedData.require("kev/known_exploited_vulnerabilities.json");
            s = s.with(AdvisoryStore.read(SourceKind.KEV, "kev", kev, kev.toString(), Clock.systemUTC(), ProgressListener.NONE));
            store = s;
        }
        return store;
    }

    public static synchronized MatchIndex index() {
        if (index == null) index = MatchIndex.build(store());
        return index;
    }
}
