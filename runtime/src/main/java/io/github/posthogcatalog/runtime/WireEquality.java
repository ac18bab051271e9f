package io.github.posthogcatalog.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares property values in wire form the way PostHog sees them: JSON has one number type, so
 * numbers are equal when their values are equal, whatever their Java types.
 */
final class WireEquality {

    private WireEquality() {}

    /**
     * Tells whether two wire values are equal. Numbers compare by value ({@code 42}, {@code 42L}
     * and {@code 42.0} are equal); lists compare element by element and maps entry by entry with
     * the same rule; everything else compares with {@link Object#equals}.
     */
    static boolean equal(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return numbersEqual(e, a);
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            return listsEqual(e, a);
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            return mapsEqual(e, a);
        }
        return Objects.equals(expected, actual);
    }

    private static boolean numbersEqual(Number expected, Number actual) {
        BigDecimal e = exact(expected);
        BigDecimal a = exact(actual);
        if (e == null || a == null) {
            // NaN and infinities have no decimal value; they are equal only to themselves.
            return expected.doubleValue() == actual.doubleValue()
                    || (Double.isNaN(expected.doubleValue()) && Double.isNaN(actual.doubleValue()));
        }
        return e.compareTo(a) == 0;
    }

    /** Returns the exact decimal value of a number, or null for NaN and infinities. */
    private static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? new BigDecimal(value) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static boolean listsEqual(List<?> expected, List<?> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        Iterator<?> actualItems = actual.iterator();
        for (Object item : expected) {
            if (!equal(item, actualItems.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> expected, Map<?, ?> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return false;
        }
        for (Map.Entry<?, ?> entry : expected.entrySet()) {
            if (!equal(entry.getValue(), actual.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
