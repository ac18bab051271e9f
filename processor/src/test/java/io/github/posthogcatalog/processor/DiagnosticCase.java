package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * One source that breaks one rule, with the tag and the line the error must carry.
 *
 * @param diagnostic the expected catalogue entry
 * @param line a fragment of the line the error must point at
 * @param lines the source of {@code com.acme.Sample}
 */
record DiagnosticCase(Diagnostic diagnostic, String line, List<String> lines) {

    static DiagnosticCase of(Diagnostic diagnostic, String line, String... lines) {
        return new DiagnosticCase(diagnostic, line, List.of(lines));
    }

    /** Compiles the case and checks the tag, file and line of the error; returns the compilation. */
    Compilation assertReported(JavaFileObject... extraSources) {
        JavaFileObject sample = Compilations.source("com.acme.Sample", lines.toArray(String[]::new));
        JavaFileObject[] sources = new JavaFileObject[extraSources.length + 1];
        sources[0] = sample;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        Compilation compilation = Compilations.compile(sources);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + diagnostic.tag() + "]").inFile(sample).onLineContaining(line);
        return compilation;
    }

    @Override
    public String toString() {
        return diagnostic.tag() + " at '" + line + "'";
    }
}
