package org.entente.platform;

import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page form runs a command: on success the page shows the notice; a refusal (a broken rule, a conflict, a
 * missing right) comes back to the page as a problem naming the field, and nothing is written. Either way the browser
 * is redirected, so a reload never posts twice.
 */
public final class PageCommand {

    private PageCommand() {
    }

    public static String run(RedirectAttributes redirect, String notice, Runnable command, String page) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).field() + ": " + e.problems().get(0).message());
        } catch (Conflict | AccessDenied e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + page;
    }
}
