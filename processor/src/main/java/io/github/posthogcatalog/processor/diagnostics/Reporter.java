package io.github.posthogcatalog.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.Collection;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Prints every diagnostic of the processor and remembers whether any error was printed, so that the
 * processor writes no catalog for a module with errors.
 *
 * <p>An error goes on the annotation value at fault when there is one, else on the annotation, else
 * on the element. Under javac, annotations are located through the source trees, because javac's
 * {@link Messager} (in JDK 17 at least) puts an error on an annotation held by a compiler-written
 * repeatable container, such as one of two {@code @Action}s on a type, on the annotated element
 * instead: no container appears in the source. Other compilers get the {@code Messager}'s placement.
 */
public final class Reporter {

    private final Messager messager;
    /** The source trees, or null when the compiler is not javac. */
    private final Trees trees;
    private final AnnotationTrees annotationTrees;
    private boolean errorReported;

    public Reporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.trees = javacTrees(env);
        this.annotationTrees = trees == null ? null : new AnnotationTrees(trees);
    }

    /** Prints each finding as an error at its element, annotation or annotation value. */
    public void errors(Collection<Finding> findings) {
        findings.forEach(this::error);
    }

    /** Prints one finding as an error. */
    public void error(Finding finding) {
        errorReported = true;
        Element element = positioned(finding.element());
        Optional<AnnotationTrees.Location> location = locate(element, finding);
        if (location.isPresent()) {
            trees.printMessage(Kind.ERROR, finding.message(), location.get().tree(), location.get().unit());
        } else if (finding.value() != null) {
            messager.printMessage(Kind.ERROR, finding.message(), element, finding.annotation(), finding.value());
        } else if (finding.annotation() != null) {
            messager.printMessage(Kind.ERROR, finding.message(), element, finding.annotation());
        } else {
            messager.printMessage(Kind.ERROR, finding.message(), element);
        }
    }

    /** Prints an error on an element. */
    public void error(Element element, Diagnostic diagnostic, Object... args) {
        error(Finding.on(element, diagnostic, args));
    }

    /**
     * Prints an error on an annotation value of an element. A null value falls back to the
     * annotation, and a null annotation to the element.
     *
     * @param element the annotated element
     * @param annotation the annotation at fault, possibly nested in another one, or null
     * @param value the annotation value at fault, or null
     * @param diagnostic the rule that was broken
     * @param args the arguments of the diagnostic's message
     */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Diagnostic diagnostic,
            Object... args) {
        error(Finding.on(element, annotation, value, diagnostic, args));
    }

    /** Prints an error at a source tree, for declarations that have no element yet. */
    public void error(Trees sourceTrees, Tree tree, CompilationUnitTree unit, Diagnostic diagnostic, Object... args) {
        errorReported = true;
        sourceTrees.printMessage(Kind.ERROR, diagnostic.format(args), tree, unit);
    }

    /** Prints an error that belongs to no element, such as a failure of the processor itself. */
    public void error(Diagnostic diagnostic, Object... args) {
        errorReported = true;
        messager.printMessage(Kind.ERROR, diagnostic.format(args));
    }

    /** Prints a note that belongs to no element, such as the timing summary. */
    public void note(Diagnostic diagnostic, Object... args) {
        messager.printMessage(Kind.NOTE, diagnostic.format(args));
    }

    /** Returns whether an error has been printed during this compilation. */
    public boolean errorReported() {
        return errorReported;
    }

    private Optional<AnnotationTrees.Location> locate(Element element, Finding finding) {
        if (annotationTrees == null || finding.annotation() == null) {
            return Optional.empty();
        }
        return annotationTrees.find(element, finding.annotation(), finding.value());
    }

    /**
     * Returns an element javac can place in the source. javac keeps no source position for a
     * record component, so an error on one goes to the private field javac derives from it, which
     * shares the component's tree and therefore its annotations as written.
     */
    private static Element positioned(Element element) {
        if (element.getKind() != ElementKind.RECORD_COMPONENT) {
            return element;
        }
        for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(element.getSimpleName())) {
                return field;
            }
        }
        return element;
    }

    private static Trees javacTrees(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException notJavac) {
            return null;
        }
    }
}
