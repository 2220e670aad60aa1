package dev.craft.bench.sbom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Does each reader read each SPDX file at all, and do they count the same packages? Reads every SPDX JSON,
 * tag-value and 3.0.1 JSON-LD file under {@code ../shared/data/spdx/real-world} and {@code examples}, with
 * craft and with the SPDX Java library, and prints one line per file (counts or the error thrown). Run:
 * {@code java -cp craft-bench/target/craft-bench.jar dev.craft.bench.sbom.SpdxReadComparison [DATA_DIR]}.
 */
public final class SpdxReadComparison {

    private SpdxReadComparison() {}

    public static void main(String[] args) throws IOException {
        Path spdx = Path.of(args.length > 0 ? args[0] : System.getProperty("craft.shared.data", "../shared/data"), "spdx");
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("real-world", "examples/2.2", "examples/2.3", "examples/3.0")) {
            try (Stream<Path> s = Files.list(spdx.resolve(dir))) {
                s.filter(SpdxReadComparison::readableByBoth).sorted().forEach(files::add);
            }
        }
        System.out.printf("%-70s %10s  %-28s %-28s%n", "file", "bytes", "craft pkgs/purls/sums/lic", "library pkgs/purls/sums/lic");
        int agree = 0;
        for (Path f : files) {
            String craft;
            String library;
            PackageWalk c = null;
            PackageWalk l = null;
            try { c = CraftSpdxWalk.read(f); craft = counts(c); } catch (Exception e) { craft = "ERROR " + message(e); }
            try { l = SpdxLibraryWalk.read(f); library = counts(l); } catch (Exception | Error e) { library = "ERROR " + message(e); }
            if (c != null && l != null && c.packages() == l.packages()) agree++;
            System.out.printf("%-70s %,10d  %-28s %s%n", spdx.relativize(f), Files.size(f), craft, library);
        }
        System.out.printf("%d files; package counts agree on %d%n", files.size(), agree);
    }

    /** JSON, tag-value and JSON-LD; YAML, XML and RDF are formats craft refuses by design. */
    private static boolean readableByBoth(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".json") || n.endsWith(".spdx");
    }

    private static String counts(PackageWalk w) {
        return w.packages() + "/" + w.purls() + "/" + w.checksums() + "/" + w.licences();
    }

    private static String message(Throwable e) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        m = m.replace('\n', ' ');
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
