package io.github.posthogcatalog.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the first difference between two declarations of the same event in what is sent on the
 * wire: property names, whether each is required, and value types (JSON type, format, enum values,
 * element, map value and nested properties). Descriptions, owners, tags and Java type names are
 * documentation and do not count.
 */
final class EventDifference {

    private EventDifference() {}

    /**
     * Returns the first wire difference as a phrase that names the property, such as
     * {@code property 'order.items[].sku' is required in A but optional in B}, or empty when the
     * two declarations send the same properties.
     */
    static Optional<String> first(EventDefinition a, String sourceA, EventDefinition b, String sourceB) {
        return firstInProperties("", a.properties(), sourceA, b.properties(), sourceB);
    }

    private static Optional<String> firstInProperties(
            String prefix,
            List<PropertyDefinition> a,
            String sourceA,
            List<PropertyDefinition> b,
            String sourceB) {
        Map<String, PropertyDefinition> byNameA = byName(a);
        Map<String, PropertyDefinition> byNameB = byName(b);

        // Walk the union of names in sorted order so that the reported difference is stable.
        SortedSet<String> names = new TreeSet<>(byNameA.keySet());
        names.addAll(byNameB.keySet());
        for (String name : names) {
            String path = prefix + name;
            PropertyDefinition propertyA = byNameA.get(name);
            PropertyDefinition propertyB = byNameB.get(name);
            if (propertyB == null) {
                return Optional.of(onlyIn(path, sourceA, sourceB));
            }
            if (propertyA == null) {
                return Optional.of(onlyIn(path, sourceB, sourceA));
            }
            if (propertyA.required() != propertyB.required()) {
                return Optional.of("property '" + path + "' is " + requiredWord(propertyA) + " in "
                        + sourceA + " but " + requiredWord(propertyB) + " in " + sourceB);
            }
            Optional<String> typeDifference =
                    firstInType(path, propertyA.type(), sourceA, propertyB.type(), sourceB);
            if (typeDifference.isPresent()) {
                return typeDifference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstInType(
            String path, ValueType a, String sourceA, ValueType b, String sourceB) {
        if (!a.jsonType().equals(b.jsonType())) {
            return Optional.of(differs(path, "JSON type", a.jsonType(), sourceA, b.jsonType(), sourceB));
        }
        if (!Objects.equals(a.format(), b.format())) {
            return Optional.of(differs(path, "format", a.format(), sourceA, b.format(), sourceB));
        }
        if (!a.enumValues().equals(b.enumValues())) {
            return Optional.of(differs(
                    path, "enum values", a.enumValues(), sourceA, b.enumValues(), sourceB));
        }

        Optional<String> items = firstInNested(path + "[]", a.items(), sourceA, b.items(), sourceB);
        if (items.isPresent()) {
            return items;
        }
        Optional<String> values = firstInNested(path + "{}", a.values(), sourceA, b.values(), sourceB);
        if (values.isPresent()) {
            return values;
        }
        return firstInProperties(path + ".", a.properties(), sourceA, b.properties(), sourceB);
    }

    // An element or map value type present on one side only is a JSON type difference in practice,
    // but it is reported on its own so that the message names the element path.
    private static Optional<String> firstInNested(
            String path, ValueType a, String sourceA, ValueType b, String sourceB) {
        if (a == null && b == null) {
            return Optional.empty();
        }
        if (a == null || b == null) {
            String typeA = a == null ? "none" : a.jsonType();
            String typeB = b == null ? "none" : b.jsonType();
            return Optional.of(differs(path, "JSON type", typeA, sourceA, typeB, sourceB));
        }
        return firstInType(path, a, sourceA, b, sourceB);
    }

    private static Map<String, PropertyDefinition> byName(List<PropertyDefinition> properties) {
        Map<String, PropertyDefinition> byName = new TreeMap<>();
        for (PropertyDefinition property : properties) {
            byName.put(property.name(), property);
        }
        return byName;
    }

    private static String onlyIn(String path, String presentIn, String absentFrom) {
        return "property '" + path + "' is declared in " + presentIn + " but not in " + absentFrom;
    }

    private static String requiredWord(PropertyDefinition property) {
        return property.required() ? "required" : "optional";
    }

    private static String differs(
            String path, String aspect, Object valueA, String sourceA, Object valueB, String sourceB) {
        return "property '" + path + "' has " + aspect + " " + valueA + " in " + sourceA + " but "
                + valueB + " in " + sourceB;
    }
}
