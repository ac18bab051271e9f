package io.github.posthogcatalog.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;

/**
 * Finds the source tree of an annotation or annotation value, including those inside a repeatable
 * annotation's container. javac's own lookup ({@code Messager} with a mirror) falls back to the
 * annotated element for an annotation held by a container that the compiler wrote, because no such
 * container appears in the source; this class walks the written annotations instead, pairing the
 * container's entries with them in order.
 */
final class AnnotationTrees {

    private final Trees trees;

    AnnotationTrees(Trees trees) {
        this.trees = trees;
    }

    /** The tree found and the compilation unit that contains it. */
    record Location(Tree tree, CompilationUnitTree unit) {}

    /**
     * Returns the tree of {@code value} when it is written in source, else the tree of
     * {@code mirror}, else empty.
     */
    Optional<Location> find(Element element, AnnotationMirror mirror, AnnotationValue value) {
        TreePath path = trees.getPath(element);
        if (path == null || mirror == null) {
            return Optional.empty();
        }
        List<? extends AnnotationTree> written = annotationsOf(path);
        Object target = value != null ? value : mirror;
        Optional<Tree> found = search(path, element.getAnnotationMirrors(), written, target);
        if (found.isEmpty() && value != null) {
            found = search(path, element.getAnnotationMirrors(), written, mirror);
        }
        return found.map(tree -> new Location(tree, path.getCompilationUnit()));
    }

    private static List<? extends AnnotationTree> annotationsOf(TreePath path) {
        Tree leaf = path.getLeaf();
        if (leaf instanceof ClassTree type) {
            return type.getModifiers().getAnnotations();
        }
        if (leaf instanceof CompilationUnitTree unit && unit.getPackage() != null) {
            return unit.getPackage().getAnnotations();
        }
        return List.of();
    }

    /** Pairs each annotation of the element with its written trees and searches them. */
    private Optional<Tree> search(TreePath owner, List<? extends AnnotationMirror> mirrors,
            List<? extends AnnotationTree> written, Object target) {
        for (AnnotationMirror mirror : mirrors) {
            List<AnnotationTree> sameType = ofType(owner, written, mirror);
            if (!sameType.isEmpty()) {
                Optional<Tree> found = walk(mirror, sameType.get(0), target);
                if (found.isPresent()) {
                    return found;
                }
                continue;
            }
            Optional<Tree> found = searchContainer(owner, mirror, written, target);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Pairs the entries of a compiler-written container with the annotations written in source. */
    private Optional<Tree> searchContainer(TreePath owner, AnnotationMirror container,
            List<? extends AnnotationTree> written, Object target) {
        for (AnnotationValue value : container.getElementValues().values()) {
            if (!(value.getValue() instanceof List<?> entries) || entries.isEmpty()
                    || !(((AnnotationValue) entries.get(0)).getValue() instanceof AnnotationMirror first)) {
                continue;
            }
            List<AnnotationTree> contained = ofType(owner, written, first);
            for (int i = 0; i < entries.size() && i < contained.size(); i++) {
                AnnotationMirror entry = (AnnotationMirror) ((AnnotationValue) entries.get(i)).getValue();
                Optional<Tree> found = walk(entry, contained.get(i), target);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Tree> walk(AnnotationMirror mirror, AnnotationTree tree, Object target) {
        if (mirror == target) {
            return Optional.of(tree);
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            Optional<ExpressionTree> expression = argument(tree, entry.getKey().getSimpleName());
            if (expression.isPresent()) {
                Optional<Tree> found = walkValue(entry.getValue(), expression.get(), target);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Tree> walkValue(AnnotationValue value, ExpressionTree expression, Object target) {
        if (value == target) {
            return Optional.of(expression);
        }
        Object content = value.getValue();
        if (content instanceof AnnotationMirror nested && expression instanceof AnnotationTree nestedTree) {
            return walk(nested, nestedTree, target);
        }
        if (content instanceof List<?> entries) {
            List<? extends ExpressionTree> elements = expression instanceof NewArrayTree array
                    ? array.getInitializers()
                    : List.of(expression);
            for (int i = 0; i < entries.size() && elements != null && i < elements.size(); i++) {
                Optional<Tree> found = walkValue((AnnotationValue) entries.get(i), elements.get(i), target);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the expression written for attribute {@code name}, including the {@code value} shorthand. */
    private static Optional<ExpressionTree> argument(AnnotationTree tree, Name name) {
        for (ExpressionTree argument : tree.getArguments()) {
            if (argument instanceof AssignmentTree assignment
                    && assignment.getVariable() instanceof IdentifierTree identifier
                    && identifier.getName().contentEquals(name)) {
                return Optional.of(assignment.getExpression());
            }
            if (!(argument instanceof AssignmentTree) && name.contentEquals("value")) {
                return Optional.of(argument);
            }
        }
        return Optional.empty();
    }

    private List<AnnotationTree> ofType(TreePath owner, List<? extends AnnotationTree> written,
            AnnotationMirror mirror) {
        List<AnnotationTree> sameType = new ArrayList<>();
        for (AnnotationTree tree : written) {
            Element type = trees.getElement(new TreePath(new TreePath(owner, tree), tree.getAnnotationType()));
            if (type != null && type.equals(mirror.getAnnotationType().asElement())) {
                sameType.add(tree);
            }
        }
        return sameType;
    }
}
