package dev.craft.vuln.ingest;

/**
 * Bounds that keep hostile or broken feed files (zip bombs, gzip bombs, endless records) from exhausting memory or
 * time. Every limit is far above what real feeds need: the whole osv.dev export is about 1 GB unpacked, its largest
 * record well under 10 MB.
 *
 * @param maxEntryBytes  largest single file inside an archive, unpacked
 * @param maxTotalBytes  most bytes unpacked from one input in total
 * @param maxEntries     most files in one archive or folder
 * @param maxRatio       most unpacked bytes per packed byte, checked once past {@code ratioGraceBytes}
 * @param ratioGraceBytes how much may be unpacked before the ratio is enforced (small files compress very well)
 */
public record InputLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio, long ratioGraceBytes) {

    public static final InputLimits DEFAULT = new InputLimits(64L << 20, 16L << 30, 2_000_000, 200, 64L << 20);

    public InputLimits {
        if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxRatio <= 0 || ratioGraceBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
