package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.processor.alerts.AlertDefaults;
import io.github.posthogcatalog.processor.alerts.SlackAlertCollector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * TEST HARNESS ONLY: a stand-in for the real processor pipeline, so that the Action and alert
 * collectors can be driven by real javac before the pipeline exists. It builds events with
 * {@link SimpleEventModel} (a deliberately small model), runs both collectors in the first round,
 * and keeps their results for the test to inspect.
 */
public final class TestHarnessProcessor extends AbstractProcessor {

    private static final String EVENT = "io.github.posthogcatalog.annotations.Event";
    private static final String CATALOG = "io.github.posthogcatalog.annotations.Catalog";

    private final List<ActionDefinition> actions = new ArrayList<>();
    private final List<DestinationDefinition> destinations = new ArrayList<>();

    /** Returns the Actions collected, sorted by key. */
    public List<ActionDefinition> actions() {
        return actions;
    }

    /** Returns the destinations collected, sorted by key. */
    public List<DestinationDefinition> destinations() {
        return destinations;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("io.github.posthogcatalog.annotations.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            return false;
        }
        Elements elements = processingEnv.getElementUtils();
        DiagnosticReporter reporter = DiagnosticReporter.printingTo(processingEnv);

        List<EventDefinition> events = annotated(round, EVENT).stream()
                .map(type -> SimpleEventModel.event(type, elements))
                .toList();
        EventLookup lookup = EventLookup.of(events);

        actions.addAll(new ActionCollector(elements, lookup, reporter)
                .collect(annotated(round, ActionCollector.ACTION, ActionCollector.ACTIONS)));

        AlertDefaults defaults = catalogDefaults(round, elements, reporter);
        destinations.addAll(new SlackAlertCollector(elements, lookup, actions, defaults, reporter)
                .collect(annotated(round, SlackAlertCollector.SLACK_ALERT, SlackAlertCollector.SLACK_ALERTS)));
        return false;
    }

    private AlertDefaults catalogDefaults(RoundEnvironment round, Elements elements, DiagnosticReporter reporter) {
        TypeElement catalog = elements.getTypeElement(CATALOG);
        for (Element element : round.getElementsAnnotatedWith(catalog)) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                if (mirror.getAnnotationType().asElement().equals(catalog)) {
                    return AlertDefaults.fromCatalog((PackageElement) element, mirror, elements, reporter);
                }
            }
        }
        return AlertDefaults.POSTHOG;
    }

    private Set<TypeElement> annotated(RoundEnvironment round, String... annotations) {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String annotation : annotations) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            round.getElementsAnnotatedWith(type).forEach(element -> types.add((TypeElement) element));
        }
        return types;
    }
}
