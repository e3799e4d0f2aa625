package org.entente.platform;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container answers for an error no controller handled: a request refused by the firewall, a path nobody
 * maps, a body the server could not read. The API and any client that asks for JSON get an RFC 9457 problem; a person
 * gets the error page in their language. Neither ever holds a trace or an exception's text.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String accept = request.getHeader("Accept");
        boolean api = path.startsWith("/api/") || path.equals("/api") || accept != null
                && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html");
        if (api) {
            ResponseEntity<Object> problem = ProblemHandling.problem(status, status.getReasonPhrase(), detail(status),
                    List.of());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case BAD_REQUEST -> "error.badRequest";
            case SERVICE_UNAVAILABLE -> "error.busy";
            default -> "error.generic";
        });
        return view;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: its address, headers or body are not valid.";
            case NOT_FOUND -> "Nothing is found at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case UNAUTHORIZED -> "Authentication is required.";
            case FORBIDDEN -> "Your roles do not allow this.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case SERVICE_UNAVAILABLE -> "The server is busy; nothing was changed. Try again in a moment.";
            default -> status.is5xxServerError() ? "Something went wrong on our side; nothing was changed."
                    : "The request was refused.";
        };
    }
}
