package dev.craft.sbom.purl;

/**
 * A package URL that breaks the purl specification (ECMA-427) or a rule of its type. The message says
 * which component is wrong and what was expected, so that it can be shown to a user as is.
 */
public final class MalformedPurlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedPurlException(String message) {
        super(message);
    }
}
