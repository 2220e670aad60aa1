package dev.craft.server.api;

import dev.craft.common.InputException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every exception into {@code application/problem+json}: one handler per exception type. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        var headers = new HttpHeaders();
        if (e.type() == ProblemType.UNAUTHENTICATED) headers.add(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.CHALLENGE);
        if (e.type() == ProblemType.SERVER_BUSY) headers.add(HttpHeaders.RETRY_AFTER, "10");
        return respond(Problems.of(e, request.getRequestURI()), headers);
    }

    /** A document a core stage could not accept (an SBOM, a profile, an advisory): located problems. */
    @ExceptionHandler(InputException.class)
    ResponseEntity<ProblemDetail> input(InputException e, HttpServletRequest request) {
        String detail = e.problems().size() == 1 ? e.problems().get(0).render()
                : e.problems().size() + " problems, the first: " + e.problems().get(0).render();
        ProblemDetail pd = Problems.of(ProblemType.INVALID_DOCUMENT, detail, request.getRequestURI());
        pd.setProperty("errors", Problems.errors(e.problems()));
        return respond(pd, new HttpHeaders());
    }

    /** The database is down or unreachable: say so, and when to retry. The pool reconnects by itself. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
        TransientDataAccessResourceException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        LOG.warn("database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.RETRY_AFTER, "5");
        return respond(Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                "the database is unavailable (" + rootMessage(e) + "); nothing was changed. craft reconnects by itself: retry shortly",
                request.getRequestURI()), headers);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.CONFLICT, "it exists already", request.getRequestURI()), new HttpHeaders());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.INVALID_REQUEST,
                "'" + e.getName() + "' has the wrong form: " + e.getValue(), request.getRequestURI()), new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(ProblemType.INTERNAL,
                "an unexpected error occurred; the server log has the details", request.getRequestURI()), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = "the request body is not valid JSON for this operation: " + rootMessage(ex);
        return typed(ProblemType.INVALID_REQUEST, detail, request);
    }

    /** Spring's own errors (404 route, 405, 415, missing parameters) keep their status and get our type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail pd && (pd.getType() == null || pd.getType().toString().equals("about:blank"))) {
            pd.setType(switch (status.value()) {
                case 404 -> ProblemType.NOT_FOUND.uri();
                case 405 -> ProblemType.METHOD_NOT_ALLOWED.uri();
                case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE.uri();
                case 413 -> ProblemType.PAYLOAD_TOO_LARGE.uri();
                default -> status.is4xxClientError() ? ProblemType.INVALID_REQUEST.uri() : ProblemType.INTERNAL.uri();
            });
        }
        var h = new HttpHeaders();
        h.addAll(headers);
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, h, status);
    }

    private ResponseEntity<Object> typed(ProblemType type, String detail, WebRequest request) {
        String path = request instanceof ServletWebRequest swr ? swr.getRequest().getRequestURI() : null;
        var h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(Problems.of(type, detail, path), h, type.status());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail pd, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(pd, headers, pd.getStatus());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
