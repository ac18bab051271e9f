package io.github.posthogcatalog.maven.standin;

import tools.jackson.databind.JsonNode;

/** A successful API response: a status and a JSON body. */
record Response(int status, JsonNode body) {

    static Response ok(JsonNode body) {
        return new Response(200, body);
    }
}
