package dev.craft.vuln.version;

/** A version string that the scheme cannot read. The message says which scheme, which text and why. */
public final class InvalidVersionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String scheme;
    private final String text;

    public InvalidVersionException(String scheme, String text, String reason) {
        super("'" + text + "' is not a valid " + scheme + " version: " + reason);
        this.scheme = scheme;
        this.text = text;
    }

    public String scheme() {
        return scheme;
    }

    public String text() {
        return text;
    }
}
