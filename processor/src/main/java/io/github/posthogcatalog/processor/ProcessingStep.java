package io.github.posthogcatalog.processor;

import java.util.Set;
import javax.annotation.processing.RoundEnvironment;

/**
 * One concern of the processor, such as events or Actions. The processor supports the union of the
 * steps' annotation types, runs every step in each round in list order, and calls
 * {@link #finish()} once in the final round before the catalog is written.
 */
public interface ProcessingStep {

    /** Returns the canonical names of the annotations this step handles. */
    Set<String> annotationTypes();

    /**
     * Processes one round. Implementations report errors through the context's reporter and
     * handle unexpected exceptions per element, so that one broken declaration does not hide the
     * others.
     */
    void process(RoundEnvironment round);

    /** Completes the step in the final round, when no more sources can be generated. */
    default void finish() {}
}
