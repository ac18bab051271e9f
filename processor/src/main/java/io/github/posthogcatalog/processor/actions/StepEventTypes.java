package io.github.posthogcatalog.processor.actions;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Event} types that {@code @Step(event = ...)} names by class. The processor reads
 * those that another compilation declares before it checks any step, so that every step and alert
 * is checked against the same events whatever the order of the Actions.
 */
public final class StepEventTypes {

    private StepEventTypes() {}

    /**
     * Returns the {@code @Event} types that the steps of the {@code @Action}s on {@code types} name
     * by class, each once, sorted by qualified name. Classes without {@code @Event} are left out,
     * because the step reader reports them.
     */
    public static Collection<TypeElement> namedByClass(Collection<? extends TypeElement> types, Elements elements) {
        Map<String, TypeElement> named = new TreeMap<>();
        for (TypeElement type : types) {
            for (AnnotationMirror action : AnnotationValues.find(type, ActionCollector.ACTION, ActionCollector.ACTIONS,
                    elements)) {
                for (AnnotationMirror step : AnnotationValues.of(action, elements).annotations("steps")) {
                    // For a class it could not resolve, javac returns an error type or a string, not a DeclaredType.
                    Object event = AnnotationValues.of(step, elements).value("event").getValue();
                    if (event instanceof DeclaredType declared
                            && declared.asElement() instanceof TypeElement element
                            && AnnotationValues.isAnnotated(element, StepReader.EVENT_ANNOTATION)) {
                        named.putIfAbsent(element.getQualifiedName().toString(), element);
                    }
                }
            }
        }
        return named.values();
    }
}
