package io.github.posthogcatalog.processor;

import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.validation.AnnotationNames;
import io.github.posthogcatalog.processor.validation.CatalogReader;
import io.github.posthogcatalog.processor.validation.Mirrors;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads {@code @Catalog}. It runs before the event step in each round, so events of the same round
 * follow the catalog's conventions. A module has one {@code @Catalog}: when there are more, the
 * alphabetically first package keeps it and the others get an error.
 */
final class CatalogStep implements ProcessingStep {

    private final ProcessingContext context;
    private final CatalogReader reader;
    private PackageElement first;

    CatalogStep(ProcessingContext context) {
        this.context = context;
        this.reader = new CatalogReader(context.mirrors());
    }

    @Override
    public Set<String> annotationTypes() {
        return Set.of(AnnotationNames.CATALOG);
    }

    @Override
    public void process(RoundEnvironment round) {
        List<PackageElement> packages = ElementFilter.packagesIn(context.annotatedWith(round, AnnotationNames.CATALOG))
                .stream()
                .sorted(Comparator.comparing(p -> p.getQualifiedName().toString()))
                .toList();
        for (PackageElement pkg : packages) {
            if (first != null) {
                context.reporter().error(Finding.on(pkg, Mirrors.find(pkg, AnnotationNames.CATALOG).orElse(null),
                        Diagnostic.CATALOG_DUPLICATE, first.getQualifiedName(), pkg.getQualifiedName()));
                continue;
            }
            first = pkg;
            CatalogReader.Report report = reader.read(pkg);
            context.reporter().errors(report.findings());
            if (report.settings() != null) {
                context.declare(report.settings(), pkg);
            }
        }
    }
}
