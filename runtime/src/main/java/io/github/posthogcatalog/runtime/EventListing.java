package io.github.posthogcatalog.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes recorded events as text for assertion messages, one numbered line per event. */
final class EventListing {

    private EventListing() {}

    /** Returns "Recorded events (n):" followed by one line per event, or a note that none were. */
    static String of(List<CapturedEvent> events) {
        if (events.isEmpty()) {
            return "No events were recorded.";
        }
        StringBuilder text = new StringBuilder("Recorded events (").append(events.size())
                .append("):");
        for (int i = 0; i < events.size(); i++) {
            text.append("\n  ").append(i + 1).append(". ").append(line(events.get(i)));
        }
        return text.toString();
    }

    /** Returns one event as {@code name distinct_id="…" properties={…} groups={…}}. */
    static String line(CapturedEvent event) {
        StringBuilder text = new StringBuilder(event.event())
                .append(" distinct_id=").append(value(event.distinctId()))
                .append(" properties=").append(value(event.properties()));
        if (!event.groups().isEmpty()) {
            text.append(" groups=").append(value(event.groups()));
        }
        if (event.timestamp() != null) {
            text.append(" timestamp=").append(event.timestamp());
        }
        return text.toString();
    }

    /**
     * Returns a value as it would read in JSON, with the Java type of a number in brackets when it
     * is not a long or a double, so that a message shows why {@code "42"} differs from {@code 42}.
     */
    static String value(Object value) {
        if (value instanceof CharSequence text) {
            return '"' + text.toString() + '"';
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof List<?> list) {
            return list(list);
        }
        if (value instanceof Number number && !(number instanceof Long || number instanceof Double)) {
            return number + " (" + number.getClass().getSimpleName() + ")";
        }
        return String.valueOf(value);
    }

    private static String map(Map<?, ?> map) {
        StringBuilder text = new StringBuilder("{");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            text.append(entry.getKey()).append('=').append(value(entry.getValue()));
            if (entries.hasNext()) {
                text.append(", ");
            }
        }
        return text.append('}').toString();
    }

    private static String list(List<?> list) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(value(list.get(i)));
        }
        return text.append(']').toString();
    }
}
