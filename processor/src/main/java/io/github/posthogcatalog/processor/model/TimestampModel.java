package io.github.posthogcatalog.processor.model;

/**
 * The {@code @Timestamp} member of an event: it becomes {@code CapturedEvent.timestamp}, not a
 * property.
 *
 * @param javaName the record component or accessor method name
 * @param kind {@link ScalarKind#INSTANT}, {@link ScalarKind#OFFSET_DATE_TIME} or
 *     {@link ScalarKind#ZONED_DATE_TIME}
 * @param nullable whether null is allowed, meaning the time of sending
 */
public record TimestampModel(String javaName, ScalarKind kind, boolean nullable) {}
