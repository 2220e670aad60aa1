package dev.craft.cli.vuln;

import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.store.StoreFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Lines printed after a store changes. */
final class Summaries {

    private Summaries() {}

    static void store(PrintWriter out, Path dir, AdvisoryStore store, long nanos) {
        long size;
        try {
            size = Files.size(dir.resolve(StoreFile.FILE_NAME));
        } catch (java.io.IOException e) {
            size = -1;
        }
        out.println("store " + dir + ": " + store.advisories().size() + " advisories, " + store.kev().size() + " KEV, "
                + store.epss().size() + " EPSS, " + store.euvd().size() + " EUVD in " + store.sources().size() + " sources ("
                + (size < 0 ? "?" : ProgressBar.bytes(size)) + ", " + String.format(Locale.ROOT, "%.1f s", nanos / 1e9) + ")");
    }
}
