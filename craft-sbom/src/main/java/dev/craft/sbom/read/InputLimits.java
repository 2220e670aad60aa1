package dev.craft.sbom.read;

/**
 * Bounds that keep a hostile or broken input from taking unbounded time or memory.
 *
 * @param maxBytes         largest input accepted; bigger ones are refused before parsing
 * @param maxNestingDepth  deepest JSON/XML nesting accepted (CycloneDX nests components; 500 is far beyond real use)
 * @param maxStringLength  longest single JSON string or XML text (licence texts can be large)
 */
public record InputLimits(long maxBytes, int maxNestingDepth, int maxStringLength) {

    /** 1 GiB; override with the system property {@code craft.sbom.max-bytes}. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    public InputLimits {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (maxNestingDepth < 8) throw new IllegalArgumentException("maxNestingDepth must be at least 8");
        if (maxStringLength < 1024) throw new IllegalArgumentException("maxStringLength must be at least 1024");
    }

    public static InputLimits defaults() {
        long max = Long.getLong("craft.sbom.max-bytes", DEFAULT_MAX_BYTES);
        return new InputLimits(max, 500, 64 * 1024 * 1024);
    }

    public InputLimits withMaxBytes(long bytes) {
        return new InputLimits(bytes, maxNestingDepth, maxStringLength);
    }
}
