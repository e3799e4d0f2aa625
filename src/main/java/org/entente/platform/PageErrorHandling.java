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

    private static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        return view;
    }
}
