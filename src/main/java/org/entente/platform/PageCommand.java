package org.entente.platform;

import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page form runs a command: on success the page shows the notice; a refusal (a broken rule, a conflict, a
 * missing right) comes back to the page, and nothing is written. Broken rules come back as {@code formProblems}, each
 * naming its field, which the layout lists in an error summary at the top and each form shows at its field; what was
 * typed comes back as {@code kept} ({@link KeptForm}). Either way the browser is redirected, so a reload never posts
 * twice.
 */
public final class PageCommand {

    private PageCommand() {
    }

    public static String run(RedirectAttributes redirect, String notice, Runnable command, String page) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formProblems", new java.util.ArrayList<>(e.problems()));
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
                redirect.addFlashAttribute("kept", KeptForm.of(current.getRequest().getParameterMap()));
            }
        } catch (Conflict e) {
            redirect.addFlashAttribute("problem", e.asProblem());
        } catch (AccessDenied e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + page;
    }
}
