package dev.craft.bench.sbom;

import java.nio.file.Path;

/**
 * One read in a fresh JVM, as a one-shot {@code craft sbom check} does it: class loading, the library's
 * model registry and licence list, craft's schema compilation all count. Run:
 * {@code java -cp craft-bench/target/craft-bench.jar dev.craft.bench.sbom.SpdxColdRead craft|library FILE}.
 */
public final class SpdxColdRead {

    private SpdxColdRead() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("craft") || args[0].equals("library"))) {
            System.err.println("usage: SpdxColdRead craft|library FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        PackageWalk walk = args[0].equals("craft") ? CraftSpdxWalk.read(file) : SpdxLibraryWalk.read(file);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s %s: %d packages in %d ms (first read in a fresh JVM)%n", args[0], file.getFileName(), walk.packages(), ms);
    }
}
