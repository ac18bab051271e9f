package io.github.posthogcatalog.processor;

import com.google.auto.service.AutoService;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import io.github.posthogcatalog.processor.validation.LocalEventScanner;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Reports {@code @Event} on local types. javac offers local types to no processor, and runs a
 * processor only in rounds that contain an annotation it supports, so {@link PostHogCatalogProcessor}
 * could not see a file whose only event is a local record. This processor supports {@code *} so
 * that javac runs it in every round, scans the new files once, and claims nothing.
 */
@AutoService(Processor.class)
public final class LocalEventProcessor extends AbstractProcessor {

    private LocalEventScanner scanner;
    private Reporter reporter;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        scanner = LocalEventScanner.create(processingEnv);
        reporter = new Reporter(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (scanner == null || round.processingOver()) {
            return false;
        }
        try {
            for (LocalEventScanner.LocalEvent local : scanner.scan(round.getRootElements())) {
                reporter.error(scanner.trees(), local.annotation(), local.unit(), Diagnostic.EVENT_NOT_STATIC,
                        local.typeName());
            }
        } catch (RuntimeException e) {
            reporter.error(Diagnostic.PROCESSOR_FAILED, e);
        }
        return false;
    }
}
