package io.github.posthogcatalog.runtime;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The base of every generated staged builder. It collects one event's wire values as the stages
 * set them, and {@link #send()} hands them to the sink as a {@link CapturedEvent}. Application
 * code does not extend it. It is public only because generated code in other packages does.
 *
 * <p>Each property's wire value goes into its slot, the property's position in the declaration,
 * so that the event lists its properties in declaration order whatever order the optional values
 * were set in. {@link #send()} builds the event's map once from the slots, which is why a builder
 * sends once: every call after it throws.
 *
 * <p>The helpers take two arguments and setters of generated stages take one, so no property
 * name can give a setter that clashes with a helper.
 */
public abstract class EventBuilder {

    private final String event;
    private final String[] propertyNames;
    private final EventSink sink;
    private final String distinctId;
    private Object[] values;
    private Map<String, String> groups = Map.of();

    /**
     * Starts an event.
     *
     * @param event the event's wire name
     * @param propertyNames the wire names of the event's properties in declaration order. The
     *     builder reads the array and never changes it, so one array serves every event
     * @throws IllegalArgumentException when the distinct id is null or blank
     */
    protected EventBuilder(String event, String[] propertyNames, EventSink sink, String distinctId) {
        this.event = event;
        this.propertyNames = propertyNames;
        this.distinctId = DistinctIds.require(distinctId);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.values = new Object[propertyNames.length];
    }

    /** Returns a required value, or throws naming the property. */
    protected static <T> T required(String property, T value) {
        if (value == null) {
            throw new NullPointerException("property '" + property + "' is null: set it, or make it optional");
        }
        return value;
    }

    /**
     * Sets a property's wire value. Null leaves an optional property out.
     *
     * @param index the property's position in the names given to the constructor
     */
    protected final void property(int index, Object wireValue) {
        open()[index] = wireValue;
    }

    /** Sets the key of a group that every event carries, or throws naming the group. */
    protected final void group(String groupType, String key) {
        if (key == null) {
            throw new NullPointerException("group '" + groupType + "' is null: set its key, or mark it @Nullable");
        }
        optionalGroup(groupType, key);
    }

    /** Sets the key of a nullable group. Null leaves the event out of that group. */
    protected final void optionalGroup(String groupType, String key) {
        open();
        if (groups.isEmpty()) {
            if (key == null) {
                return;
            }
            groups = new LinkedHashMap<>(4);
        }
        if (key == null) {
            groups.remove(groupType);
        } else {
            groups.put(groupType, key);
        }
    }

    /**
     * Returns when the event happened, or null for the time of sending. Builders of events with a
     * {@code @Timestamp} member override it.
     */
    protected Instant timestamp() {
        return null;
    }

    /**
     * Sends the event to the sink.
     *
     * @throws IllegalStateException when this builder has sent its event already
     */
    public final void send() {
        Object[] set = open();
        values = null;
        Map<String, Object> properties = new LinkedHashMap<>(PropertyValues.mapCapacity(set.length));
        for (int i = 0; i < set.length; i++) {
            if (set[i] != null) {
                properties.put(propertyNames[i], set[i]);
            }
        }
        sink.send(CapturedEvent.handOver(event, distinctId, properties, groups, timestamp()));
    }

    private Object[] open() {
        if (values == null) {
            throw new IllegalStateException("this '" + event + "' event was sent already: start a new one for the next event");
        }
        return values;
    }
}
