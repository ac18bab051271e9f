package io.github.posthogcatalog.processor;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.processor.Timing.Phase;
import io.github.posthogcatalog.processor.actions.ActionCollector;
import io.github.posthogcatalog.processor.actions.EventLookup;
import io.github.posthogcatalog.processor.alerts.AlertDefaults;
import io.github.posthogcatalog.processor.alerts.SlackAlertCollector;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Action} and {@code @SlackAlert} declarations into the catalog's Actions and Slack
 * destinations.
 *
 * <p>Each round only records the names of the annotated types. The collectors run once, in
 * {@link #finish()}, because an Action may name an event that a later round brings (a type that
 * another processor generates), and because they leave out Actions of events missing from the
 * registry without a message, on the grounds that the event's own error was reported. Types are
 * looked up again by name then, because javac enters the sources anew in each round and an
 * element kept from an earlier round can hold stale annotation values.
 *
 * <p>A step may also name an {@code @Event} type of another compilation, which
 * {@link StepEventLookup} reads from its class file.
 */
final class ActionStep implements ProcessingStep {

    private final ProcessingContext context;
    /** Every type seen with an Action or alert annotation, by qualified name. */
    private final Set<String> annotatedTypes = new TreeSet<>();

    ActionStep(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public Set<String> annotationTypes() {
        return Set.of(ActionCollector.ACTION, ActionCollector.ACTIONS, SlackAlertCollector.SLACK_ALERT,
                SlackAlertCollector.SLACK_ALERTS);
    }

    @Override
    public void process(RoundEnvironment round) {
        for (String annotationName : annotationTypes()) {
            for (TypeElement type : ElementFilter.typesIn(context.annotatedWith(round, annotationName))) {
                annotatedTypes.add(type.getQualifiedName().toString());
            }
        }
    }

    @Override
    public void finish() {
        if (annotatedTypes.isEmpty()) {
            return;
        }
        // javac has reported the missing type. Checked against a partial registry, steps that name
        // the events it blocked would get a second, misleading error.
        if (context.eventsUnresolved()) {
            return;
        }
        context.timing().measure(Phase.ACTIONS, this::collect);
    }

    private void collect() {
        List<TypeElement> types = currentTypes();
        Elements elements = context.env().getElementUtils();
        try {
            EventLookup lookup = new StepEventLookup(context).build(types);
            List<ActionDefinition> actions =
                    new ActionCollector(elements, lookup, context.reporter()).collect(types);
            List<DestinationDefinition> destinations = new SlackAlertCollector(
                    elements, lookup, actions, alertDefaults(), context.reporter()).collect(types);

            actions.forEach(context.assembly()::addAction);
            destinations.forEach(context.assembly()::addDestination);
        } catch (RuntimeException e) {
            // The collectors read all types together, to check names and keys across them, so a
            // failure cannot be pinned to one of them.
            context.reporter().error(Diagnostic.PROCESSOR_FAILED, e);
        }
    }

    /** Returns the annotated types as elements of the final round, and records them as catalog sources. */
    private List<TypeElement> currentTypes() {
        List<TypeElement> types = new ArrayList<>();
        for (String name : annotatedTypes) {
            TypeElement type = context.env().getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
                context.registerActionElement(type);
            }
        }
        return types;
    }

    private AlertDefaults alertDefaults() {
        CatalogSettings settings = context.settings();
        return AlertDefaults.of(settings.slackBotName(), settings.slackEmoji());
    }
}
