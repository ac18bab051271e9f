package io.github.posthogcatalog.processor.actions;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.processor.Compilations;
import javax.tools.JavaFileObject;

/** Test sources for Actions and alerts, compiled by the processors a user's build runs. */
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

    /** Compiles {@code sources} with the posthog-catalog processors. */
    public static Compilation compile(JavaFileObject... sources) {
        return Compilations.compile(sources);
    }

    /**
     * Compiles {@code sources}, checks that javac reported nothing, and returns the catalog that the
     * processor wrote, read back through the catalog's schema check.
     */
    public static Catalog compileCatalog(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        String json = Compilations.catalogJson(compilation);
        if (json == null) {
            throw new AssertionError("the compilation wrote no catalog");
        }
        return CatalogJson.read(json, "test catalog");
    }
}
