package dev.craft.server.api;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of a list, and the opaque cursor for the next ({@code null} on the last page).
 * Lists are ordered by their stable id, so a cursor stays valid while rows are added.
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** From rows fetched with {@code limit + 1}: the extra row, if any, proves there is a next page. */
    public static <T> Page<T> of(List<T> rows, PageRequest request, ToLongFunction<T> id) {
        if (rows.size() <= request.limit()) return new Page<>(rows, null);
        List<T> page = rows.subList(0, request.limit());
        return new Page<>(page, Cursor.encode(id.applyAsLong(page.get(page.size() - 1))));
    }
}
