package dev.craft.vuln.range;

/** A range (vers or an ecosystem's native syntax) that cannot be read; the message says what is wrong. */
public final class RangeSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RangeSyntaxException(String message) {
        super(message);
    }

    public RangeSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
