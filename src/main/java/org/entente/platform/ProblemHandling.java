package org.entente.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.InvalidInput.FieldProblem;
import org.entente.shared.NotAuthenticated;
import org.entente.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error raised under a REST controller (ahead of the page error handling, which would otherwise match
 * REST controllers too) into an RFC 9457 problem. Validation problems carry an
 * {@code errors} list naming each field. Unexpected failures answer 500 with no detail; their trace goes to
 * the log only.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request breaks a rule; see errors.", e.problems());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(NotAuthenticated.class)
    ResponseEntity<Object> notAuthenticated(NotAuthenticated e) {
        return problem(HttpStatus.UNAUTHORIZED, "Authentication required", e.getMessage(), List.of());
    }

    @ExceptionHandler(AccessDenied.class)
    ResponseEntity<Object> denied(AccessDenied e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The record was changed by someone else; reload it and apply your change again.", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.info("integrity violation: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data.", List.of());
    }

    @ExceptionHandler(org.entente.shared.TooManyAttempts.class)
    ResponseEntity<Object> tooMany(org.entente.shared.TooManyAttempts e) {
        ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", e.getMessage(),
                List.of());
        if (e.retryAfterSeconds().isEmpty()) {
            return problem;
        }
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds().getAsLong()))
                .body(problem.getBody());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<Object> tooLarge(PayloadTooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", e.getMessage(), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request breaks a rule; see errors.",
                List.of(new FieldProblem(e.getName(), "has the wrong type or format")));
    }

    /**
     * No database connection within the pool's timeout: the server is busy, not broken. The client is told to
     * retry shortly instead of waiting; the pool's timeout (a few seconds) bounds how long it waited.
     */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class})
    ResponseEntity<Object> busy(RuntimeException e) {
        if (!Busy.isBusy(e)) {
            return unexpected(e);
        }
        log.warn("no database connection free; answered 503");
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                "The server is busy; nothing was changed. Try again in a moment.", List.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Busy.RETRY_AFTER_SECONDS).body(problem.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was changed.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request breaks a rule; see errors.", problems);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Jackson wraps the stream's own IOException, so the size limit may sit anywhere in the chain.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof JacksonException jackson) {
                String path = fieldPath(jackson);
                // A value record that validates itself while being read names its own field; keep that name.
                for (Throwable inner = jackson.getCause(); inner != null; inner = inner.getCause()) {
                    if (inner instanceof InvalidInput invalid) {
                        boolean unnamed = invalid.problems().stream().anyMatch(p -> p.field().isEmpty());
                        return invalid("body".equals(path) && !unnamed ? invalid : invalid.under(path));
                    }
                }
                return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request body could not be read; see errors.",
                        List.of(new FieldProblem(path, describe(jackson))));
            }
            cause = cause.getCause();
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request body is missing or is not JSON.",
                List.of(new FieldProblem("body", "is missing or is not JSON")));
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return "has the wrong type or format";
        }
        return "is not well-formed JSON";
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail) {
            detail.setType(URI.create("about:blank"));
        }
        return response;
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            errors.forEach(p -> list.add(Map.of("field", p.field(), "message", p.message())));
            body.setProperty("errors", list);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
