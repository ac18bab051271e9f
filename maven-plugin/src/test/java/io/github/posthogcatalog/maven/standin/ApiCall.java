package io.github.posthogcatalog.maven.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * One authenticated API request, as the resource handlers see it.
 *
 * @param method the HTTP method
 * @param path the raw path, such as {@code /api/projects/1/actions/}
 * @param query the raw query, or null
 * @param id the object id segment after the resource, or null
 * @param subresource the segment after the id, such as {@code channels}, or null
 * @param body the JSON body; an empty object when the request had no JSON content type, as DRF then
 *     parses no fields
 * @param origin the scheme and authority the client used, from its {@code Host} header, for absolute links
 */
record ApiCall(String method, String path, String query, String id, String subresource, ObjectNode body, String origin) {

    /** Returns the query parameters; a repeated name keeps its last value. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
