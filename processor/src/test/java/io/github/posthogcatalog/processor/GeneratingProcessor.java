package io.github.posthogcatalog.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in for another processor: triggered by its own annotation {@code com.acme.Generate}, it
 * writes one source file in a chosen round (1 for the first).
 */
final class GeneratingProcessor extends AbstractProcessor {

    private final int round;
    private final String typeName;
    private final String source;
    private int rounds;

    GeneratingProcessor(int round, String typeName, String source) {
        this.round = round;
        this.typeName = typeName;
        this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("com.acme.Generate");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
        rounds++;
        if (rounds != round || environment.processingOver()) {
            return true;
        }
        try (Writer writer = processingEnv.getFiler().createSourceFile(typeName).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
