package dev.craft.server.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque pagination cursors. Clients must not build them; the format may change between versions. */
final class Cursor {

    private static final String PREFIX = "c1:";

    private Cursor() {}

    static String encode(long afterId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + afterId).getBytes(StandardCharsets.US_ASCII));
    }

    static long decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!s.startsWith(PREFIX)) throw new IllegalArgumentException();
            long id = Long.parseLong(s.substring(PREFIX.length()));
            if (id < 0) throw new IllegalArgumentException();
            return id;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor is not one this server issued (use the 'next' value of the previous page)");
        }
    }
}
