package dev.craft.sbom.read;

import dev.craft.sbom.Party;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small normalizations every reader shares (hash algorithm names, timestamps, SPDX party strings). */
public final class Text {

    private static final Pattern SPDX_PARTY = Pattern.compile("^(Person|Organization|Tool)\\s*:\\s*(.*?)\\s*(\\((.*)\\))?\\s*$");

    private Text() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Hash algorithm in CycloneDX spelling: SHA256, sha256, SHA-256 all become SHA-256. */
    public static String hashAlgorithm(String raw) {
        String a = raw.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        return switch (a) {
            case "SHA1", "SHA-1" -> "SHA-1";
            case "SHA224", "SHA-224" -> "SHA-224";
            case "SHA256", "SHA-256" -> "SHA-256";
            case "SHA384", "SHA-384" -> "SHA-384";
            case "SHA512", "SHA-512" -> "SHA-512";
            case "SHA3-256", "SHA3256" -> "SHA3-256";
            case "SHA3-384", "SHA3384" -> "SHA3-384";
            case "SHA3-512", "SHA3512" -> "SHA3-512";
            case "BLAKE2B-256", "BLAKE2B256" -> "BLAKE2b-256";
            case "BLAKE2B-384", "BLAKE2B384" -> "BLAKE2b-384";
            case "BLAKE2B-512", "BLAKE2B512" -> "BLAKE2b-512";
            case "BLAKE3" -> "BLAKE3";
            case "MD5" -> "MD5";
            default -> raw.strip();
        };
    }

    /** An RFC 3339 timestamp as an Instant, or null (the caller warns). */
    public static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(raw.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * An SPDX 2 party string ({@code Organization: ACME (sec@acme.example)}, {@code Person: Jane}), or null
     * for {@code NOASSERTION}/{@code NONE}/blank. The parenthesised part is an e-mail address.
     */
    public static Party spdxParty(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.equals("NOASSERTION") || s.equals("NONE")) return null;
        var m = SPDX_PARTY.matcher(s);
        if (!m.matches()) return Party.named(s);
        String name = blankToNull(m.group(2));
        String email = blankToNull(m.group(4));
        return new Party(name, email == null ? List.of() : List.of(email), List.of());
    }

    /** The kind prefix of an SPDX party string ({@code Person}, {@code Organization}, {@code Tool}), or "". */
    public static String spdxPartyKind(String raw) {
        var m = SPDX_PARTY.matcher(raw == null ? "" : raw.strip());
        return m.matches() ? m.group(1) : "";
    }
}
