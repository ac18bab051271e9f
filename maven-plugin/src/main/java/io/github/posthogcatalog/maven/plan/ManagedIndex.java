package io.github.posthogcatalog.maven.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The managed objects of one kind, found by the key in their marker line. If two objects carry the
 * same key (possible only when someone copied one in the PostHog app), the oldest one, by id, is the
 * managed object and the others are treated as orphans.
 */
final class ManagedIndex {

    private final Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    private final List<ObjectNode> duplicates = new ArrayList<>();
    private final List<ObjectNode> unmanaged = new ArrayList<>();
    private final Map<String, String> keyById = new HashMap<>();

    ManagedIndex(List<ObjectNode> objects) {
        List<ObjectNode> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparing(ManagedIndex::sortableId));
        for (ObjectNode object : sorted) {
            Optional<String> key = ManagedMarker.keyOf(JsonValues.text(object, "description"));
            if (key.isEmpty()) {
                unmanaged.add(object);
            } else if (byKey.putIfAbsent(key.get(), object) != null) {
                duplicates.add(object);
            } else {
                keyById.put(JsonValues.id(object), key.get());
            }
        }
    }

    Optional<ObjectNode> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Map<String, ObjectNode> all() {
        return byKey;
    }

    List<ObjectNode> duplicates() {
        return duplicates;
    }

    List<ObjectNode> unmanaged() {
        return unmanaged;
    }

    /** Returns the catalog key of a managed object by its PostHog id, or null. */
    String keyOf(String id) {
        return keyById.get(id);
    }

    /** Sorts integer ids numerically and other ids as text, so "10" comes after "9". */
    private static String sortableId(ObjectNode object) {
        String id = JsonValues.id(object);
        if (id == null) {
            return "";
        }
        return id.chars().allMatch(Character::isDigit) ? "0".repeat(Math.max(0, 20 - id.length())) + id : id;
    }
}
