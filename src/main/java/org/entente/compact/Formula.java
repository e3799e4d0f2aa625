package org.entente.compact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.shared.InvalidInput;

/**
 * An indicator's formula in the DHIS2 style: (numerator / denominator) x factor, where numerator and denominator
 * are sums and differences of reported data elements ({@code FEES_PAID + TRAVEL_COST}). Only the formula is stored;
 * the value is computed when read, from whatever data has been reported.
 */
public record Formula(String numerator, String denominator, double factor) {

    private static final Pattern TERM = Pattern.compile("\\s*([+-]?)\\s*([A-Z][A-Z0-9_]{0,59})\\s*");

    public Formula {
        terms("numerator", numerator);
        if (denominator != null && !denominator.isBlank()) {
            terms("denominator", denominator);
        } else {
            denominator = null;
        }
        if (factor == 0 || Double.isNaN(factor) || Double.isInfinite(factor)) {
            throw new InvalidInput("factor", "must be a finite number other than zero");
        }
    }

    record Term(int sign, String element) {
    }

    static List<Term> terms(String field, String expression) {
        if (expression == null || expression.isBlank()) {
            throw InvalidInput.required(field);
        }
        List<Term> terms = new ArrayList<>();
        Matcher m = TERM.matcher(expression);
        int at = 0;
        while (at < expression.length()) {
            m.region(at, expression.length());
            // After the first term every term needs its operator.
            if (!m.lookingAt() || (!terms.isEmpty() && m.group(1).isEmpty())) {
                break;
            }
            terms.add(new Term("-".equals(m.group(1)) ? -1 : 1, m.group(2)));
            at = m.end();
        }
        if (terms.isEmpty() || at != expression.length()) {
            throw new InvalidInput(field, "must be data element codes joined by + or -, such as FEES_PAID + TRAVEL_COST");
        }
        return terms;
    }

    /** The data elements the formula reads. */
    public List<String> elements() {
        List<String> elements = new ArrayList<>();
        terms("numerator", numerator).forEach(t -> elements.add(t.element()));
        if (denominator != null) {
            terms("denominator", denominator).forEach(t -> elements.add(t.element()));
        }
        return elements;
    }

    /** The value, or empty when an element is missing or the denominator is zero. */
    public OptionalDouble evaluate(Map<String, Double> values) {
        OptionalDouble top = sum(numerator, values);
        if (top.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (denominator == null) {
            return OptionalDouble.of(top.getAsDouble() * factor);
        }
        OptionalDouble bottom = sum(denominator, values);
        if (bottom.isEmpty() || bottom.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(top.getAsDouble() / bottom.getAsDouble() * factor);
    }

    private static OptionalDouble sum(String expression, Map<String, Double> values) {
        double total = 0;
        for (Term term : terms("expression", expression)) {
            Double value = values.get(term.element());
            if (value == null) {
                return OptionalDouble.empty();
            }
            total += term.sign() * value;
        }
        return OptionalDouble.of(total);
    }

    @Override
    public String toString() {
        return denominator == null ? "(" + numerator + ") × " + factor
                : "(" + numerator + ") / (" + denominator + ") × " + factor;
    }
}
