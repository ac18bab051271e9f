package io.github.posthogcatalog.maven.apply;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body that deletes an Action or hog function. PostHog answers DELETE on both with 405 and
 * soft-deletes them through {@code PATCH {"deleted": true}} instead.
 */
final class SoftDelete {

    private SoftDelete() {}

    static ObjectNode body() {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.put("deleted", true);
        return patch;
    }
}
