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
 * generates the record {@code com.acme.Detail} in its first round, which an event refers to before
 * it exists.
 */
final class GeneratingProcessor extends AbstractProcessor {

    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("com.acme.Generate");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done || round.processingOver()) {
            return true;
        }
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("com.acme.Detail").openWriter()) {
            writer.write("package com.acme;\npublic record Detail(String note, int level) {}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
