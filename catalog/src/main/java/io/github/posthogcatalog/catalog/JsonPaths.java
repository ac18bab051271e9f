package io.github.posthogcatalog.catalog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Formats JSON paths in the dot notation of error messages: {@code $.events[2].properties[0].name},
 * with bracket notation ({@code $['odd key']}) for names that are not plain identifiers.
 */
final class JsonPaths {

    static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private JsonPaths() {}

    /** Formats a path whose elements are property names (strings) and array indexes (integers). */
    static String format(List<?> elements) {
        StringBuilder path = new StringBuilder(ROOT);
        for (Object element : elements) {
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                appendName(path, element.toString());
            }
        }
        return path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            path.append('.').append(name);
        } else {
            path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }
}
