package io.github.posthogcatalog.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Picks the first schema fault in document order and phrases it. The validator reports faults in
 * the order it evaluates the schema, which is not the order a reader meets them in the file.
 */
final class SchemaFaults {

    /**
     * One fault.
     *
     * @param elements the path from the root: property names and array indexes
     * @param problem what is wrong there
     */
    record Fault(List<Object> elements, String problem) {

        /** Returns the path in dot notation, such as {@code $.events[2].name}. */
        String path() {
            return JsonPaths.format(elements);
        }
    }

    private SchemaFaults() {}

    /**
     * Returns the fault that comes first in the document.
     *
     * @param document the validated catalog
     * @param schema the schema it was validated against
     * @param errors the validator's errors; not empty
     */
    static Fault first(JsonNode document, JsonNode schema, List<Error> errors) {
        List<Fault> faults = errors.stream().map(error -> toFault(error, schema)).toList();
        return faults.stream().min(documentOrder(document)).orElseThrow();
    }

    private static Fault toFault(Error error, JsonNode schema) {
        Fault fault = describe(error);
        String rule = conditionalRule(schema, error.getSchemaLocation().getFragment());
        return rule == null ? fault : new Fault(fault.elements(), fault.problem() + "; " + rule);
    }

    /**
     * Returns the description of the innermost conditional branch ({@code then}, or an entry of
     * {@code dependentSchemas}) that the failing keyword sits in, or null. A bare "required
     * property is missing" does not say that the requirement follows from a sibling value, so the
     * schema describes each such rule in the branch itself.
     */
    private static String conditionalRule(JsonNode schema, NodePath fragment) {
        String rule = null;
        JsonNode node = schema;
        String previous = null;
        for (int i = 0; i < fragment.getNameCount() && node != null; i++) {
            Object element = fragment.getElement(i);
            node = child(node, element);
            boolean branch = "then".equals(element) || "dependentSchemas".equals(previous);
            if (branch && node != null && node.has("description")) {
                rule = node.get("description").asString();
            }
            previous = element.toString();
        }
        return rule;
    }

    private static Fault describe(Error error) {
        List<Object> elements = elementsOf(error.getInstanceLocation());
        String keyword = String.valueOf(error.getKeyword());
        switch (keyword) {
            case "required" -> {
                elements.add(error.getProperty());
                return new Fault(elements, "required property is missing");
            }
            case "additionalProperties" -> {
                elements.add(error.getProperty());
                return new Fault(elements, "unknown property; the catalog format does not define it here");
            }
            case "false" -> {
                return new Fault(elements, "not allowed together with the other values of this object");
            }
            case "type" -> {
                // The validator's message already names the type that was found.
                return new Fault(elements, error.getMessage());
            }
            default -> {
                return new Fault(elements, error.getMessage() + found(error.getInstanceNode()));
            }
        }
    }

    private static String found(JsonNode instance) {
        if (instance == null || instance.isContainer()) {
            return "";
        }
        return " (found " + instance + ")";
    }

    private static List<Object> elementsOf(NodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    /**
     * Orders faults as a reader meets them: by the position of each path element in its parent,
     * a parent before its children, and a property that is absent after every present sibling.
     */
    private static Comparator<Fault> documentOrder(JsonNode document) {
        return (a, b) -> {
            JsonNode parent = document;
            int common = Math.min(a.elements().size(), b.elements().size());
            for (int i = 0; i < common; i++) {
                Object elementA = a.elements().get(i);
                Object elementB = b.elements().get(i);
                if (!elementA.equals(elementB)) {
                    int byPosition = Integer.compare(position(parent, elementA), position(parent, elementB));
                    return byPosition != 0 ? byPosition : elementA.toString().compareTo(elementB.toString());
                }
                parent = parent == null ? null : child(parent, elementA);
            }
            return Integer.compare(a.elements().size(), b.elements().size());
        };
    }

    private static int position(JsonNode parent, Object element) {
        if (element instanceof Integer index) {
            return index;
        }
        if (parent != null && parent.isObject()) {
            int position = 0;
            for (String name : parent.propertyNames()) {
                if (name.equals(element)) {
                    return position;
                }
                position++;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static JsonNode child(JsonNode parent, Object element) {
        return element instanceof Integer index ? parent.get(index) : parent.get(element.toString());
    }
}
