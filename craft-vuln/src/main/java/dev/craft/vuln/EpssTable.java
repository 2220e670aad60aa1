package dev.craft.vuln;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All EPSS scores of one day, held compactly: a CVE id is packed into a {@code long} (year and number), the scores
 * into two {@code float} arrays sorted by it, so that the 300,000 rows of a full EPSS file cost about 5 MB and
 * a lookup is a binary search.
 */
public final class EpssTable {

    private static final Pattern CVE = Pattern.compile("CVE-(\\d{4})-(\\d{4,12})");
    private static final EpssTable EMPTY = new EpssTable(new long[0], new float[0], new float[0], null, null);

    private final long[] keys;
    private final float[] epss;
    private final float[] percentiles;
    private final LocalDate scoreDate;
    private final String modelVersion;

    private EpssTable(long[] keys, float[] epss, float[] percentiles, LocalDate scoreDate, String modelVersion) {
        this.keys = keys;
        this.epss = epss;
        this.percentiles = percentiles;
        this.scoreDate = scoreDate;
        this.modelVersion = modelVersion;
    }

    public static EpssTable empty() {
        return EMPTY;
    }

    /** Builds a table from parallel arrays (any order; sorted here). Duplicate CVEs keep the last value. */
    public static EpssTable of(long[] keys, float[] epss, float[] percentiles, int size, LocalDate scoreDate, String modelVersion) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
        long[] k = new long[size];
        float[] e = new float[size];
        float[] p = new float[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int j = order[i];
            if (n > 0 && k[n - 1] == keys[j]) n--; // a later duplicate replaces the earlier one
            k[n] = keys[j];
            e[n] = epss[j];
            p[n] = percentiles[j];
            n++;
        }
        return new EpssTable(Arrays.copyOf(k, n), Arrays.copyOf(e, n), Arrays.copyOf(p, n), scoreDate, modelVersion);
    }

    /** Packs {@code CVE-YYYY-N} into a long; -1 when the id is not a CVE id. */
    public static long key(String cve) {
        Matcher m = CVE.matcher(cve);
        if (!m.matches()) return -1;
        return Long.parseLong(m.group(1)) * 1_000_000_000_000L + Long.parseLong(m.group(2));
    }

    static String cveOf(long key) {
        long year = key / 1_000_000_000_000L, number = key % 1_000_000_000_000L;
        return String.format("CVE-%d-%04d", year, number);
    }

    public Optional<EpssScore> lookup(String cve) {
        long k = key(cve);
        if (k < 0) return Optional.empty();
        int i = Arrays.binarySearch(keys, k);
        if (i < 0) return Optional.empty();
        return Optional.of(new EpssScore(cve, epss[i], percentiles[i], scoreDate, modelVersion));
    }

    public int size() {
        return keys.length;
    }

    public LocalDate scoreDate() {
        return scoreDate;
    }

    public String modelVersion() {
        return modelVersion;
    }

    /** Raw access for the store codec. */
    public long keyAt(int i) {
        return keys[i];
    }

    public float epssAt(int i) {
        return epss[i];
    }

    public float percentileAt(int i) {
        return percentiles[i];
    }
}
