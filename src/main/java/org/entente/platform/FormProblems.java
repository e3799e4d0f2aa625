package org.entente.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.ModelAndView;

import org.entente.shared.InvalidInput;
import org.entente.shared.InvalidInput.FieldProblem;

/**
 * For a page that shows its bound form again on the same request: what could not be read ("a word where a date
 * belongs") joins the domain's refusal, which the handler put in the model as {@code formProblems}; the layout's error
 * summary and each field show them in the reader's language, and the bound object keeps what was typed. Spring's own
 * wording of a conversion failure never reaches the page.
 */
final class FormProblems extends PageModel {

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        List<FieldProblem> unreadable = new ArrayList<>();
        page.getModel().values().stream().filter(BindingResult.class::isInstance)
                .forEach(binding -> unreadable.addAll(unreadable((BindingResult) binding)));
        if (unreadable.isEmpty()) {
            return;
        }
        List<FieldProblem> all = new ArrayList<>(unreadable);
        if (page.getModel().get("formProblems") instanceof List<?> refused) {
            refused.stream().filter(FieldProblem.class::isInstance).map(FieldProblem.class::cast).forEach(all::add);
        }
        page.getModel().put("formProblems", all);
    }

    /** The fields whose values could not be converted, each with the message code for what belongs there. */
    static List<FieldProblem> unreadable(BindingResult binding) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            Class<?> type = binding.getFieldType(error.getField());
            InvalidInput coded = type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())
                    ? InvalidInput.notANumber(error.getField())
                    : type == java.time.LocalDate.class ? InvalidInput.notADate(error.getField())
                    : type == java.time.LocalDateTime.class || type == java.time.Instant.class
                            || type == java.time.LocalTime.class ? InvalidInput.notADateTime(error.getField())
                    : InvalidInput.coded(error.getField(), "is not one of the choices", "invalid.choose");
            problems.addAll(coded.problems());
        }
        return problems;
    }
}
