package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.model.GroupModel;
import io.github.posthogcatalog.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the class of emitters of one package's events. Constructed with a sink, it has one
 * method per event that returns the first stage of the event's staged builder, and a {@code send}
 * overload per event type that runs the same builder. Each event's stages and builder are nested
 * in a class of their own, {@code <Event>Emitter}.
 *
 * <p>One file per package, rather than one per event, matters on large catalogs: javac's Filer
 * checks every new file against each file of the compilation and looks its type name up on the
 * class path, so the cost of creating a file grows with the number of files. A class file lists
 * every class nested in it, at any depth, in its constant pool, which has room for 65,535
 * entries. {@link #MAX_POOL_ENTRIES} keeps one class below that.
 */
public final class EmitterGenerator {

    static final ClassName EVENT_SINK = ClassName.get("io.github.posthogcatalog.runtime", "EventSink");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final String DISTINCT_ID_DOC =
            "@param distinctId the PostHog distinct id of the person or system that caused the event";
    static final String DISTINCT_ID_THROWS = "@throws IllegalArgumentException when the distinct id is null or blank";

    /** The limit for {@link #estimatedPoolEntries}: the 65,535 of a class file, less a margin. */
    public static final int MAX_POOL_ENTRIES = 60_000;

    private final String processorName;

    /** Creates a generator whose output names the given processor in {@code @Generated}. */
    public EmitterGenerator(String processorName) {
        this.processorName = processorName;
    }

    /**
     * Returns an estimate, meant to be high, of the constant-pool entries of the class of emitters
     * for these events. Each nested type (the emitter, its stages and its builder) takes a class
     * entry, its binary name and its simple name. Each member takes the calls of {@code send} to
     * the accessor and the setter, and an optional one its message. Each event takes its two
     * methods. For the benchmark's package of 500 events of 10 properties this gives 53,000, and
     * javac wrote 35,583 entries.
     */
    public static int estimatedPoolEntries(List<EventModel> events) {
        int entries = 0;
        for (EventModel event : events) {
            int nestedTypes = 1 + new StageGenerator(event).nestedNames().size();
            int members = event.properties().size() + event.groups().size() + (event.timestamp() == null ? 0 : 1);
            entries += 3 * nestedTypes + 6 * members + 10;
        }
        return entries;
    }

    /**
     * Returns the source file of the emitters of one package's events.
     *
     * @param events the events declared in the package, sorted by wire name so that the output does
     *     not depend on rounds
     * @param packageTypeNames simple names of the types declared in that package
     */
    public GeneratedSource generate(CatalogSettings settings, String packageName, List<EventModel> events,
            Set<String> packageTypeNames) {
        ClassName holder = GeneratedNames.emittersClass(settings, packageName);
        List<StageGenerator> stages = new ArrayList<>(events.size());
        Set<String> ownNames = new HashSet<>(Set.of(holder.simpleName()));
        for (EventModel event : events) {
            StageGenerator eventStages = new StageGenerator(event);
            stages.add(eventStages);
            ownNames.add(GeneratedNames.emitterName(event));
            ownNames.addAll(eventStages.nestedNames());
        }
        SourceText source = new SourceText(holder.packageName(), packageTypeNames, ownNames);
        String sink = source.type(EVENT_SINK);
        source.javadoc(0, "Starts and sends the events of this package; {@link "
                        + source.type(GeneratedNames.entryClass(settings)) + "} starts every event of the catalog.")
                .line(0, generated(source, processorName))
                .line(0, "public final class " + holder.simpleName() + " {")
                .line(1, "private final " + sink + " sink;")
                .blank()
                .javadoc(1, "Creates the entry point of this package's events; every event goes to the given sink.")
                .line(1, "public " + holder.simpleName() + "(" + sink + " sink) {")
                .line(2, "this.sink = " + source.type(WireCode.OBJECTS) + ".requireNonNull(sink, \"sink\");")
                .line(1, "}");
        for (int i = 0; i < events.size(); i++) {
            writeStart(source, events.get(i), stages.get(i));
            writeSend(source, events.get(i));
        }
        source.indentBy(1);
        for (int i = 0; i < events.size(); i++) {
            writeEmitter(source, events.get(i), stages.get(i));
        }
        source.indentBy(-1).line(0, "}");
        return new GeneratedSource(holder.canonicalName(), source.render());
    }

    private static void writeEmitter(SourceText source, EventModel event, StageGenerator stages) {
        String emitter = GeneratedNames.emitterName(event);
        WireCode wire = new WireCode(source, emitter, stages.hasSetter(WireCode.HELPER));
        source.blank()
                .javadoc(0, "The stages of the {@code " + GeneratedNames.javadoc(event.wireName()) + "} event, declared by {@link "
                        + source.type(event.type()) + "}.")
                .line(0, "public static final class " + emitter + " {")
                .javadoc(1, "The event's wire name.")
                .line(1, "public static final " + source.type(WireCode.STRING) + " EVENT_NAME = "
                        + SourceText.literal(event.wireName()) + ";")
                .blank()
                .line(1, "private " + emitter + "() {}");
        stages.writeInterfaces(source);
        stages.writeBuilder(source, wire);
        wire.writeHelpers();
        source.line(0, "}");
    }

    /** Returns the {@code @Generated} annotation, without a date so that output is reproducible. */
    static String generated(SourceText source, String processorName) {
        return "@" + source.type(GENERATED) + "(" + SourceText.literal(processorName) + ")";
    }

    /** Writes the method that starts an event: it returns the first stage of the event's builder. */
    private static void writeStart(SourceText source, EventModel event, StageGenerator stages) {
        String builder = GeneratedNames.emitterName(event) + "." + StageGenerator.BUILDER;
        source.blank()
                .javadoc(1, startDoc(event), DISTINCT_ID_DOC, DISTINCT_ID_THROWS)
                .line(1, "public " + GeneratedNames.emitterName(event) + "." + stages.firstStage() + " "
                        + GeneratedNames.entryMethod(event) + "(" + source.type(WireCode.STRING) + " distinctId) {")
                .line(2, "return new " + builder + "(sink, distinctId);")
                .line(1, "}");
    }

    /** Returns the Javadoc sentence of the method that starts an event. */
    static String startDoc(EventModel event) {
        String description = event.description().isEmpty() ? "" : ": " + GeneratedNames.javadoc(event.description());
        return "Starts a {@code " + GeneratedNames.javadoc(event.wireName()) + "} event" + description;
    }

    /** Writes the method that sends an instance of the event type through the same builder. */
    private static void writeSend(SourceText source, EventModel event) {
        String objects = source.type(WireCode.OBJECTS);
        String builder = GeneratedNames.emitterName(event) + "." + StageGenerator.BUILDER;
        source.blank()
                .javadoc(1, "Sends a {@code " + GeneratedNames.javadoc(event.wireName()) + "} event as it is.",
                        DISTINCT_ID_DOC, "@param event the event", DISTINCT_ID_THROWS)
                .line(1, "public void send(" + source.type(WireCode.STRING) + " distinctId, " + source.type(event.type())
                        + " event) {")
                .line(2, builder + " builder = new " + builder + "(sink, distinctId);")
                .line(2, objects + ".requireNonNull(event, \"event\");");
        for (PropertyModel property : event.properties()) {
            source.line(2, copy(property, objects));
        }
        for (GroupModel group : event.groups()) {
            source.line(2, "builder." + group.javaName() + "(event." + group.javaName() + "());");
        }
        if (event.timestamp() != null) {
            String name = event.timestamp().javaName();
            source.line(2, "builder." + name + "(event." + name + "());");
        }
        source.line(2, "builder.send();").line(1, "}");
    }

    /** Returns the statement that passes one property of the event instance to the builder. */
    private static String copy(PropertyModel property, String objects) {
        String name = property.javaName();
        String checked = objects + ".requireNonNull(event." + name + "(), " + WireCode.nullMessage(property.wireName()) + ")";
        return switch (property.optionality()) {
            case REQUIRED, NULLABLE -> "builder." + name + "(event." + name + "());";
            case OPTIONAL -> "builder." + name + "(" + checked + ".orElse(null));";
            case OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE -> checked + ".ifPresent(builder::" + name + ");";
        };
    }
}
