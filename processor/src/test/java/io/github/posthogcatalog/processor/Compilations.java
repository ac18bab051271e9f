package io.github.posthogcatalog.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor, as a user's build would. */
public final class Compilations {

    /** The options generated code must pass: every lint on, warnings as errors. */
    public static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

    private Compilations() {}

    /** Returns a source file from its qualified type name and lines. */
    public static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** Compiles with the processor and no extra options. */
    public static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(processors()).compile(sources);
    }

    /** Compiles with the processor under {@code -Xlint:all -Werror}. */
    public static Compilation compileStrict(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(processors()).withOptions(STRICT).compile(sources);
    }

    /** Returns the processors a user's build runs: both registered through AutoService. */
    public static List<javax.annotation.processing.Processor> processors() {
        return List.of(new PostHogCatalogProcessor(), new LocalEventProcessor());
    }

    /** Returns the text of a generated source file. */
    public static String generatedSource(Compilation compilation, String qualifiedName) {
        return read(compilation.generatedSourceFile(qualifiedName).orElseThrow(
                () -> new AssertionError("not generated: " + qualifiedName)));
    }

    /** Returns the catalog JSON the compilation wrote, or null when it wrote none. */
    public static String catalogJson(Compilation compilation) {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/posthog/catalog.json")
                .map(Compilations::read)
                .orElse(null);
    }

    private static String read(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
