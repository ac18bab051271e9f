package io.github.posthogcatalog.maven.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads every page of a PostHog list. Two shapes are accepted: DRF's {@code {count, next, previous,
 * results}} (hog functions, integrations) and the Actions list, which has {@code {count, results}} or,
 * on older versions, only {@code {results}} and no {@code next}.
 *
 * <p>A {@code next} link may be absolute or relative; it is resolved against the page it came from
 * and followed only when it stays on the configured host, because the request carries the API key.
 * A link that points to a page already read would loop forever, so it fails instead.
 */
final class PageWalker {

    private final URI host;
    private final Function<ApiRequest, JsonNode> executor;

    PageWalker(URI host, Function<ApiRequest, JsonNode> executor) {
        this.host = host;
        this.executor = executor;
    }

    /** Returns the objects of every page, starting from {@code first}. */
    List<ObjectNode> readAll(URI first, String target) {
        List<ObjectNode> items = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        visited.add(first.normalize());
        URI page = first;
        while (page != null) {
            ApiRequest request = new ApiRequest("GET", page, null, target);
            JsonNode body = executor.apply(request);

            collect(request, body, items);

            page = nextPage(request, body, visited);
        }
        return items;
    }

    private void collect(ApiRequest request, JsonNode body, List<ObjectNode> items) {
        JsonNode results = body.isArray() ? body : body.get("results");
        if (results == null || !results.isArray()) {
            throw new PostHogApiException("PostHog answered " + request.describe() + " without a 'results' list;"
                    + " this PostHog version may not be supported.", 200, null, null, false, null);
        }
        for (JsonNode item : results) {
            if (item instanceof ObjectNode object) {
                items.add(object);
            }
        }
    }

    private URI nextPage(ApiRequest request, JsonNode body, Set<URI> visited) {
        JsonNode next = body.isObject() ? body.get("next") : null;
        if (next == null || next.isNull() || (next.isString() && next.stringValue().isBlank())) {
            return null;
        }
        URI resolved;
        try {
            resolved = request.uri().resolve(next.asString().strip());
        } catch (IllegalArgumentException e) {
            throw new PostHogApiException("PostHog answered " + request.describe() + " with a 'next' link that is not"
                    + " a valid URL: " + next.asString(), 200, null, null, false, e);
        }
        if (!sameOrigin(resolved)) {
            throw new PostHogApiException("PostHog answered " + request.describe() + " with a 'next' link to "
                    + resolved.getScheme() + "://" + resolved.getAuthority() + ", which is not posthog.host (" + host
                    + "). The client does not send the API key to another host. If PostHog is behind a proxy that"
                    + " rewrites addresses, set posthog.host to the address it links to.", 200, null, null, false, null);
        }
        if (!visited.add(resolved.normalize())) {
            throw new PostHogApiException("PostHog answered " + request.describe() + " with a 'next' link to a page"
                    + " already read (" + resolved.getRawPath() + "?" + resolved.getRawQuery() + "); stopped to avoid"
                    + " an endless loop. The list may be changing while it is read; run again.",
                    200, null, null, false, null);
        }
        return resolved;
    }

    private boolean sameOrigin(URI uri) {
        return uri.getScheme() != null && uri.getHost() != null
                && uri.getScheme().equalsIgnoreCase(host.getScheme())
                && uri.getHost().toLowerCase(Locale.ROOT).equals(host.getHost().toLowerCase(Locale.ROOT))
                && port(uri) == port(host);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
