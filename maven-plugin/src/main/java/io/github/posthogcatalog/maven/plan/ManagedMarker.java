package io.github.posthogcatalog.maven.plan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that marks a PostHog object as managed by a catalog. It contains the object's stable key and
 * the name of the catalog that owns it, and is the last line of the object's description, after a
 * blank line:
 *
 * <pre>
 * A user signed in.
 *
 * [posthog-catalog:key=auth-platform-login;catalog=platform-ops]
 * </pre>
 *
 * <p>The catalog name is percent-encoded (UTF-8) except for letters, digits, {@code .}, {@code _}
 * and {@code -}, so any name fits the line. The older form {@code [posthog-catalog:key=<key>]}, which
 * the plugin wrote before markers named their catalog, is still read: it marks an object as managed
 * by no known catalog. The planner then lets the catalog that declares the key claim it, and never
 * deletes it otherwise, because the owner is unknown.
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

    /** Maximum length, in characters, of the catalog name in a marker. */
    static final int MAX_CATALOG_CHARS = 200;

    /** Keys are slugs: letters, digits, dot, underscore and hyphen, starting with a letter or digit. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private static final Pattern ENCODED_CATALOG = Pattern.compile("(?:[A-Za-z0-9._-]|%[0-9A-F]{2})+");

    private static final Pattern MARKER_LINE = Pattern.compile(
            "\\[posthog-catalog:key=(" + KEY.pattern() + ")(?:;catalog=(" + ENCODED_CATALOG.pattern() + "))?\\]");

    private ManagedMarker() {}

    /**
     * The content of a marker line.
     *
     * @param key the object's catalog key
     * @param catalog the name of the owning catalog, or null for the older marker form without one
     */
    public record Marker(String key, String catalog) {

        public Marker {
            Objects.requireNonNull(key, "key");
        }

        /** Returns whether the marker names its catalog; markers written before catalogs were recorded do not. */
        public boolean hasCatalog() {
            return catalog != null;
        }

        /** Returns the marker line, as {@link #append} writes it. */
        public String line() {
            return "[posthog-catalog:key=" + key + (catalog == null ? "" : ";catalog=" + encode(catalog)) + "]";
        }
    }

    /** Returns whether a key can be written into a marker. */
    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** Returns whether a catalog name can be written into a marker: 1 to 200 characters, not blank. */
    public static boolean isValidCatalog(String catalog) {
        return catalog != null && !catalog.isBlank() && catalog.length() <= MAX_CATALOG_CHARS;
    }

    /**
     * Appends the marker line for a key and its catalog to a description, after a blank line. An
     * existing marker line is replaced.
     *
     * @throws IllegalArgumentException when the key or the catalog name cannot be held by a marker
     */
    public static String append(String description, String key, String catalog) {
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("Invalid catalog key '" + key
                    + "': a key is 1 to 200 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (!isValidCatalog(catalog)) {
            throw new IllegalArgumentException("Invalid catalog name '" + catalog
                    + "': a catalog name is 1 to " + MAX_CATALOG_CHARS + " characters and not blank.");
        }
        String text = textOf(description);
        String line = new Marker(key, catalog).line();
        return text.isEmpty() ? line : text + "\n\n" + line;
    }

    /** Returns the marker of a description, or empty when the object is not managed. */
    public static Optional<Marker> parse(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER_LINE.matcher(lastLine(description.strip()));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String catalog = matcher.group(2) == null ? null : decode(matcher.group(2));
        return Optional.of(new Marker(matcher.group(1), catalog));
    }

    /** Returns the key held by the description's marker line, or empty when the object is not managed. */
    public static Optional<String> keyOf(String description) {
        return parse(description).map(Marker::key);
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
        if (parse(stripped).isEmpty()) {
            return stripped;
        }
        int newline = stripped.lastIndexOf('\n');
        return newline < 0 ? "" : stripped.substring(0, newline).strip();
    }

    private static String lastLine(String text) {
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1);
    }

    private static String encode(String catalog) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : catalog.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
