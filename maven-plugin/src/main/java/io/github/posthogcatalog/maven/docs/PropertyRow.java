package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of an event's property table. Nested records, list items and map values get rows of their
 * own below their parent, so one flat table shows the whole shape of the event.
 *
 * @param path the wire names from the event down to this property; {@value #LIST_ITEM} marks the
 *     items of a list and {@value #MAP_VALUE} the values of a map
 * @param property the property
 */
public record PropertyRow(List<String> path, PropertyDefinition property) {

    /** The path segment that stands for the items of a list. */
    public static final String LIST_ITEM = "[]";

    /** The path segment that stands for the values of a map, whatever their key. */
    public static final String MAP_VALUE = "*";

    public PropertyRow {
        path = List.copyOf(path);
    }

    /** Flattens an event's properties, each followed by the rows of its nested properties. */
    public static List<PropertyRow> flatten(List<PropertyDefinition> properties) {
        List<PropertyRow> rows = new ArrayList<>();
        addRows(List.of(), properties, rows);
        return rows;
    }

    private static void addRows(List<String> parent, List<PropertyDefinition> properties, List<PropertyRow> rows) {
        for (PropertyDefinition property : properties) {
            List<String> path = new ArrayList<>(parent);
            path.add(property.name());
            rows.add(new PropertyRow(path, property));
            addNested(path, property.type(), rows);
        }
    }

    /** Adds the rows of the record properties reachable from a type through lists and maps. */
    private static void addNested(List<String> path, ValueType type, List<PropertyRow> rows) {
        if (!type.properties().isEmpty()) {
            addRows(path, type.properties(), rows);
        } else if (type.items() != null) {
            addNested(append(path, LIST_ITEM), type.items(), rows);
        } else if (type.values() != null) {
            addNested(append(path, MAP_VALUE), type.values(), rows);
        }
    }

    private static boolean isMarker(String segment) {
        return segment.equals(LIST_ITEM) || segment.equals(MAP_VALUE);
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** Returns how deep the property is nested: 0 for a property of the event itself. */
    public int depth() {
        return (int) path.stream().filter(segment -> !isMarker(segment)).count() - 1;
    }

    /**
     * Returns the path as readers write it: {@code line_items[].sku}, {@code labels.*.color}.
     */
    public String displayPath() {
        StringBuilder out = new StringBuilder();
        for (String segment : path) {
            if (segment.equals(LIST_ITEM)) {
                out.append(LIST_ITEM);
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }
}
