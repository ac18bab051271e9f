package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A PostHog Action as declared with {@code @Action}.
 *
 * @param key the stable identity of the Action: the sync finds the PostHog object by it, so a
 *     renamed Action keeps its PostHog id
 * @param name the Action's name in PostHog, unique within the project
 * @param description what the Action means; may be empty
 * @param tags tags, sorted and lower-cased as PostHog stores them
 * @param javaType the fully qualified name of the declaring Java type, or null when unknown
 * @param steps the ways the Action can match, OR-ed together; never empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionDefinition(
        String key,
        String name,
        String description,
        List<String> tags,
        String javaType,
        List<ActionStep> steps) {

    public ActionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
    }
}
