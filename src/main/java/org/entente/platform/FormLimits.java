package org.entente.platform;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The limits of {@link InputLimits} for values that arrive as form fields, query parameters and path segments:
 * text without control characters, numbers finite and within the ceiling. A value past a limit fails to bind and is
 * answered 400 naming its field, by the page or the problem handling.
 */
@ControllerAdvice
class FormLimits {

    @InitBinder
    void limits(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(checked(text));
            }
        });
        binder.registerCustomEditor(Double.class, new Decimal(true));
        binder.registerCustomEditor(double.class, new Decimal(false));
    }

    private static Object checked(Object value) {
        String problem = InputLimits.problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    private static final class Decimal extends PropertyEditorSupport {
        private final boolean nullable;

        Decimal(boolean nullable) {
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                if (!nullable) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(null);
                return;
            }
            setValue(checked(Double.valueOf(text.strip())));
        }
    }
}
