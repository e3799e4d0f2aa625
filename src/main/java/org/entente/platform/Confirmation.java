package org.entente.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * A step before an action that is hard to undo (withdrawing from a compact, terminating it, changing a crisis level,
 * cancelling an alert, approving a plan, writing off stock): the first post shows a page that says what will happen,
 * with the values as given, and a button that posts them again with {@code confirmed=yes}; "Go back" changes nothing.
 * Works without JavaScript.
 *
 * <pre>{@code
 * Optional<String> ask = Confirmation.ask(request, model, "confirm.withdraw", List.of(compact), "/compacts/" + code);
 * if (ask.isPresent()) return ask.get();
 * }</pre>
 */
public final class Confirmation {

    static final String CONFIRMED = "confirmed";

    private Confirmation() {
    }

    /**
     * The confirmation page to show, or nothing when the person has confirmed. {@code what} is the message key of
     * the question; its explanation is {@code what + ".consequence"} and its button {@code what + ".button"}, all with
     * these arguments.
     */
    public static Optional<String> ask(HttpServletRequest request, Model model, String what, List<?> args, String back) {
        if ("yes".equals(request.getParameter(CONFIRMED))) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(CONFIRMED) && !name.startsWith("_")) {
                for (String value : values) {
                    fields.add(Map.entry(name, value));
                }
            }
        });
        model.addAttribute("confirmAction", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("confirmFields", fields);
        model.addAttribute("confirmWhat", what);
        model.addAttribute("confirmArgs", args.toArray());
        model.addAttribute("confirmBack", back);
        return Optional.of("confirm");
    }
}
