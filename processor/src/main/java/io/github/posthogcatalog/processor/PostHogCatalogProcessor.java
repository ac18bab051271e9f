package io.github.posthogcatalog.processor;

import com.google.auto.service.AutoService;
import io.github.posthogcatalog.processor.Timing.Phase;
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
import javax.tools.Diagnostic.Kind;

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
 *   <li><b>Final round</b>: finish every step, then write {@code META-INF/posthog/catalog.json} once,
 *       unless an error was reported.
 * </ol>
 *
 * <p>Accepted event declarations are records (components are properties), interfaces (abstract
 * accessors are properties) and static nested types of either. A <b>sealed interface</b> with
 * {@code @Event} is an error whose fix is {@code @Event} on each permitted record, because the
 * records may differ in properties and one event name with several property sets would make the
 * catalog's schema ambiguous.
 *
 * <p>Options: {@value #TIMING_OPTION}{@code =true} prints one note with the processor's own time
 * in milliseconds, split into validation, generation and catalog writing.
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
     * Returns the steps in the order they run. Steps for further annotations, such as Actions and
     * Slack alerts, go after the event step, because they look events up in the registry.
     */
    private List<ProcessingStep> steps(ProcessingContext context) {
        return List.of(new CatalogStep(context), new EventStep(context, getClass().getName()));
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
                    AnnotationNames.GENERATED);
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
        context.startRound();
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
            processingEnv.getMessager().printMessage(Kind.ERROR, Diagnostic.PROCESSOR_FAILED.format(e));
        } finally {
            context.timing().addTotal(System.nanoTime() - start);
        }
        if (round.processingOver() && timingEnabled) {
            Timing timing = context.timing();
            context.reporter().note(Diagnostic.TIMING, timing.totalMillis(), timing.millis(Phase.VALIDATION),
                    timing.millis(Phase.GENERATION), timing.millis(Phase.CATALOG));
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
