package dev.craft.bench.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic, deterministic inputs for the server benchmark: npm packages {@code bench-pkg-NNNNN},
 * CycloneDX SBOMs over them, and OSV advisories affecting some of them. Synthetic on purpose: the
 * figures measure the server, not a particular ecosystem's data.
 */
final class BenchData {

    private BenchData() {}

    static String pkg(int i) {
        return String.format(Locale.ROOT, "bench-pkg-%05d", i);
    }

    /** An SBOM of {@code count} components drawn from packages {@code first .. first+pool-1}, all at version 1.0.0. */
    static byte[] sbom(String serial, int count, int first, int pool, long seed) {
        var random = new Random(seed);
        var sb = new StringBuilder(count * 160);
        sb.append("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"serialNumber\":\"urn:uuid:")
                .append(serial).append("\",\"version\":1,\"metadata\":{\"component\":{\"bom-ref\":\"product\",\"type\":\"application\",")
                .append("\"name\":\"bench-product\",\"version\":\"1\"}},\"components\":[");
        var used = new java.util.BitSet(pool);
        int written = 0;
        while (written < count) {
            int i = count >= pool ? written : random.nextInt(pool);
            if (count < pool && used.get(i)) continue;
            used.set(i);
            if (written > 0) sb.append(',');
            String name = pkg(first + i);
            sb.append("{\"bom-ref\":\"c").append(written).append("\",\"type\":\"library\",\"name\":\"").append(name)
                    .append("\",\"version\":\"1.0.0\",\"purl\":\"pkg:npm/").append(name).append("@1.0.0\",")
                    .append("\"supplier\":{\"name\":\"Bench Supplier ").append(i % 50).append("\"},")
                    .append("\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"").append(String.format(Locale.ROOT, "%064x", (long) i * 7919))
                    .append("\"}],\"licenses\":[{\"license\":{\"id\":\"MIT\"}}]}");
            written++;
        }
        sb.append("],\"dependencies\":[{\"ref\":\"product\",\"dependsOn\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) sb.append(',');
            sb.append("\"c").append(i).append('"');
        }
        return sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** OSV JSON Lines: advisory {@code prefix-N} affects package {@code first + N * stride} below 2.0.0. */
    static byte[] advisories(String prefix, int count, int first, int stride) {
        var sb = new StringBuilder(count * 400);
        for (int n = 0; n < count; n++) {
            String name = pkg(first + n * stride);
            sb.append("{\"schema_version\":\"1.6.0\",\"id\":\"").append(prefix).append('-').append(n)
                    .append("\",\"modified\":\"2026-11-01T00:00:00Z\",\"published\":\"2026-11-01T00:00:00Z\",\"aliases\":[\"CVE-2098-")
                    .append(String.format(Locale.ROOT, "%s%05d", prefix.hashCode() % 2 == 0 ? "1" : "2", n))
                    .append("\"],\"summary\":\"synthetic advisory\",\"severity\":[{\"type\":\"CVSS_V3\",\"score\":\"")
                    .append(n % 3 == 0 ? "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" : "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N")
                    .append("\"}],\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\"").append(name)
                    .append("\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"2.0.0\"}]}]}]}\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
