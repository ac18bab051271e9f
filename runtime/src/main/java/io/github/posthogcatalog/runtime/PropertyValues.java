package io.github.posthogcatalog.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts property values to their wire form. Generated emitters call these, so that every value
 * goes out exactly and the same way from every catalog.
 *
 * <ul>
 *   <li>{@code BigDecimal} becomes a string in plain notation that keeps the scale:
 *       {@code 1.50} is sent as {@code "1.50"}, never as the number {@code 1.5}.
 *   <li>{@code BigInteger} becomes a string of its decimal digits, since JSON readers often parse
 *       numbers as doubles.
 *   <li>Date-time types become ISO-8601 strings; {@code Duration} becomes {@code PT…}.
 *   <li>{@code double} and {@code float} must be finite, because JSON has no NaN or infinity.
 * </ul>
 */
public final class PropertyValues {

    private PropertyValues() {}

    /**
     * Returns the value if it is finite.
     *
     * @throws IllegalArgumentException naming the property, for NaN and infinities
     */
    public static double finite(String property, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("property '" + property + "' is " + value
                    + ": PostHog events carry JSON, which has no NaN or infinity; send a finite number"
                    + " or leave the property out");
        }
        return value;
    }

    /** Returns the value if it is finite; see {@link #finite(String, double)}. */
    public static Double finite(String property, Double value) {
        return finite(property, value.doubleValue());
    }

    /** Returns the value if it is finite, widened to a double; see {@link #finite(String, double)}. */
    public static Double finite(String property, Float value) {
        return finite(property, value.doubleValue());
    }

    /** Returns the plain-notation string of a decimal, keeping its scale. */
    public static String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    /** Returns the decimal digits of a big integer. */
    public static String integer(BigInteger value) {
        return value.toString();
    }

    /** Returns an ISO-8601 instant such as {@code 2026-12-04T10:15:30Z}. */
    public static String iso(Instant value) {
        return DateTimeFormatter.ISO_INSTANT.format(value);
    }

    /** Returns an ISO-8601 date-time with offset such as {@code 2026-12-04T10:15:30+01:00}. */
    public static String iso(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    /**
     * Returns an ISO-8601 date-time with offset. The zone id is dropped, because JSON Schema's
     * {@code date-time} format and PostHog's parser accept offsets only.
     */
    public static String iso(ZonedDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    /** Returns an ISO-8601 date such as {@code 2026-12-04}. */
    public static String iso(LocalDate value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    /** Returns an ISO-8601 duration such as {@code PT1M30S}. */
    public static String iso(Duration value) {
        return value.toString();
    }

    /** Returns the canonical lower-case form of a UUID. */
    public static String uuid(UUID value) {
        return value.toString();
    }

    /**
     * Returns the wire form of a list or set: each element converted, in iteration order.
     *
     * @throws NullPointerException naming the property, when an element is null
     */
    public static <T> List<Object> list(String property, Collection<T> values, Function<? super T, ?> convert) {
        List<Object> result = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException("property '" + property + "' contains null: leave null elements out");
            }
            result.add(convert.apply(value));
        }
        return result;
    }

    /** Returns the capacity at which a map takes the given number of entries without a resize. */
    static int mapCapacity(int entries) {
        // The default load factor is 0.75, so n entries fit in a capacity above 4n/3.
        return entries + entries / 3 + 1;
    }

    /**
     * Returns the wire form of a map with string keys: each value converted, in iteration order.
     *
     * @throws NullPointerException naming the property and the key, when a value is null
     */
    public static <T> Map<String, Object> map(String property, Map<String, T> values, Function<? super T, ?> convert) {
        Map<String, Object> result = new LinkedHashMap<>(mapCapacity(values.size()));
        for (Map.Entry<String, T> entry : values.entrySet()) {
            if (entry.getValue() == null) {
                throw new NullPointerException("property '" + property + "' contains null at key " + entry.getKey());
            }
            result.put(entry.getKey(), convert.apply(entry.getValue()));
        }
        return result;
    }
}
