package org.entente.platform;

import java.util.Set;

import org.entente.shared.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Limits every value read from a JSON body, whatever record it lands in: text holds no control characters (a tab
 * and line breaks excepted), and a number is finite and within a ceiling, so that no total becomes "Infinity" and
 * no NUL reaches the database. A value past a limit is a 400 naming its field.
 */
final class InputLimits {

    /** The largest magnitude of a decimal number: a trillion, beyond any quantity, amount or figure we keep. */
    static final double DECIMAL_CEILING = 1e12;
    /** The largest magnitude of a whole number (ids, counts, figures). */
    static final long WHOLE_CEILING = 1_000_000_000_000_000L;

    private static final Set<Class<?>> DECIMALS = Set.of(Double.class, double.class, Float.class, float.class);
    private static final Set<Class<?>> WHOLES = Set.of(Long.class, long.class);

    private InputLimits() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("entente-input-limits");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == String.class || DECIMALS.contains(type) || WHOLES.contains(type)
                        ? new Checked(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** Why a value breaks a limit, or null when it keeps them all. */
    static String problemWith(Object value) {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return "must not contain control characters (found U+%04X)".formatted((int) c);
                }
            }
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d) || Math.abs(d) > DECIMAL_CEILING) {
                return "must be a number between -1,000,000,000,000 and 1,000,000,000,000";
            }
        } else if (value instanceof Long l && Math.abs(l) > WHOLE_CEILING) {
            return "must be a whole number between -1,000,000,000,000,000 and 1,000,000,000,000,000";
        }
        return null;
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Object value = super.deserialize(p, ctxt);
            String problem = problemWith(value);
            if (problem != null) {
                // The field is named from the parser's path by the problem handling.
                throw InvalidInput.ofValue(problem);
            }
            return value;
        }
    }
}
