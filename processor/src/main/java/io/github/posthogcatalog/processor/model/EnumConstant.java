package io.github.posthogcatalog.processor.model;

/**
 * One enum constant and the value it is sent as.
 *
 * @param javaName the constant's name in Java
 * @param wireValue the value sent to PostHog: the {@code @WireValue} or else the constant's name
 */
public record EnumConstant(String javaName, String wireValue) {}
