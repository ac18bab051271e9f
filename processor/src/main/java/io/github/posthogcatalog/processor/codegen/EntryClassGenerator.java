package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventModel;
import java.util.List;
import java.util.Set;

/**
 * Generates the entry class of a catalog: constructed with an {@code EventSink}, it has one method
 * per event that returns the event's first stage, and a {@code send} overload per event type.
 */
public final class EntryClassGenerator {

    private static final String DISTINCT_ID_DOC =
            "@param distinctId the PostHog distinct id of the person or system that caused the event";
    private static final String DISTINCT_ID_THROWS = "@throws IllegalArgumentException when the distinct id is null or blank";

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
    public GeneratedSource generate(CatalogSettings settings, List<EventModel> events, Set<String> packageTypeNames) {
        ClassName entry = GeneratedNames.entryClass(settings);
        SourceText source = new SourceText(entry.packageName(), packageTypeNames, Set.of(entry.simpleName()));
        String sink = source.type(EmitterGenerator.EVENT_SINK);
        source.javadoc(0, "Sends the events of the {@code " + GeneratedNames.javadoc(settings.name()) + "} catalog."
                        + (settings.description().isEmpty() ? "" : " " + GeneratedNames.javadoc(settings.description())))
                .line(0, EmitterGenerator.generated(source, processorName))
                .line(0, "public final class " + entry.simpleName() + " {")
                .line(1, "private final " + sink + " sink;")
                .blank()
                .javadoc(1, "Creates the entry point; every event goes to the given sink.")
                .line(1, "public " + entry.simpleName() + "(" + sink + " sink) {")
                .line(2, "this.sink = " + source.type(WireCode.OBJECTS) + ".requireNonNull(sink, \"sink\");")
                .line(1, "}");
        for (EventModel event : events) {
            writeStart(source, settings, event);
        }
        for (EventModel event : events) {
            writeSend(source, settings, event);
        }
        source.line(0, "}");
        return new GeneratedSource(entry.canonicalName(), source.render());
    }

    private static void writeStart(SourceText source, CatalogSettings settings, EventModel event) {
        ClassName emitter = GeneratedNames.emitterClass(settings, event);
        ClassName firstStage = emitter.nestedClass(new StageGenerator(event).firstStage());
        String description = event.description().isEmpty() ? "" : ": " + GeneratedNames.javadoc(event.description());
        source.blank()
                .javadoc(1, "Starts a {@code " + GeneratedNames.javadoc(event.wireName()) + "} event" + description,
                        DISTINCT_ID_DOC, DISTINCT_ID_THROWS)
                .line(1, "public " + source.type(firstStage) + " " + GeneratedNames.entryMethod(event) + "("
                        + source.type(WireCode.STRING) + " distinctId) {")
                .line(2, "return " + source.type(emitter) + ".start(sink, distinctId);")
                .line(1, "}");
    }

    private static void writeSend(SourceText source, CatalogSettings settings, EventModel event) {
        source.blank()
                .javadoc(1, "Sends a {@code " + GeneratedNames.javadoc(event.wireName()) + "} event as it is.",
                        DISTINCT_ID_DOC, "@param event the event", DISTINCT_ID_THROWS)
                .line(1, "public void send(" + source.type(WireCode.STRING) + " distinctId, " + source.type(event.type())
                        + " event) {")
                .line(2, source.type(GeneratedNames.emitterClass(settings, event)) + ".send(sink, distinctId, event);")
                .line(1, "}");
    }
}
