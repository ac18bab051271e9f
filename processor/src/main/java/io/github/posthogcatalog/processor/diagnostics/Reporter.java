package io.github.posthogcatalog.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.Collection;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Prints findings through javac's {@link Messager} and remembers whether any error was printed, so
 * that the processor writes no catalog for a module with errors.
 */
public final class Reporter {

    private final Messager messager;
    private boolean errorReported;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Prints each finding as an error at its element, annotation or annotation value. */
    public void errors(Collection<Finding> findings) {
        findings.forEach(this::error);
    }

    /** Prints one finding as an error. */
    public void error(Finding finding) {
        errorReported = true;
        Element element = positioned(finding.element());
        if (finding.value() != null) {
            messager.printMessage(Kind.ERROR, finding.message(), element, finding.annotation(), finding.value());
        } else if (finding.annotation() != null) {
            messager.printMessage(Kind.ERROR, finding.message(), element, finding.annotation());
        } else {
            messager.printMessage(Kind.ERROR, finding.message(), element);
        }
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

    /** Prints an error on an element. */
    public void error(Element element, Diagnostic diagnostic, Object... args) {
        error(Finding.on(element, diagnostic, args));
    }

    /** Prints an error at a source tree, for declarations that have no element yet. */
    public void error(Trees trees, Tree tree, CompilationUnitTree unit, Diagnostic diagnostic, Object... args) {
        errorReported = true;
        trees.printMessage(Kind.ERROR, diagnostic.format(args), tree, unit);
    }

    /** Prints a note that belongs to no element, such as the timing summary. */
    public void note(Diagnostic diagnostic, Object... args) {
        messager.printMessage(Kind.NOTE, diagnostic.format(args));
    }

    /** Returns whether an error has been printed during this compilation. */
    public boolean errorReported() {
        return errorReported;
    }
}
