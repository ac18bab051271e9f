package io.github.posthogcatalog.maven.api;

import java.net.URI;

/**
 * One REST call as the client plans it, before any attempt.
 *
 * @param method the HTTP method
 * @param uri the absolute URI
 * @param body the JSON body, or null for none
 * @param target what the call reads or writes, for messages, such as {@code Action 'ESPi: New Message'}
 */
record ApiRequest(String method, URI uri, String body, String target) {

    /** Returns whether repeating the request after it reached PostHog could apply it twice. */
    boolean isCreate() {
        return method.equals("POST");
    }

    /** Returns the method with the path and query, as messages and debug lines show it. */
    String describe() {
        String query = uri.getRawQuery();
        return method + " " + uri.getRawPath() + (query == null ? "" : "?" + query);
    }
}
