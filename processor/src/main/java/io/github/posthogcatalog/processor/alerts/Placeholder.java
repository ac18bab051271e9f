package io.github.posthogcatalog.processor.alerts;

import java.util.List;
import java.util.Objects;

/**
 * One {@code {...}} placeholder of a Hog template.
 *
 * @param expression the text between the braces, as written
 * @param start the 0-based index of the opening brace in the template
 * @param end the index just after the closing brace
 * @param paths the field paths the expression reads, such as {@code [event, properties, plan]},
 *     in order of appearance
 */
public record Placeholder(String expression, int start, int end, List<List<String>> paths) {

    public Placeholder {
        Objects.requireNonNull(expression, "expression");
        paths = paths.stream().map(List::copyOf).toList();
    }

    /**
     * Returns the event property names this placeholder reads through
     * {@code event.properties.X} or {@code event.properties['X']}.
     */
    public List<String> eventProperties() {
        return paths.stream()
                .filter(path -> path.size() >= 3)
                .filter(path -> path.get(0).equals("event") && path.get(1).equals(HogGlobals.PROPERTIES))
                .map(path -> path.get(2))
                .toList();
    }
}
