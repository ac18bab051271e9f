package io.github.posthogcatalog.maven.standin;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A stand-in for compiled Hog bytecode. PostHog returns an array that starts with {@code "_H"} and
 * the bytecode version; clients only need to find an array there and strip it when they compare.
 */
final class HogBytecode {

    private HogBytecode() {}

    static ArrayNode of(JsonNode source) {
        ArrayNode bytecode = Json.array();
        bytecode.add("_H");
        bytecode.add(1);
        bytecode.add(32);
        bytecode.add(source.isString() ? source.stringValue() : Json.write(source));
        return bytecode;
    }
}
