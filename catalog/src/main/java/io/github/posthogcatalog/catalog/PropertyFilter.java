package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A property filter of an Action step, in PostHog's shape.
 *
 * @param key the property's wire name
 * @param value the value to compare with: a string, a number or an array of them; null for
 *     {@code is_set} and {@code is_not_set}
 * @param operator one of PostHog's operators: {@code exact}, {@code is_not}, {@code is_set},
 *     {@code is_not_set}, {@code icontains}, {@code not_icontains}, {@code regex},
 *     {@code not_regex}, {@code gt}, {@code gte}, {@code lt}, {@code lte}
 * @param type whose property it is: {@code event} or {@code person}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertyFilter(String key, JsonNode value, String operator, String type) {

    public PropertyFilter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        value = CatalogNodes.nullToAbsent(value);
        type = Objects.requireNonNullElse(type, "event");
    }
}
