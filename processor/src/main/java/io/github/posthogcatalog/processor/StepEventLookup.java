package io.github.posthogcatalog.processor;

import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.processor.actions.EventLookup;
import io.github.posthogcatalog.processor.actions.StepEventTypes;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.validation.DependencyEventReader;
import io.github.posthogcatalog.processor.validation.EventValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Builds the events that Actions and alerts are checked against: those of this compilation, and
 * the {@code @Event} types of other compilations that steps name by class. The latter are read from
 * their class files, get no emitter and stay out of this module's catalog.
 */
final class StepEventLookup {

    private final ProcessingContext context;

    StepEventLookup(ProcessingContext context) {
        this.context = context;
    }

    /** Returns the lookup for the Actions and alerts declared on {@code types}. */
    EventLookup build(List<TypeElement> types) {
        Elements elements = context.env().getElementUtils();
        List<EventDefinition> events = new ArrayList<>();
        context.events().events().stream().map(EventModel::definition).forEach(events::add);
        Map<String, String> problems = new TreeMap<>();

        DependencyEventReader reader = new DependencyEventReader(elements, context.mirrors(), context.javadocs());
        for (TypeElement type : StepEventTypes.namedByClass(types, elements)) {
            String name = type.getQualifiedName().toString();
            // An event of this compilation is in the registry, or had errors that the event step reported.
            if (context.declaresEvent(name)) {
                continue;
            }
            EventValidator.Report report = reader.read(type);
            Optional<String> problem = problem(report);
            if (problem.isPresent()) {
                problems.put(name, problem.get());
            } else {
                events.add(report.event().definition());
            }
        }
        return EventLookup.of(events, problems);
    }

    /** Returns why the report contains no usable event, or empty when it contains one. */
    private Optional<String> problem(EventValidator.Report report) {
        if (report.missingType() != null) {
            return Optional.of("it uses type " + report.missingType() + ", which is missing from the class path");
        }
        if (report.event() == null) {
            String findings = report.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
            return Optional.of(findings.isEmpty() ? "a type it uses has errors" : findings);
        }
        // PostHog matches steps by event name, so the step would also match the event declared here.
        String wireName = report.event().wireName();
        return context.events().byWireName(wireName).map(local -> "its name \"" + wireName
                + "\" is also the name of " + local.qualifiedName() + " in this compilation");
    }
}
