package io.github.posthogcatalog.processor.actions;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test sources and compilation through {@link TestHarnessProcessor}. */
public final class Sources {

    /** An event with a string, an integer, an enum, a boolean and an optional property. */
    public static final JavaFileObject ESPI_MESSAGE = JavaFileObjects.forSourceLines("test.EspiMessage",
            "package test;",
            "",
            "import io.github.posthogcatalog.annotations.Event;",
            "import java.util.Optional;",
            "",
            "@Event(name = \"espi-message\")",
            "public record EspiMessage(String conversationId, int tokenCount, Plan plan, boolean streamed,",
            "        Optional<String> model, java.util.List<String> tags) {",
            "    public enum Plan { FREE, PRO }",
            "}");

    private Sources() {}

    /** Returns a source file of {@code lines} in package {@code test}, named after its type. */
    public static JavaFileObject source(String simpleName, String... lines) {
        String header = String.join("\n",
                "package test;",
                "",
                "import io.github.posthogcatalog.annotations.*;",
                "",
                "");
        return JavaFileObjects.forSourceString("test." + simpleName, header + String.join("\n", lines));
    }

    /** Compiles {@code sources} with {@code processor}. */
    public static Compilation compile(TestHarnessProcessor processor, JavaFileObject... sources) {
        return javac().withProcessors(processor).compile(sources);
    }
}
