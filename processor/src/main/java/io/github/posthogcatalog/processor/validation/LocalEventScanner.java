package io.github.posthogcatalog.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Finds {@code @Event} on local types. javac does not offer local types to processors, so without
 * this scan such an event would be silently ignored. Method bodies are not attributed while
 * processors run, so the annotation is matched by name: its qualified name, or {@code Event} in a
 * file that imports it.
 */
public final class LocalEventScanner {

    /**
     * One local type that carries {@code @Event}.
     *
     * @param annotation the annotation's tree, where the error goes
     * @param unit the file that contains it
     * @param typeName the local type's simple name
     */
    public record LocalEvent(Tree annotation, CompilationUnitTree unit, String typeName) {}

    private static final String EVENT = AnnotationNames.EVENT;
    private static final String PACKAGE = EVENT.substring(0, EVENT.lastIndexOf('.'));

    private final Trees trees;
    private final Set<CompilationUnitTree> scanned = new LinkedHashSet<>();

    private LocalEventScanner(Trees trees) {
        this.trees = trees;
    }

    /** Returns a scanner, or null when the compiler is not javac and has no tree API. */
    public static LocalEventScanner create(ProcessingEnvironment env) {
        try {
            return new LocalEventScanner(Trees.instance(env));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Returns the trees API, to print errors at a tree. */
    public Trees trees() {
        return trees;
    }

    /** Scans the files of the given root elements, each file once per compilation. */
    public List<LocalEvent> scan(Set<? extends Element> roots) {
        List<LocalEvent> found = new ArrayList<>();
        for (Element root : roots) {
            TreePath path = trees.getPath(root);
            if (path != null && scanned.add(path.getCompilationUnit())) {
                new Finder(path.getCompilationUnit(), found).scan(path.getCompilationUnit(), null);
            }
        }
        return found;
    }

    private static final class Finder extends TreePathScanner<Void, Void> {

        private final CompilationUnitTree unit;
        private final List<LocalEvent> found;
        private final boolean imported;
        private int methodDepth;

        Finder(CompilationUnitTree unit, List<LocalEvent> found) {
            this.unit = unit;
            this.found = found;
            boolean importsEvent = false;
            for (ImportTree importTree : unit.getImports()) {
                String name = importTree.getQualifiedIdentifier().toString();
                importsEvent |= !importTree.isStatic() && (name.equals(EVENT) || name.equals(PACKAGE + ".*"));
            }
            this.imported = importsEvent;
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            methodDepth++;
            try {
                return super.visitMethod(method, unused);
            } finally {
                methodDepth--;
            }
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (methodDepth > 0) {
                for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
                    String name = annotation.getAnnotationType().toString();
                    if (name.equals(EVENT) || (imported && name.equals("Event"))) {
                        found.add(new LocalEvent(annotation, unit, type.getSimpleName().toString()));
                    }
                }
            }
            return super.visitClass(type, unused);
        }
    }
}
