package io.github.posthogcatalog.maven.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that marks a PostHog object as managed by the catalog and holds its stable key. It is the
 * last line of the object's description, after a blank line:
 *
 * <pre>
 * A user signed in.
 *
 * [posthog-catalog:key=auth-platform-login]
 * </pre>
 *
 * <p>The description is used because hog functions have no tags, and PostHog drops or lower-cases
 * tags on some versions, while it stores a description as written apart from trimming leading and
 * trailing whitespace (Django REST Framework's {@code CharField} trims by default). The parser is
 * strict: only a last line that is exactly one marker counts, so a description that merely mentions
 * the marker text in its body is not managed, and nothing without a valid marker is ever changed.
 */
public final class ManagedMarker {

    /** The tag that managed Actions carry in addition to the marker line. */
    public static final String TAG = "posthog-catalog";

    private static final String PREFIX = "[posthog-catalog:key=";

    /** Keys are slugs: letters, digits, dot, underscore and hyphen, starting with a letter or digit. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private static final Pattern MARKER_LINE =
            Pattern.compile("\\[posthog-catalog:key=(" + KEY.pattern() + ")\\]");

    private ManagedMarker() {}

    /** Returns whether a key can be written into a marker. */
    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * Appends the marker line for a key to a description, after a blank line.
     *
     * @throws IllegalArgumentException when the key is not a valid marker key
     */
    public static String append(String description, String key) {
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("Invalid catalog key '" + key
                    + "': a key is 1 to 200 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        String text = textOf(description);
        String line = PREFIX + key + "]";
        return text.isEmpty() ? line : text + "\n\n" + line;
    }

    /** Returns the key held by the description's marker line, or empty when the object is not managed. */
    public static Optional<String> keyOf(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER_LINE.matcher(lastLine(description.strip()));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Returns the description without its marker line and without surrounding whitespace, which is
     * the text a person wrote. A description without a valid marker is returned stripped.
     */
    public static String textOf(String description) {
        if (description == null) {
            return "";
        }
        String stripped = description.strip();
        if (keyOf(stripped).isEmpty()) {
            return stripped;
        }
        int newline = stripped.lastIndexOf('\n');
        return newline < 0 ? "" : stripped.substring(0, newline).strip();
    }

    private static String lastLine(String text) {
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1);
    }
}
