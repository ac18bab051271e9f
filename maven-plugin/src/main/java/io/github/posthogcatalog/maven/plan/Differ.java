package io.github.posthogcatalog.maven.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares two normalised objects field by field. Objects listed as nested (such as a hog function's
 * {@code inputs} and {@code filters}) are compared one level deeper, so the plan says
 * {@code inputs.text} changed rather than all of {@code inputs}.
 */
final class Differ {

    private Differ() {}

    /**
     * Returns the fields that differ, in the order of {@code fields}.
     *
     * @param current the normalised object in PostHog
     * @param desired the normalised object from the catalog
     * @param fields the top-level fields to compare
     * @param nested the fields among them to compare one level deeper
     */
    static List<FieldDiff> diff(JsonNode current, JsonNode desired, List<String> fields, Set<String> nested) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : fields) {
            JsonNode before = absentAsNull(current.get(field));
            JsonNode after = absentAsNull(desired.get(field));
            if (nested.contains(field) && isObject(before) && isObject(after)) {
                diffs.addAll(diffNested(field, before, after));
            } else if (!equal(before, after)) {
                diffs.add(new FieldDiff(field, before, after));
            }
        }
        return diffs;
    }

    private static List<FieldDiff> diffNested(String prefix, JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        after.propertyNames().forEach(names::add);
        before.propertyNames().forEach(names::add);
        List<FieldDiff> diffs = new ArrayList<>();
        for (String name : names) {
            JsonNode old = absentAsNull(before.get(name));
            JsonNode now = absentAsNull(after.get(name));
            if (!equal(old, now)) {
                diffs.add(new FieldDiff(prefix + "." + name, old, now));
            }
        }
        return diffs;
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static JsonNode absentAsNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        return a == null ? b == null : a.equals(b);
    }
}
