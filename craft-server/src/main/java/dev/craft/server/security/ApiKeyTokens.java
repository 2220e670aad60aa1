package dev.craft.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API key tokens: {@code craft_<keyId>_<secret>}, with a 12-hex-digit key id (the public part, shown in
 * lists and in the audit trail) and a 256-bit secret shown once at creation. Only the secret's SHA-256 is
 * stored; a slow password hash would add cost to every CI request and no safety to a 256-bit secret.
 */
public final class ApiKeyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "craft_";

    private ApiKeyTokens() {}

    public record Token(String keyId, String secret) {
        public String value() {
            return PREFIX + keyId + "_" + secret;
        }
    }

    public static Token generate() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Token(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Splits a presented token; empty when it is not shaped like one of ours. */
    public static Optional<Token> parse(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 200) return Optional.empty();
        String rest = value.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep != 12) return Optional.empty();
        String keyId = rest.substring(0, sep);
        if (!keyId.matches("[0-9a-f]{12}")) return Optional.empty();
        String secret = rest.substring(sep + 1);
        if (secret.isEmpty()) return Optional.empty();
        return Optional.of(new Token(keyId, secret));
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a presented secret with the stored hash. */
    public static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }
}
