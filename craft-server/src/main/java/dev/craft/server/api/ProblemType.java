package dev.craft.server.api;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API returns, as {@code application/problem+json} with {@code type}
 * {@code urn:craft:problem:<slug>}. Clients switch on the type, not on the message.
 */
public enum ProblemType {
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Not permitted"),
    PASSWORD_CHANGE_REQUIRED(HttpStatus.FORBIDDEN, "password-change-required", "Password change required"),
    ORG_NOT_FOUND(HttpStatus.NOT_FOUND, "org-not-found", "Organisation not found"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    INVALID_DOCUMENT(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-document", "Invalid document"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Upload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable"),
    SERVER_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "server-busy", "Server busy"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error");

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:craft:problem:" + slug);
    }
}
