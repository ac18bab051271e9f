package io.github.posthogcatalog.processor;

import com.google.auto.service.AutoService;
import io.github.posthogcatalog.processor.Timing.Phase;
import io.github.posthogcatalog.processor.actions.ActionCollector;
import io.github.posthogcatalog.processor.alerts.SlackAlertCollector;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.validation.AnnotationNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The posthog-catalog annotation processor. Per round it runs these steps, in order:
 *
 * <ol>
 *   <li><b>Catalog</b>: read {@code @Catalog} from {@code package-info.java} (one per module) for
 *       the catalog name and naming conventions.
 *   <li><b>Events</b>: validate each {@code @Event} type into an {@code EventModel}; report every
 *       broken rule as an error on the element, annotation or annotation value at fault; defer a
 *       type that refers to a type not generated yet to the next round; write the emitter of each
 *       valid event in the round in which it appears; write the catalog's entry class in the
 *       first later round that brings no new event.
 *   <li><b>Actions and alerts</b>: note the types that carry {@code @Action} or {@code @SlackAlert}.
 * </ol>
 *
 * <p>In the final round every step finishes, in the same order: the event step marks the catalog
 * partial if an event still waits for a missing type; the Action step then reads and checks every
 * noted {@code @Action} and {@code @SlackAlert} against all events of all rounds, and adds the valid
 * ones to the catalog. Last, {@code META-INF/posthog/catalog.json} is written once, unless an error
 * was reported.
 *
 * <p>Accepted event declarations are records (components are properties), interfaces (abstract
 * accessors are properties) and static nested types of either. A <b>sealed interface</b> with
 * {@code @Event} is an error whose fix is {@code @Event} on each permitted record, because the
 * records may differ in properties and one event name with several property sets would make the
 * catalog's schema ambiguous.
 *
 * <p>Options: {@value #TIMING_OPTION}{@code =true} prints one note with the processor's own time
 * in milliseconds, split into validation, generation, Actions and alerts, and catalog writing.
 *
 * <p>{@link LocalEventProcessor}, registered beside this one, reports {@code @Event} on local
 * types, which javac does not offer to processors.
 *
 * <p>{@code process} never throws: an unexpected exception becomes an error on the element being
 * processed, or a message without element when none is at hand.
 */
@AutoService(Processor.class)
public final class PostHogCatalogProcessor extends AbstractProcessor {

    /** The option that turns on the timing note. */
    public static final String TIMING_OPTION = "posthog.catalog.timing";

    private ProcessingContext context;
    private List<ProcessingStep> steps = List.of();
    private CatalogWriter catalogWriter;
    private boolean timingEnabled;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        context = new ProcessingContext(processingEnv);
        steps = steps(context);
        catalogWriter = new CatalogWriter(context);
        timingEnabled = Boolean.parseBoolean(processingEnv.getOptions().get(TIMING_OPTION));
    }

    /**
     * Returns the steps in the order they run. The Action step goes after the event step, because
     * in its {@code finish} it looks events up in the registry that the event step has filled.
     */
    private List<ProcessingStep> steps(ProcessingContext context) {
        return List.of(new CatalogStep(context), new EventStep(context, getClass().getName()),
                new ActionStep(context));
    }

    /**
     * Returns the annotations of every step. Local types never reach this processor, so
     * {@link LocalEventProcessor} reports {@code @Event} on them.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // javac calls this after init. Before init, the default steps' annotations are returned.
        if (steps.isEmpty()) {
            return Set.of(AnnotationNames.CATALOG, AnnotationNames.EVENT, AnnotationNames.PROPERTY,
                    AnnotationNames.TIMESTAMP, AnnotationNames.GROUP, AnnotationNames.WIRE_VALUE,
                    AnnotationNames.GENERATED, ActionCollector.ACTION, ActionCollector.ACTIONS,
                    SlackAlertCollector.SLACK_ALERT, SlackAlertCollector.SLACK_ALERTS);
        }
        Set<String> types = new LinkedHashSet<>();
        steps.forEach(step -> types.addAll(step.annotationTypes()));
        return types;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(TIMING_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        long start = System.nanoTime();
        context.startRound(annotations);
        try {
            if (round.errorRaised()) {
                // Another processor, such as the local-type check, reported an error.
                context.markIncomplete();
            }
            if (round.processingOver()) {
                finish();
            } else {
                steps.forEach(step -> step.process(round));
            }
        } catch (RuntimeException e) {
            context.reporter().error(Diagnostic.PROCESSOR_FAILED, e);
        } finally {
            context.timing().addTotal(System.nanoTime() - start);
        }
        if (round.processingOver() && timingEnabled) {
            Timing timing = context.timing();
            context.reporter().note(Diagnostic.TIMING, timing.totalMillis(), timing.millis(Phase.VALIDATION),
                    timing.millis(Phase.GENERATION), timing.millis(Phase.ACTIONS), timing.millis(Phase.CATALOG));
        }
        // javac passes only the supported annotations, which are meant for this processor alone.
        // Claiming them keeps -Xlint:processing from warning that no processor claimed them.
        return true;
    }

    private void finish() {
        steps.forEach(ProcessingStep::finish);
        context.timing().measure(Phase.CATALOG, catalogWriter::write);
    }
}
