package io.github.posthogcatalog.processor.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The naming conventions of {@code @Catalog(eventNaming, propertyNaming)}, mirrored by constant
 * name so that the processor does not load the annotation classes.
 */
public enum NameStyle {

    SNAKE_CASE("snake_case", "[a-z][a-z0-9]*(_[a-z0-9]+)*"),
    KEBAB_CASE("kebab-case", "[a-z][a-z0-9]*(-[a-z0-9]+)*"),
    CAMEL_CASE("camelCase", "[a-z][a-zA-Z0-9]*"),
    /** No rule beyond the checks every name gets; derived property names use snake_case. */
    ANY("any", ".*");

    private final String label;
    private final Pattern pattern;

    NameStyle(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    }

    /** Returns the constant with the given name, or the default when the name is unknown. */
    public static NameStyle of(String constantName, NameStyle defaultStyle) {
        for (NameStyle style : values()) {
            if (style.name().equals(constantName)) {
                return style;
            }
        }
        return defaultStyle;
    }

    /** Returns whether a wire name follows this convention. */
    public boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    /** Returns the name rewritten to follow this convention, for suggestions and derived names. */
    public String apply(String name) {
        List<String> words = Words.split(name);
        return switch (this) {
            case SNAKE_CASE, ANY -> String.join("_", words);
            case KEBAB_CASE -> String.join("-", words);
            case CAMEL_CASE -> Words.lowerCamel(words);
        };
    }

    /** Returns the convention's name as users write it, such as {@code snake_case}. */
    public String label() {
        return label;
    }
}
