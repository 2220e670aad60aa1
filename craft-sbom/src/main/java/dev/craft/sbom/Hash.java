package dev.craft.sbom;

import static java.util.Objects.requireNonNull;

/**
 * A checksum. {@code algorithm} is normalized to the CycloneDX spelling ({@code SHA-256}, {@code SHA-512},
 * {@code SHA3-256}, {@code BLAKE3}, {@code MD5}, ...); {@code value} is lower-case hex as given.
 */
public record Hash(String algorithm, String value) {
    public Hash {
        requireNonNull(algorithm, "algorithm must not be null");
        requireNonNull(value, "value must not be null");
    }
}
