package org.entente.platform;

import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The same errors as {@link ProblemHandling}, shown to a person as a page in their language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandling {

    private final org.springframework.context.MessageSource messages;

    PageErrorHandling(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(AccessDenied.class)
    ModelAndView denied(AccessDenied e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler({Conflict.class, org.springframework.dao.OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "error.conflict");
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    /**
     * A form value of the wrong type (a word where a number or a date belongs) is named, like any broken rule, in the
     * reader's language; never with Java's words for the type.
     */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e,
            java.util.Locale locale) {
        ModelAndView view = page(HttpStatus.BAD_REQUEST, "error.badRequest");
        Formats formats = new Formats(locale, messages);
        view.addObject("problem", messages.getMessage("form.problemAt", new Object[] {formats.field(e.getName()),
                messages.getMessage(expected(e.getRequiredType()), null, locale)}, locale));
        return view;
    }

    private static String expected(Class<?> type) {
        if (type != null && Number.class.isAssignableFrom(type) || type == double.class || type == int.class
                || type == long.class) {
            return "invalid.number";
        }
        if (type == java.time.LocalDate.class) {
            return "invalid.date";
        }
        if (type == java.time.LocalDateTime.class || type == java.time.Instant.class) {
            return "invalid.dateTime";
        }
        return "invalid.choose";
    }

    /** No database connection free in time: a page that says so, and to try again, instead of a long wait. */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class})
    ModelAndView busy(RuntimeException e, jakarta.servlet.http.HttpServletResponse response) {
        if (!Busy.isBusy(e)) {
            throw e;
        }
        response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, Busy.RETRY_AFTER_SECONDS);
        return page(HttpStatus.SERVICE_UNAVAILABLE, "error.busy");
    }

    /** The solvers' queue is full, or another wait applies: the person is told to try again shortly. */
    @ExceptionHandler(org.entente.shared.TooManyAttempts.class)
    ModelAndView tooMany(org.entente.shared.TooManyAttempts e, jakarta.servlet.http.HttpServletResponse response) {
        e.retryAfterSeconds().ifPresent(s -> response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER,
                String.valueOf(s)));
        return page(HttpStatus.TOO_MANY_REQUESTS, "error.busy");
    }

    private static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        return view;
    }
}
