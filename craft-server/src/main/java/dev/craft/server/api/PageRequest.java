package dev.craft.server.api;

/**
 * What a list endpoint was asked for: at most {@code limit} rows with an id greater than {@code after}.
 * Query parameters {@code limit} (1-500, default 50) and {@code cursor} (from the previous page's {@code next}).
 */
public record PageRequest(int limit, long after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT + ", was " + l);
        return new PageRequest(l, cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor));
    }

    /** The number of rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
