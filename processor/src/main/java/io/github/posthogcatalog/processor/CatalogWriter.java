package io.github.posthogcatalog.processor;

import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/posthog/catalog.json} into the class output, once per compilation, in the
 * final round. Nothing is written when an error was reported or a declaration stayed incomplete,
 * and nothing when the module declares no catalog content at all.
 */
final class CatalogWriter {

    private final ProcessingContext context;

    CatalogWriter(ProcessingContext context) {
        this.context = context;
    }

    /** Writes the catalog if the compilation produced a complete, error-free one. */
    void write() {
        boolean declared = context.catalogPackage().isPresent();
        if (context.reporter().errorReported() || context.incomplete()
                || (context.assembly().isEmpty() && !declared)) {
            return;
        }
        Catalog catalog = context.assembly().build(context.settings());
        String json = CatalogJson.write(catalog);
        Element[] originating = originating();
        try {
            FileObject file = context.env().getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", Catalog.RESOURCE_PATH, originating);
            try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                writer.write(json);
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            if (originating.length > 0) {
                context.reporter().error(originating[0], Diagnostic.CATALOG_WRITE_FAILED, Catalog.RESOURCE_PATH, reason);
            } else {
                context.reporter().note(Diagnostic.CATALOG_WRITE_FAILED, Catalog.RESOURCE_PATH, reason);
            }
        }
    }

    private Element[] originating() {
        Element[] sources = context.catalogSources();
        if (context.catalogPackage().isEmpty()) {
            return sources;
        }
        Element[] all = new Element[sources.length + 1];
        all[0] = context.catalogPackage().get();
        System.arraycopy(sources, 0, all, 1, sources.length);
        return all;
    }
}
