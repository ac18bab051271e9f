package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.DestinationFilters;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.processor.actions.ActionCollector;
import io.github.posthogcatalog.processor.actions.AnnotationValues;
import io.github.posthogcatalog.processor.actions.EventLookup;
import io.github.posthogcatalog.processor.actions.Keys;
import io.github.posthogcatalog.processor.actions.StepEvent;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Decides what a {@code @SlackAlert} watches: the one Action of its type, the type's event, or the
 * Action or event it names explicitly.
 */
final class AlertTargets {

    private static final String EVENT = "io.github.posthogcatalog.annotations.Event";

    private final Elements elements;
    private final EventLookup events;
    private final List<ActionDefinition> actions;
    private final Reporter reporter;

    AlertTargets(Elements elements, EventLookup events, List<ActionDefinition> actions, Reporter reporter) {
        this.elements = elements;
        this.events = events;
        this.actions = actions;
        this.reporter = reporter;
    }

    /**
     * Returns the target, or empty after reporting why there is none. Also empty, without a
     * report, when the target is an event or Action that had errors of its own.
     */
    Optional<AlertTarget> resolve(TypeElement type, AnnotationValues alert) {
        boolean isEvent = AnnotationValues.isAnnotated(type, EVENT);
        List<AnnotationMirror> declared = AnnotationValues.find(type, ActionCollector.ACTION, ActionCollector.ACTIONS,
                elements);
        String action = alert.string("action");
        boolean onEvent = alert.bool("onEvent");

        if (!action.isEmpty() && onEvent) {
            reporter.error(type, alert.mirror(), alert.value("action"), Diagnostic.ALERT_TARGET_CONFLICT, action);
            return Optional.empty();
        }
        if (onEvent) {
            return eventTarget(type, alert, isEvent);
        }
        if (!action.isEmpty()) {
            return namedAction(type, alert, declared, action);
        }
        if (declared.size() == 1) {
            return actionTarget(declared.get(0));
        }
        if (declared.isEmpty() && isEvent) {
            return eventTarget(type, alert, true);
        }
        if (declared.isEmpty()) {
            reporter.error(type, alert.mirror(), null, Diagnostic.ALERT_TARGET_MISSING, type.getQualifiedName());
            return Optional.empty();
        }
        List<String> choices = new ArrayList<>(names(declared).stream().map(name -> "Action \"" + name + "\"").toList());
        if (isEvent) {
            choices.add("its event");
        }
        reporter.error(type, alert.mirror(), null, Diagnostic.ALERT_TARGET_AMBIGUOUS, type.getQualifiedName(),
                String.join(", ", choices), isEvent ? ", or onEvent = true to watch the event" : "");
        return Optional.empty();
    }

    private Optional<AlertTarget> eventTarget(TypeElement type, AnnotationValues alert, boolean isEvent) {
        if (!isEvent) {
            reporter.error(type, alert.mirror(), alert.value("onEvent"), Diagnostic.ALERT_ON_EVENT_INVALID,
                    type.getQualifiedName());
            return Optional.empty();
        }
        return events.byType(type.getQualifiedName().toString()).map(event -> new AlertTarget(event.name(),
                new DestinationFilters(List.of(event.name()), List.of()),
                List.of(new StepEvent(event.name(), event)), event.properties()));
    }

    private Optional<AlertTarget> namedAction(TypeElement type, AnnotationValues alert, List<AnnotationMirror> declared,
            String action) {
        for (AnnotationMirror mirror : declared) {
            AnnotationValues values = AnnotationValues.of(mirror, elements);
            if (values.string("name").equals(action) || keyOf(values).equals(action)) {
                return actionTarget(mirror);
            }
        }
        reporter.error(type, alert.mirror(), alert.value("action"), Diagnostic.ALERT_ACTION_UNKNOWN, action,
                type.getQualifiedName(), names(declared));
        return Optional.empty();
    }

    /** Returns the collected Action for {@code mirror}; empty when it had errors and was left out. */
    private Optional<AlertTarget> actionTarget(AnnotationMirror mirror) {
        String key = keyOf(AnnotationValues.of(mirror, elements));
        return actions.stream()
                .filter(action -> action.key().equals(key))
                .findFirst()
                .map(this::forAction);
    }

    private AlertTarget forAction(ActionDefinition action) {
        List<StepEvent> watched = action.steps().stream()
                .map(ActionStep::event)
                .distinct()
                .map(event -> StepEvent.resolve(event, events))
                .toList();
        List<PropertyDefinition> properties = watched.size() == 1 && watched.get(0).definition() != null
                ? watched.get(0).definition().properties()
                : List.of();
        return new AlertTarget(action.name(), new DestinationFilters(List.of(), List.of(action.key())), watched,
                properties);
    }

    private static String keyOf(AnnotationValues action) {
        String key = action.string("key");
        return key.isEmpty() ? Keys.slug(action.string("name")) : key;
    }

    private List<String> names(List<AnnotationMirror> declared) {
        return declared.stream().map(mirror -> AnnotationValues.of(mirror, elements).string("name")).toList();
    }
}
