package io.github.posthogcatalog.annotations;

/**
 * How a {@link Where} property filter compares a property with its values. Each constant maps to
 * PostHog's operator of the same name in lower case.
 */
public enum FilterOperator {

    /** Equal to one of the values ({@code exact}); any scalar property. */
    EXACT,

    /** Equal to none of the values ({@code is_not}); any scalar property. */
    IS_NOT,

    /** The property is present, whatever its value ({@code is_set}); takes no value. */
    IS_SET,

    /** The property is absent ({@code is_not_set}); takes no value. */
    IS_NOT_SET,

    /** Contains the value, ignoring case ({@code icontains}); string properties, one value. */
    ICONTAINS,

    /** Does not contain the value, ignoring case ({@code not_icontains}); string properties, one value. */
    NOT_ICONTAINS,

    /** Matches the RE2 regular expression ({@code regex}); string properties, one value. */
    REGEX,

    /** Does not match the RE2 regular expression ({@code not_regex}); string properties, one value. */
    NOT_REGEX,

    /** Greater than the value ({@code gt}); numeric properties, one value. */
    GT,

    /** Greater than or equal to the value ({@code gte}); numeric properties, one value. */
    GTE,

    /** Less than the value ({@code lt}); numeric properties, one value. */
    LT,

    /** Less than or equal to the value ({@code lte}); numeric properties, one value. */
    LTE
}
