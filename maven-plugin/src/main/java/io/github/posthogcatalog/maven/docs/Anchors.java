package io.github.posthogcatalog.maven.docs;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Builds the fragment ids of the documentation page, such as {@code event-espi-message}.
 *
 * <p>An anchor depends only on the item it names, never on its neighbours, so a shared link keeps
 * working when other events are added. Letters, digits, {@code -} and {@code _} are kept; every other
 * code point becomes {@code ~HEX~}, so the encoding is injective (distinct names give distinct
 * anchors), and the result needs no percent-encoding in a URL and no escaping in an HTML attribute
 * or a Markdown link.
 */
public final class Anchors {

    private Anchors() {}

    /** Returns the anchor of an event, from its wire name. */
    public static String event(String eventName) {
        return "event-" + encode(eventName);
    }

    /** Returns the anchor of an Action, from its stable key. */
    public static String action(String actionKey) {
        return "action-" + encode(actionKey);
    }

    /** Returns the anchor of a Slack alert, from its stable key. */
    public static String alert(String alertKey) {
        return "alert-" + encode(alertKey);
    }

    /**
     * Returns the anchor of a property row: the encoded event name and path segments joined by dots.
     *
     * @param eventName the event's wire name
     * @param path the property's path from the event: wire names, and {@code []} for a list's items
     */
    public static String property(String eventName, List<String> path) {
        StringJoiner anchor = new StringJoiner(".", "property-", "");
        anchor.add(encode(eventName));
        path.forEach(segment -> anchor.add(encode(segment)));
        return anchor.toString();
    }

    /** Encodes a name so that it is safe in an id, a URL fragment and a Markdown link. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            if (isKept(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('~').append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)).append('~');
            }
        });
        return out.toString();
    }

    private static boolean isKept(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z')
                || (codePoint >= 'A' && codePoint <= 'Z')
                || (codePoint >= '0' && codePoint <= '9')
                || codePoint == '-'
                || codePoint == '_';
    }
}
