package io.github.posthogcatalog.processor.actions;

import com.sun.source.util.Trees;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The sink for errors of the Action and alert collectors. An error belongs on the annotation value
 * when one is given, else on the annotation, else on the element.
 */
@FunctionalInterface
public interface DiagnosticReporter {

    /**
     * Reports an error.
     *
     * @param element the annotated element
     * @param mirror the annotation at fault, possibly nested in another one, or null
     * @param value the annotation value at fault, or null
     * @param diagnostic the rule that was broken
     * @param args the arguments of the diagnostic's message
     */
    void error(Element element, AnnotationMirror mirror, AnnotationValue value, Diagnostic diagnostic,
            Object... args);

    /**
     * Returns a reporter that prints errors through the environment's {@link Messager}. Under javac
     * it places errors on annotations inside a compiler-written repeatable container itself, which
     * the {@code Messager} would put on the annotated element instead.
     */
    static DiagnosticReporter printingTo(ProcessingEnvironment environment) {
        Messager messager = environment.getMessager();
        Optional<Trees> trees = javacTrees(environment);
        Optional<AnnotationTrees> sources = trees.map(AnnotationTrees::new);
        return (element, mirror, value, diagnostic, args) -> {
            String message = diagnostic.format(args);
            Optional<AnnotationTrees.Location> location = sources.flatMap(locator -> locator.find(element, mirror, value));
            if (location.isPresent()) {
                trees.orElseThrow().printMessage(Kind.ERROR, message, location.get().tree(),
                        location.get().unit());
            } else {
                messager.printMessage(Kind.ERROR, message, element, mirror, value);
            }
        };
    }

    private static Optional<Trees> javacTrees(ProcessingEnvironment environment) {
        try {
            return Optional.of(Trees.instance(environment));
        } catch (IllegalArgumentException notJavac) {
            return Optional.empty();
        }
    }
}
