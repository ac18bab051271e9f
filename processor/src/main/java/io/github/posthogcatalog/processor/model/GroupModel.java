package io.github.posthogcatalog.processor.model;

/**
 * A {@code @Group} member of an event: its value is sent in {@code $groups} under the group type,
 * not as a property.
 *
 * @param javaName the record component or accessor method name
 * @param groupType the group type as configured in PostHog, such as {@code company}
 * @param nullable whether null is allowed, meaning the event belongs to no group of that type
 */
public record GroupModel(String javaName, String groupType, boolean nullable) {}
