package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the entry class of a catalog: constructed with an {@code EventSink}, it has one method
 * per event that returns the event's first stage, and a {@code send} overload per event type.
 */
public final class EntryClassGenerator {

    private final String processorName;

    /** Creates a generator whose output names the given processor in {@code @Generated}. */
    public EntryClassGenerator(String processorName) {
        this.processorName = processorName;
    }

    /**
     * Returns the entry class's source file.
     *
     * @param events the events, sorted by wire name so that the output does not depend on rounds
     * @param packageTypeNames simple names of the types declared in the catalog package
     */
    public JavaFile generate(CatalogSettings settings, List<EventModel> events, Set<String> packageTypeNames) {
        ClassName entry = GeneratedNames.entryClass(settings);
        TypeSpec.Builder type = TypeSpec.classBuilder(entry)
                .addAnnotation(EmitterGenerator.generated(processorName))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Sends the events of the {@code $L} catalog.$L\n", GeneratedNames.javadoc(settings.name()),
                        settings.description().isEmpty() ? "" : " " + GeneratedNames.javadoc(settings.description()))
                .addField(EmitterGenerator.EVENT_SINK, "sink", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the entry point; every event goes to the given sink.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(EmitterGenerator.EVENT_SINK, "sink")
                        .addStatement("this.sink = $T.requireNonNull(sink, $S)", WireCode.OBJECTS, "sink")
                        .build());
        for (EventModel event : events) {
            type.addMethod(startMethod(event));
        }
        for (EventModel event : events) {
            type.addMethod(sendMethod(event));
        }
        EmitterGenerator.qualifyClashes(type, packageTypeNames);
        return JavaFile.builder(entry.packageName(), type.build()).indent("    ").build();
    }

    private static MethodSpec startMethod(EventModel event) {
        ClassName emitter = GeneratedNames.emitterClass(event);
        StageGenerator stages = new StageGenerator(event, emitter);
        String description = event.description().isEmpty() ? "" : ": " + GeneratedNames.javadoc(event.description());
        return MethodSpec.methodBuilder(GeneratedNames.entryMethod(event))
                .addJavadoc("Starts a {@code $L} event$L\n", GeneratedNames.javadoc(event.wireName()), description)
                .addJavadoc("\n@param distinctId the PostHog distinct id of the person or system that caused the event\n")
                .addJavadoc("@throws IllegalArgumentException when the distinct id is null or blank\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(WireCode.STRING, "distinctId")
                .returns(stages.firstStage())
                .addStatement("return $T.start(sink, distinctId)", emitter)
                .build();
    }

    private static MethodSpec sendMethod(EventModel event) {
        return MethodSpec.methodBuilder("send")
                .addJavadoc("Sends a {@code $L} event as it is.\n", GeneratedNames.javadoc(event.wireName()))
                .addJavadoc("\n@param distinctId the PostHog distinct id of the person or system that caused the event\n")
                .addJavadoc("@param event the event\n")
                .addJavadoc("@throws IllegalArgumentException when the distinct id is null or blank\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(WireCode.STRING, "distinctId")
                .addParameter(event.type(), "event")
                .addStatement("$T.send(sink, distinctId, event)", GeneratedNames.emitterClass(event))
                .build();
    }
}
