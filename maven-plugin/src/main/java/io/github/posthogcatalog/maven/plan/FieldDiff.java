package io.github.posthogcatalog.maven.plan;

import tools.jackson.databind.JsonNode;

/**
 * One managed field that differs between PostHog and the catalog.
 *
 * @param field the field's path, such as {@code name}, {@code steps} or {@code inputs.text}
 * @param current the normalised value in PostHog, or null when the field is absent there
 * @param desired the normalised value from the catalog, or null when the catalog leaves it out
 */
public record FieldDiff(String field, JsonNode current, JsonNode desired) {}
