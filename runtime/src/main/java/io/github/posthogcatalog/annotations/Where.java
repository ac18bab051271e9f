package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property filter of an Action step, for example
 * {@code @Where(key = "plan", value = "pro")}. All filters of a step must hold for the step to
 * match. The processor checks that the key is a property of the step's event and that the operator
 * and values fit the property's type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Where {

    /** The property's wire name, for example {@code "token_count"} or {@code "$current_url"}. */
    String key();

    /** The comparison; {@link FilterOperator#EXACT} by default. */
    FilterOperator operator() default FilterOperator.EXACT;

    /**
     * The values to compare with, written as strings: numbers as {@code "10"}, booleans as
     * {@code "true"}, enum properties as the constant's wire value. {@code EXACT} and
     * {@code IS_NOT} accept several values (any of them); {@code IS_SET} and {@code IS_NOT_SET}
     * take none; every other operator takes exactly one.
     */
    String[] value() default {};

    /** Whose property {@link #key()} names; the event's by default. */
    PropertyScope type() default PropertyScope.EVENT;
}
