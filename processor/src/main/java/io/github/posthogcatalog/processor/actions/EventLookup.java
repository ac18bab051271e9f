package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.EventDefinition;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events known to the processor, as the Action and alert collectors need them: the catalog's
 * own events and the {@code @Event} types of other compilations that {@code @Step(event = ...)}
 * names by class, read from their class files.
 */
public interface EventLookup {

    /** Returns the event with this wire name. */
    Optional<EventDefinition> byWireName(String wireName);

    /** Returns the event declared by the Java type with this qualified name. */
    Optional<EventDefinition> byType(String qualifiedName);

    /** Returns every known wire name, for "did you mean" hints. */
    Collection<String> wireNames();

    /**
     * Returns why the {@code @Event} type of another compilation with this qualified name could not
     * be read as an event, or empty when it was read or is not such a type.
     */
    default Optional<String> problem(String qualifiedName) {
        return Optional.empty();
    }

    /**
     * Returns a lookup over {@code events}, keyed by {@link EventDefinition#name()} and
     * {@link EventDefinition#javaType()}; events without a Java type are found by wire name only.
     */
    static EventLookup of(Collection<EventDefinition> events) {
        return of(events, Map.of());
    }

    /**
     * Returns a lookup over {@code events}, as {@link #of(Collection)} does, that also returns the
     * reasons in {@code problems}, keyed by qualified type name, from {@link #problem(String)}.
     */
    static EventLookup of(Collection<EventDefinition> events, Map<String, String> problems) {
        Map<String, String> problemsByType = Map.copyOf(problems);
        Map<String, EventDefinition> byName = events.stream()
                .collect(Collectors.toMap(EventDefinition::name, Function.identity(), (first, second) -> first));
        Map<String, EventDefinition> byType = events.stream()
                .filter(event -> event.javaType() != null)
                .collect(Collectors.toMap(EventDefinition::javaType, Function.identity(), (first, second) -> first));
        List<String> names = byName.keySet().stream().sorted().toList();
        return new EventLookup() {
            @Override
            public Optional<EventDefinition> byWireName(String wireName) {
                return Optional.ofNullable(byName.get(wireName));
            }

            @Override
            public Optional<EventDefinition> byType(String qualifiedName) {
                return Optional.ofNullable(byType.get(qualifiedName));
            }

            @Override
            public Collection<String> wireNames() {
                return names;
            }

            @Override
            public Optional<String> problem(String qualifiedName) {
                return Optional.ofNullable(problemsByType.get(qualifiedName));
            }
        };
    }
}
