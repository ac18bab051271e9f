package io.github.posthogcatalog.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks recorded events of one name, narrowing them with each {@code with…} call. Every call
 * fails at once when no recorded event meets all the conditions given so far, and its message
 * states those conditions and lists every recorded event. Made by
 * {@link RecordingSink#assertSent(String)}.
 *
 * <p>Values are compared in wire form, and numbers compare by value: {@code 42}, {@code 42L} and
 * {@code 42.0} are equal. A {@code float} compares by its exact binary value, so {@code 0.1f} does
 * not equal {@code 0.1}.
 */
public final class RecordedEventAssert {

    private final List<CapturedEvent> recorded;
    private final List<String> conditions;
    private final List<CapturedEvent> matches;

    RecordedEventAssert(String event, List<CapturedEvent> recorded) {
        this(recorded, List.of("named '" + event + "'"),
                recorded.stream().filter(e -> e.event().equals(event)).toList());
    }

    private RecordedEventAssert(List<CapturedEvent> recorded, List<String> conditions,
            List<CapturedEvent> matches) {
        this.recorded = recorded;
        this.conditions = conditions;
        this.matches = matches;
    }

    /** Keeps the events sent for this distinct id. */
    public RecordedEventAssert withDistinctId(String distinctId) {
        return narrow("with distinct id " + EventListing.value(distinctId),
                e -> e.distinctId().equals(distinctId));
    }

    /** Keeps the events that have this property with this value, compared as described above. */
    public RecordedEventAssert withProperty(String name, Object value) {
        return narrow("with property " + name + "=" + EventListing.value(value),
                e -> e.properties().containsKey(name)
                        && WireEquality.equal(value, e.properties().get(name)));
    }

    /** Keeps the events that have this property, whatever its value. */
    public RecordedEventAssert withProperty(String name) {
        return narrow("with property " + name, e -> e.properties().containsKey(name));
    }

    /** Keeps the events that do not have this property, such as an optional one left empty. */
    public RecordedEventAssert withoutProperty(String name) {
        return narrow("without property " + name, e -> !e.properties().containsKey(name));
    }

    /** Keeps the events that belong to this group, sent as {@code $groups}. */
    public RecordedEventAssert withGroup(String groupType, String groupKey) {
        return narrow("with group " + groupType + "=" + EventListing.value(groupKey),
                e -> Objects.equals(e.groups().get(groupType), groupKey));
    }

    /** Keeps the events with this declared timestamp. */
    public RecordedEventAssert withTimestamp(Instant timestamp) {
        return narrow("with timestamp " + timestamp, e -> Objects.equals(e.timestamp(), timestamp));
    }

    /**
     * Checks how many recorded events meet every condition.
     *
     * @throws AssertionError when the number differs
     */
    public RecordedEventAssert assertCount(int expected) {
        if (matches.size() != expected) {
            throw failure("Expected " + expected + " " + (expected == 1 ? "event" : "events")
                    + " " + String.join(", ", conditions) + ", but " + matches.size() + " matched.");
        }
        return this;
    }

    /**
     * Returns the one event that meets every condition.
     *
     * @throws AssertionError when more than one does
     */
    public CapturedEvent single() {
        assertCount(1);
        return matches.get(0);
    }

    /** Returns the events that meet every condition, in the order sent. */
    public List<CapturedEvent> events() {
        return matches;
    }

    /** Fails when no event matched the name alone; called once, by the sink. */
    RecordedEventAssert requireMatches() {
        if (matches.isEmpty()) {
            throw failure("Expected an event " + String.join(", ", conditions)
                    + ", but none was sent.");
        }
        return this;
    }

    private RecordedEventAssert narrow(String condition, Predicate<CapturedEvent> test) {
        List<String> narrowed = new ArrayList<>(conditions);
        narrowed.add(condition);
        RecordedEventAssert next = new RecordedEventAssert(recorded, List.copyOf(narrowed),
                matches.stream().filter(test).toList());
        if (next.matches.isEmpty()) {
            throw next.failure("Expected an event " + String.join(", ", narrowed)
                    + ", but none matched.");
        }
        return next;
    }

    private AssertionError failure(String expectation) {
        return new AssertionError(expectation + "\n" + EventListing.of(recorded));
    }
}
