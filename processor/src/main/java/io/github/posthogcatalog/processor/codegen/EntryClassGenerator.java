package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
     * Returns the entry class's source file. Its methods call the classes of emitters of the event
     * packages, one field each, so that each event costs the entry class few constant-pool entries.
     *
     * <p>NOTE: few is still about 12 (javac wrote 60,095 entries for 5,000 events), so a catalog of
     * more than about 5,400 events fails in javac with "too many constants". No check reports it
     * earlier, since the count per event depends on the event packages.
     *
     * @param events the events, sorted by wire name so that the output does not depend on rounds
     * @param packageTypeNames simple names of the types declared in the catalog package
     */
    public GeneratedSource generate(CatalogSettings settings, List<EventModel> events, Set<String> packageTypeNames) {
        ClassName entry = GeneratedNames.entryClass(settings);
        Map<String, String> fields = holderFields(events);
        SourceText source = new SourceText(entry.packageName(), packageTypeNames, Set.of(entry.simpleName()));
        String sink = source.type(EmitterGenerator.EVENT_SINK);
        source.javadoc(0, "Sends the events of the {@code " + GeneratedNames.javadoc(settings.name()) + "} catalog."
                        + (settings.description().isEmpty() ? "" : " " + GeneratedNames.javadoc(settings.description())))
                .line(0, EmitterGenerator.generated(source, processorName))
                .line(0, "public final class " + entry.simpleName() + " {");
        fields.forEach((packageName, field) -> source.line(1, "private final "
                + source.type(GeneratedNames.emittersClass(settings, packageName)) + " " + field + ";"));
        source.blank()
                .javadoc(1, "Creates the entry point; every event goes to the given sink.")
                .line(1, "public " + entry.simpleName() + "(" + sink + " sink) {")
                .line(2, source.type(WireCode.OBJECTS) + ".requireNonNull(sink, \"sink\");");
        fields.forEach((packageName, field) -> source.line(2, "this." + field + " = new "
                + source.type(GeneratedNames.emittersClass(settings, packageName)) + "(sink);"));
        source.line(1, "}");
        for (EventModel event : events) {
            writeStart(source, settings, event, fields.get(event.type().packageName()));
        }
        for (EventModel event : events) {
            writeSend(source, event, fields.get(event.type().packageName()));
        }
        source.line(0, "}");
        return new GeneratedSource(entry.canonicalName(), source.render());
    }

    /** Names a field per event package, {@code emitters1}, {@code emitters2}, ... in package order. */
    private static Map<String, String> holderFields(List<EventModel> events) {
        Map<String, String> fields = new TreeMap<>();
        events.forEach(event -> fields.put(event.type().packageName(), ""));
        int index = 1;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            field.setValue("emitters" + index++);
        }
        return fields;
    }

    private static void writeStart(SourceText source, CatalogSettings settings, EventModel event, String field) {
        ClassName emitter = GeneratedNames.emitterClass(settings, event);
        ClassName firstStage = emitter.nestedClass(new StageGenerator(event).firstStage());
        String method = GeneratedNames.entryMethod(event);
        source.blank()
                .javadoc(1, EmitterGenerator.startDoc(event), EmitterGenerator.DISTINCT_ID_DOC,
                        EmitterGenerator.DISTINCT_ID_THROWS)
                .line(1, "public " + source.type(firstStage) + " " + method + "(" + source.type(WireCode.STRING)
                        + " distinctId) {")
                .line(2, "return " + field + "." + method + "(distinctId);")
                .line(1, "}");
    }

    private static void writeSend(SourceText source, EventModel event, String field) {
        source.blank()
                .javadoc(1, "Sends a {@code " + GeneratedNames.javadoc(event.wireName()) + "} event as it is.",
                        EmitterGenerator.DISTINCT_ID_DOC, "@param event the event", EmitterGenerator.DISTINCT_ID_THROWS)
                .line(1, "public void send(" + source.type(WireCode.STRING) + " distinctId, " + source.type(event.type())
                        + " event) {")
                .line(2, field + ".send(distinctId, event);")
                .line(1, "}");
    }
}
