package org.entente.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An enum a person reads: each constant's label is the message {@code <value>.<CONSTANT>} in every interface
 * language, so pages show "Life-saving", never {@code LIFE_SAVING}. Every enum of the project carries this or
 * {@link NotShown}; a test fails on an enum with neither and on a label missing in any language.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Labelled {

    /** The message key's prefix, for example {@code request.priority}. */
    String value();

    /** An enum that never reaches a page or a person: engine states, wire formats, internal switches. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface NotShown {

        /** Why no person reads it. */
        String value();
    }
}
