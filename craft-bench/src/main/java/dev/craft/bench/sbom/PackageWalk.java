package dev.craft.bench.sbom;

/**
 * What one reader saw when it walked every package of an SPDX document: the counts let the benchmark
 * check that craft and the SPDX Java library read the same inventory, and {@code digest} (string lengths
 * of every field read) keeps the JIT from dropping the walk.
 */
record PackageWalk(int packages, int purls, int checksums, int licences, long digest) {

    static final class Builder {
        private int packages;
        private int purls;
        private int checksums;
        private int licences;
        private long digest;

        void pkg(String name, String version) {
            packages++;
            digest += length(name) + length(version);
        }

        void purl(String purl) {
            purls++;
            digest += length(purl);
        }

        void checksum(String algorithm, String value) {
            checksums++;
            digest += length(algorithm) + length(value);
        }

        void licence(String expression) {
            licences++;
            digest += length(expression);
        }

        PackageWalk build() {
            return new PackageWalk(packages, purls, checksums, licences, digest);
        }

        private static int length(String s) {
            return s == null ? 0 : s.length();
        }
    }
}
