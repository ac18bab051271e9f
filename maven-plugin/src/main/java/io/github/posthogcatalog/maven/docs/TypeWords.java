package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.stream.Collectors;

/**
 * Describes property value types in plain words for readers who do not read Java or JSON Schema:
 * "whole number", "list of text", "map of text to decimal numbers", "one of A, B, C".
 */
public final class TypeWords {

    private TypeWords() {}

    /** Returns the type in plain words, as a singular noun phrase. */
    public static String describe(ValueType type) {
        if (!type.enumValues().isEmpty()) {
            return "one of " + String.join(", ", type.enumValues());
        }
        switch (type.jsonType()) {
            case "string":
                return describeString(type.format(), false);
            case "integer":
                return "whole number";
            case "number":
                return "decimal number";
            case "boolean":
                return "true or false";
            case "array":
                return type.items() == null ? "list" : "list of " + plural(type.items());
            case "object":
                return describeObject(type, false);
            default:
                // A JSON type this version does not know: show it as written rather than guess.
                return type.jsonType();
        }
    }

    /** Returns the type as a plural noun phrase, for the items of a list or the values of a map. */
    static String plural(ValueType type) {
        if (!type.enumValues().isEmpty()) {
            return "values, each one of " + String.join(", ", type.enumValues());
        }
        switch (type.jsonType()) {
            case "string":
                return describeString(type.format(), true);
            case "integer":
                return "whole numbers";
            case "number":
                return "decimal numbers";
            case "boolean":
                return "true or false values";
            case "array":
                return type.items() == null ? "lists" : "lists of " + plural(type.items());
            case "object":
                return describeObject(type, true);
            default:
                return type.jsonType() + " values";
        }
    }

    private static String describeString(String format, boolean plural) {
        if (format == null) {
            return "text";
        }
        switch (format) {
            case "date-time":
                return plural ? "dates and times" : "date and time";
            case "date":
                return plural ? "dates" : "date";
            case "duration":
                return plural ? "durations" : "duration";
            case "uuid":
                return plural ? "UUIDs" : "UUID";
            case "decimal":
                return plural ? "exact decimal numbers, as text" : "exact decimal number, as text";
            default:
                return "text";
        }
    }

    private static String describeObject(ValueType type, boolean plural) {
        if (type.values() != null) {
            return (plural ? "maps" : "map") + " of text to " + plural(type.values());
        }
        if (type.properties().isEmpty()) {
            return plural ? "objects" : "object";
        }
        String names = type.properties().stream()
                .map(PropertyDefinition::name)
                .collect(Collectors.joining(", "));
        return (plural ? "objects" : "object") + " with " + names;
    }

    /**
     * Returns what values look like on the wire: the allowed values of an enum, or an example of a
     * formatted string. Empty when any value of the JSON type is allowed.
     */
    public static Phrase allowedValues(ValueType type) {
        Phrase.Builder phrase = new Phrase.Builder();
        if (!type.enumValues().isEmpty()) {
            for (int i = 0; i < type.enumValues().size(); i++) {
                if (i > 0) {
                    phrase.text(", ");
                }
                phrase.code(type.enumValues().get(i));
            }
            return phrase.build();
        }
        if (type.items() != null) {
            return allowedValues(type.items());
        }
        if (type.values() != null) {
            return allowedValues(type.values());
        }
        return example(type);
    }

    private static Phrase example(ValueType type) {
        Phrase.Builder phrase = new Phrase.Builder();
        String format = type.format() == null ? "" : type.format();
        if (type.jsonType().equals("boolean")) {
            return phrase.code("true").text(" or ").code("false").build();
        }
        if (!type.jsonType().equals("string")) {
            return phrase.build();
        }
        switch (format) {
            case "date-time":
                return phrase.text("ISO 8601, such as ").code("2026-01-31T09:30:00Z").build();
            case "date":
                return phrase.text("ISO 8601, such as ").code("2026-01-31").build();
            case "duration":
                return phrase.text("ISO 8601, such as ").code("PT30S").build();
            case "uuid":
                return phrase.text("such as ").code("123e4567-e89b-12d3-a456-426614174000").build();
            case "decimal":
                return phrase.text("digits as text, such as ").code("12.50").build();
            default:
                return phrase.build();
        }
    }
}
