package io.github.posthogcatalog.maven.standin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DRF's {@code LimitOffsetPagination}: {@code {count, next, previous, results}}, {@code limit} and
 * {@code offset} query parameters, the other parameters kept in the links. DRF writes absolute
 * links built from the request's host; the stand-in can write relative ones to test clients.
 */
final class Paginator {

    /** How {@code next} and {@code previous} are written. */
    enum LinkStyle { ABSOLUTE, RELATIVE }

    private Paginator() {}

    static ObjectNode page(List<ObjectNode> items, ApiCall call, int defaultLimit, LinkStyle style) {
        Map<String, String> params = call.params();
        int limit = positive(params.get("limit"), defaultLimit);
        if (limit == 0) {
            limit = defaultLimit;
        }
        int offset = Math.max(0, positive(params.get("offset"), 0));
        int end = Math.min(items.size(), offset + limit);

        ArrayNode results = Json.array();
        for (int i = offset; i < end; i++) {
            results.add(items.get(i));
        }

        ObjectNode page = Json.object();
        page.put("count", items.size());
        page.put("next", end < items.size() ? link(call, params, limit, end, style) : null);
        page.put("previous", offset > 0 ? link(call, params, limit, Math.max(0, offset - limit), style) : null);
        page.set("results", results);
        return page;
    }

    private static String link(ApiCall call, Map<String, String> params, int limit, int offset, LinkStyle style) {
        params.put("limit", String.valueOf(limit));
        if (offset == 0) {
            params.remove("offset");
        } else {
            params.put("offset", String.valueOf(offset));
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> param : params.entrySet()) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
        }
        String relative = call.path() + query;
        return style == LinkStyle.ABSOLUTE ? call.origin() + relative : relative;
    }

    private static int positive(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            return parsed >= 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
