package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns the {@code @Action} annotations of a compilation into catalog Actions, reporting every
 * mistake on the annotation value at fault. An Action with any error is left out of the result.
 *
 * <p>Call it once, after all events are known to the {@link EventLookup}, with every type that
 * carries {@code @Action} or its container {@code @Actions}.
 */
public final class ActionCollector {

    /** The qualified name of {@code @Action}. */
    public static final String ACTION = "io.github.posthogcatalog.annotations.Action";

    /** The qualified name of {@code @Actions}, the container of repeated {@code @Action}s. */
    public static final String ACTIONS = "io.github.posthogcatalog.annotations.Actions";

    /** PostHog's limit on Action names ({@code Action.name}, {@code max_length=400}). */
    static final int MAX_NAME_LENGTH = 400;

    private final Elements elements;
    private final EventLookup events;
    private final Reporter reporter;
    private final StepReader steps;

    /**
     * @param elements the processing environment's element utilities
     * @param events every event of the catalog, and of dependencies where known
     * @param reporter where errors go
     */
    public ActionCollector(Elements elements, EventLookup events, Reporter reporter) {
        this.elements = elements;
        this.events = events;
        this.reporter = reporter;
        this.steps = new StepReader(elements, events, reporter);
    }

    /**
     * Reads the Actions declared on {@code types}, in order of qualified type name and then source
     * order, and checks that names and keys are unique among them.
     *
     * @return the valid Actions, sorted by key as the catalog lists them
     */
    public List<ActionDefinition> collect(Collection<? extends TypeElement> types) {
        List<TypeElement> sorted = types.stream()
                .map(TypeElement.class::cast)
                .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
                .distinct()
                .toList();
        Map<String, String> typeByName = new HashMap<>();
        Map<String, String> typeByKey = new HashMap<>();
        List<ActionDefinition> actions = new ArrayList<>();
        for (TypeElement type : sorted) {
            for (AnnotationMirror mirror : AnnotationValues.find(type, ACTION, ACTIONS, elements)) {
                read(type, mirror)
                        .filter(action -> isUnique(type, mirror, action, typeByName, typeByKey))
                        .ifPresent(actions::add);
            }
        }
        actions.sort(Comparator.comparing(ActionDefinition::key));
        return List.copyOf(actions);
    }

    private Optional<ActionDefinition> read(TypeElement type, AnnotationMirror mirror) {
        AnnotationValues values = AnnotationValues.of(mirror, elements);
        String name = values.string("name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            reporter.error(type, mirror, values.value("name"), Diagnostic.ACTION_NAME_INVALID, name);
            return Optional.empty();
        }
        Optional<String> key = key(type, values);
        Optional<List<ActionStep>> actionSteps = steps(type, values, name);
        if (key.isEmpty() || actionSteps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActionDefinition(key.get(), name, description(type, values), tags(values),
                type.getQualifiedName().toString(), actionSteps.get()));
    }

    private Optional<String> key(TypeElement type, AnnotationValues values) {
        boolean written = !values.string("key").isEmpty();
        String key = written ? values.string("key") : Keys.slug(values.string("name"));
        if (Keys.isValid(key)) {
            return Optional.of(key);
        }
        String hint = written ? "" : "; the key was derived from the name, so set key explicitly";
        reporter.error(type, values.mirror(), values.value(written ? "key" : "name"), Diagnostic.ACTION_KEY_INVALID,
                key, hint);
        return Optional.empty();
    }

    private Optional<List<ActionStep>> steps(TypeElement type, AnnotationValues values, String name) {
        List<AnnotationMirror> declared = values.annotations("steps");
        if (declared.isEmpty()) {
            return stepForEvent(type, values, name);
        }
        List<ActionStep> read = new ArrayList<>();
        boolean valid = true;
        for (AnnotationMirror step : declared) {
            Optional<ActionStep> result = steps.read(type, step);
            result.ifPresent(read::add);
            valid &= result.isPresent();
        }
        return valid ? Optional.of(read) : Optional.empty();
    }

    /** Returns the single step of an Action on an {@code @Event} type that declares no steps. */
    private Optional<List<ActionStep>> stepForEvent(TypeElement type, AnnotationValues values, String name) {
        if (!AnnotationValues.isAnnotated(type, StepReader.EVENT_ANNOTATION)) {
            reporter.error(type, values.mirror(), null, Diagnostic.ACTION_STEPS_MISSING, name, type.getQualifiedName());
            return Optional.empty();
        }
        // An event missing from the lookup had errors of its own, already reported by the pipeline.
        return events.byType(type.getQualifiedName().toString())
                .map(event -> List.of(new ActionStep(event.name(), List.of(), null, null, null, null, null, null,
                        null, null)));
    }

    private String description(TypeElement type, AnnotationValues values) {
        String written = values.string("description");
        return written.isBlank() ? Javadoc.summary(elements.getDocComment(type)) : written.strip();
    }

    /** Returns the tags as PostHog stores them: trimmed, lower-cased, distinct and sorted. */
    private static List<String> tags(AnnotationValues values) {
        return values.strings("tags").stream()
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    private boolean isUnique(TypeElement type, AnnotationMirror mirror, ActionDefinition action,
            Map<String, String> typeByName, Map<String, String> typeByKey) {
        AnnotationValues values = AnnotationValues.of(mirror, elements);
        String previousByName = typeByName.putIfAbsent(action.name(), action.javaType());
        if (previousByName != null) {
            reporter.error(type, mirror, values.value("name"), Diagnostic.ACTION_NAME_DUPLICATE, action.name(),
                    previousByName);
            return false;
        }
        String previousByKey = typeByKey.putIfAbsent(action.key(), action.javaType());
        if (previousByKey != null) {
            String attribute = values.string("key").isEmpty() ? "name" : "key";
            reporter.error(type, mirror, values.value(attribute), Diagnostic.ACTION_KEY_DUPLICATE, action.key(),
                    previousByKey);
            return false;
        }
        return true;
    }
}
