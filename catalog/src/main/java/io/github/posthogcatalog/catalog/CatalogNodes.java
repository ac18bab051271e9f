package io.github.posthogcatalog.catalog;

import tools.jackson.databind.JsonNode;

/** Normalises the JSON values that records carry as {@link JsonNode}. */
final class CatalogNodes {

    private CatalogNodes() {}

    /**
     * Returns null for a JSON null or a missing node. Writing omits a null component, so a record
     * built with {@code NullNode} would read back as null and no longer equal itself. Normalising
     * in the constructor keeps write-then-read an identity.
     */
    static JsonNode nullToAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}
