package io.github.posthogcatalog.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** Turns a JSON parse error into a JSON path and a message with line and column. */
final class ParseFaults {

    // Jackson embeds a second location, "(start marker at [Source: ...])", in some messages. The
    // message built here gives line and column once, so the embedded copy goes.
    private static final Pattern EMBEDDED_LOCATION = Pattern.compile("\\s*\\(start marker at \\[[^\\]]*\\]\\)");

    private ParseFaults() {}

    /**
     * Returns the path of the object or array that was being read when parsing failed, such as
     * {@code $.events[0]}, or {@code $} when the failure was at the top level.
     */
    static String pathOf(JacksonException e) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return JsonPaths.ROOT;
        }

        Deque<TokenStreamContext> contexts = new ArrayDeque<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
            contexts.push(context);
        }

        // Every context except the innermost names the entry that leads to the next one.
        List<Object> elements = new ArrayList<>();
        while (contexts.size() > 1) {
            TokenStreamContext context = contexts.pop();
            if (context.inArray()) {
                elements.add(context.getCurrentIndex());
            } else if (context.inObject() && context.currentName() != null) {
                elements.add(context.currentName());
            }
        }
        return JsonPaths.format(elements);
    }

    /** Returns the parser's message with the line and column where parsing failed. */
    static String describe(JacksonException e) {
        String message = EMBEDDED_LOCATION.matcher(e.getOriginalMessage()).replaceAll("");
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "malformed JSON: " + message;
        }
        return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr()
                + ": " + message;
    }
}
