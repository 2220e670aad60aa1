package dev.craft.common;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input, located precisely enough that a user can fix it without guessing.
 *
 * @param source   the file (or "&lt;stdin&gt;", or an upload name) the problem is in
 * @param location where inside it: a JSON path such as {@code $.product.kind}, or {@code line 12, column 4};
 *                 empty when the problem concerns the whole input
 * @param message  what is wrong, in the user's terms
 * @param expected what would have been accepted; empty when there is nothing useful to say
 */
public record Problem(String source, String location, String message, String expected) {

    public Problem {
        requireNonNull(source, "source must not be null");
        requireNonNull(location, "location must not be null");
        requireNonNull(message, "message must not be null");
        requireNonNull(expected, "expected must not be null");
    }

    public static Problem at(String source, String location, String message) {
        return new Problem(source, location, message, "");
    }

    /** {@code file: location: message (expected: ...)} — one line, the way compilers report. */
    public String render() {
        var sb = new StringBuilder(source);
        if (!location.isEmpty()) sb.append(": ").append(location);
        sb.append(": ").append(message);
        if (!expected.isEmpty()) sb.append(" (expected ").append(expected).append(')');
        return sb.toString();
    }
}
