package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.catalog.PropertyFilter;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads one {@code @Step} into PostHog's Action step, checking every field. */
final class StepReader {

    static final String EVENT_ANNOTATION = "io.github.posthogcatalog.annotations.Event";

    private final Elements elements;
    private final EventLookup events;
    private final Reporter reporter;
    private final FilterReader filters;

    StepReader(Elements elements, EventLookup events, Reporter reporter) {
        this.elements = elements;
        this.events = events;
        this.reporter = reporter;
        this.filters = new FilterReader(elements, reporter);
    }

    /**
     * Returns the step, or empty after reporting what is wrong. Also empty, without a report, when
     * the step names an {@code @Event} type that the lookup does not hold: its own errors are
     * reported by the event pipeline.
     */
    Optional<ActionStep> read(Element element, AnnotationMirror step) {
        AnnotationValues values = AnnotationValues.of(step, elements);
        Optional<StepEvent> event = readEvent(element, values);
        if (event.isEmpty()) {
            return Optional.empty();
        }

        boolean valid = checkSelector(element, values);
        String text = matched(element, values, "text", "textMatching");
        String href = matched(element, values, "href", "hrefMatching");
        String url = matched(element, values, "url", "urlMatching");
        valid &= text != null && href != null && url != null;

        List<PropertyFilter> properties = new ArrayList<>();
        for (AnnotationMirror where : values.annotations("properties")) {
            Optional<PropertyFilter> filter = filters.read(element, where, event.get());
            filter.ifPresent(properties::add);
            valid &= filter.isPresent();
        }
        if (!valid) {
            return Optional.empty();
        }

        ActionStep result = new ActionStep(event.get().wireName(), properties,
                blankToNull(values.string("selector")), blankToNull(values.string("tagName")),
                blankToNull(text), matching(values, "text", "textMatching"),
                blankToNull(href), matching(values, "href", "hrefMatching"),
                blankToNull(url), matching(values, "url", "urlMatching"));
        if (matchesEverything(result)) {
            reporter.error(element, step, null, Diagnostic.ACTION_STEP_EMPTY);
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private Optional<StepEvent> readEvent(Element element, AnnotationValues values) {
        TypeMirror type = values.type("event");
        String name = values.string("eventName");
        boolean byClass = type.getKind() != TypeKind.VOID;
        if (byClass && !name.isEmpty()) {
            reporter.error(element, values.mirror(), values.value("eventName"), Diagnostic.ACTION_STEP_EVENT_CONFLICT,
                    type, name);
            return Optional.empty();
        }
        if (byClass) {
            return eventByClass(element, values, type);
        }
        if (name.isEmpty()) {
            return Optional.of(new StepEvent(null, null));
        }
        Optional<EventDefinition> definition = events.byWireName(name);
        if (definition.isEmpty() && !PostHogTaxonomy.isPostHogEvent(name)) {
            reporter.error(element, values.mirror(), values.value("eventName"), Diagnostic.ACTION_STEP_EVENT_UNKNOWN,
                    name, Suggestions.didYouMean(name, Stream.concat(events.wireNames().stream(),
                            PostHogTaxonomy.events().stream()).toList()));
            return Optional.empty();
        }
        return Optional.of(new StepEvent(name, definition.orElse(null)));
    }

    private Optional<StepEvent> eventByClass(Element element, AnnotationValues values, TypeMirror type) {
        if (!(type instanceof DeclaredType declared)
                || !AnnotationValues.isAnnotated(declared.asElement(), EVENT_ANNOTATION)) {
            reporter.error(element, values.mirror(), values.value("event"), Diagnostic.ACTION_STEP_EVENT_NOT_EVENT, type);
            return Optional.empty();
        }
        String qualifiedName = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        // TODO: an @Event type compiled elsewhere (a dependency's jar) is missing from the lookup as
        // well, so its step drops the Action without a message; it needs the dependencies' catalogs.
        return events.byType(qualifiedName).map(definition -> new StepEvent(definition.name(), definition));
    }

    private boolean checkSelector(Element element, AnnotationValues values) {
        String selector = values.string("selector");
        if (selector.isEmpty()) {
            return true;
        }
        Optional<SelectorSyntax.SelectorError> error = SelectorSyntax.check(selector);
        error.ifPresent(problem -> reporter.error(element, values.mirror(), values.value("selector"),
                Diagnostic.ACTION_SELECTOR_INVALID, selector, problem.position(), problem.message()));
        return error.isEmpty();
    }

    /** Returns the value of {@code field}, or null after reporting a regex that RE2 rejects. */
    private String matched(Element element, AnnotationValues values, String field, String matchingField) {
        String value = values.string(field);
        if (value.isEmpty() || !values.enumConstant(matchingField).equals("REGEX")) {
            return value;
        }
        Optional<String> error = Re2Syntax.check(value);
        if (error.isPresent()) {
            reporter.error(element, values.mirror(), values.value(field), Diagnostic.ACTION_REGEX_INVALID,
                    "@Step " + field, value, error.get());
            return null;
        }
        return value;
    }

    /** Returns PostHog's matching value for {@code field}, or null when the field is not set. */
    private static String matching(AnnotationValues values, String field, String matchingField) {
        if (values.string(field).isEmpty()) {
            return null;
        }
        return values.enumConstant(matchingField).toLowerCase(Locale.ROOT);
    }

    private static boolean matchesEverything(ActionStep step) {
        return step.event() == null && step.properties().isEmpty()
                && Stream.of(step.selector(), step.tagName(), step.text(), step.href(), step.url())
                        .allMatch(field -> field == null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
