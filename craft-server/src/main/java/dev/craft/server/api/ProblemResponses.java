package dev.craft.server.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json outside Spring MVC: from security filters, before a controller is chosen. */
public final class ProblemResponses {

    /** The authentication schemes the API accepts, announced with every 401. */
    public static final String CHALLENGE = "Basic realm=\"craft\", Bearer realm=\"craft\"";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemType type, String detail, String instance) throws IOException {
        if (response.isCommitted()) return;
        response.resetBuffer();
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (type == ProblemType.UNAUTHENTICATED) response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        json.writeValue(response.getOutputStream(), Problems.toMap(Problems.of(type, detail, instance)));
    }
}
