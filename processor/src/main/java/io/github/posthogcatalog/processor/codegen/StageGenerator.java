package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.model.GroupModel;
import io.github.posthogcatalog.processor.model.PropertyModel;
import io.github.posthogcatalog.processor.model.ScalarKind;
import io.github.posthogcatalog.processor.model.TimestampModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Generates the staged builder of one event. Each required property, and each group key that is
 * not {@code @Nullable}, is a step interface with one method that returns the next step, so
 * {@code send()} is reachable only after all of them. The last stage, {@code FinalStage}, has a
 * fluent setter per optional property, per nullable group and for the timestamp, and
 * {@code send()}.
 *
 * <p>The builder extends the runtime's {@code EventBuilder}. Each setter converts its value and
 * puts it in the property's slot, and {@code send()} builds the event's map once. Step interfaces are named
 * {@code <JavaName>Step} and setter parameters {@code value}, so property names never shadow
 * generated names.
 */
final class StageGenerator {

    static final String BUILDER = "Builder";
    static final String FINAL_STAGE = "FinalStage";
    static final ClassName EVENT_BUILDER = ClassName.get("io.github.posthogcatalog.runtime", "EventBuilder");
    static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    private static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");

    /**
     * One setter of the builder: its name, parameter type, Javadoc and the statement that stores
     * the value, written only once the file's imports can be decided.
     */
    private record Setter(String javaName, TypeName parameter, String doc, Function<WireCode, String> store) {}

    private final EventModel event;
    private final List<Setter> steps = new ArrayList<>();
    private final List<Setter> optional = new ArrayList<>();
    private final List<String> stepNames = new ArrayList<>();

    StageGenerator(EventModel event) {
        this.event = event;
        for (int i = 0; i < event.properties().size(); i++) {
            PropertyModel property = event.properties().get(i);
            (property.required() ? steps : optional).add(propertySetter(property, i));
        }
        for (GroupModel group : event.groups()) {
            String store = (group.nullable() ? "optionalGroup(" : "group(") + SourceText.literal(group.groupType())
                    + ", value);";
            Setter setter = new Setter(group.javaName(), WireCode.STRING,
                    "the key of the {@code " + GeneratedNames.javadoc(group.groupType()) + "} group", wire -> store);
            (group.nullable() ? optional : steps).add(setter);
        }
        TimestampModel timestamp = event.timestamp();
        if (timestamp != null) {
            String store = timestamp.kind() == ScalarKind.INSTANT ? "timestamp = value;"
                    : "timestamp = value == null ? null : value.toInstant();";
            optional.add(new Setter(timestamp.javaName(), timestampType(timestamp),
                    "when the event happened; without it, the time of sending", wire -> store));
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String name = GeneratedNames.capitalise(steps.get(i).javaName()) + "Step";
            // Nested types become class files; names that differ only in case would collide on
            // case-insensitive file systems, so a later one gets its position appended.
            String unique = taken.add(name.toLowerCase(Locale.ROOT)) ? name : name + (i + 1);
            taken.add(unique.toLowerCase(Locale.ROOT));
            stepNames.add(unique);
        }
    }

    /** Returns the simple name of the type that starts the event: the first step, or the final stage. */
    String firstStage() {
        return steps.isEmpty() ? FINAL_STAGE : stepNames.get(0);
    }

    /** Returns whether the builder has a setter of the given name. */
    boolean hasSetter(String name) {
        return steps.stream().anyMatch(setter -> setter.javaName().equals(name))
                || optional.stream().anyMatch(setter -> setter.javaName().equals(name));
    }

    /** Returns the simple names of the types nested in the emitter. */
    Set<String> nestedNames() {
        Set<String> names = new HashSet<>(stepNames);
        names.add(FINAL_STAGE);
        names.add(BUILDER);
        return names;
    }

    /** Writes the step interfaces followed by the final stage. */
    void writeInterfaces(SourceText source) {
        for (int i = 0; i < steps.size(); i++) {
            Setter step = steps.get(i);
            source.blank()
                    .javadoc(1, "The step that sets " + step.doc() + ".")
                    .line(1, "public interface " + stepNames.get(i) + " {")
                    .javadoc(2, "Sets " + step.doc() + ".")
                    .line(2, next(i) + " " + step.javaName() + "(" + source.type(step.parameter()) + " value);")
                    .line(1, "}");
        }
        source.blank()
                .javadoc(1, "The last stage: optional values, then {@link #send()}.")
                .line(1, "public interface " + FINAL_STAGE + " {");
        for (Setter setter : optional) {
            source.javadoc(2, "Sets " + setter.doc() + ".")
                    .line(2, FINAL_STAGE + " " + setter.javaName() + "(" + source.type(setter.parameter()) + " value);")
                    .blank();
        }
        source.javadoc(2, "Sends the event to the sink; a builder sends once.").line(2, "void send();").line(1, "}");
    }

    /** Writes the builder class that implements every stage. */
    void writeBuilder(SourceText source, WireCode wire) {
        List<String> stages = new ArrayList<>(stepNames);
        stages.add(FINAL_STAGE);
        source.blank()
                .line(1, "private static final class " + BUILDER + " extends " + source.type(EVENT_BUILDER))
                .line(3, "implements " + String.join(", ", stages) + " {");
        writePropertyNames(source);
        if (event.timestamp() != null) {
            source.line(2, "private " + source.type(INSTANT) + " timestamp;").blank();
        }
        source.line(2, BUILDER + "(" + source.type(EmitterGenerator.EVENT_SINK) + " sink, "
                        + source.type(WireCode.STRING) + " distinctId) {")
                .line(3, "super(EVENT_NAME, PROPERTIES, sink, distinctId);")
                .line(2, "}");
        String override = "@" + source.type(OVERRIDE);
        for (int i = 0; i < steps.size(); i++) {
            writeSetter(source, wire, override, steps.get(i), next(i));
        }
        for (Setter setter : optional) {
            writeSetter(source, wire, override, setter, FINAL_STAGE);
        }
        if (event.timestamp() != null) {
            source.blank()
                    .line(2, override)
                    .line(2, "protected " + source.type(INSTANT) + " timestamp() {")
                    .line(3, "return timestamp;")
                    .line(2, "}");
        }
        source.line(1, "}");
    }

    /** Returns the Java type of the timestamp member. */
    static TypeName timestampType(TimestampModel timestamp) {
        return switch (timestamp.kind()) {
            case OFFSET_DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
            case ZONED_DATE_TIME -> ClassName.get("java.time", "ZonedDateTime");
            default -> INSTANT;
        };
    }

    /** Writes the wire names in declaration order, which the builder's slots follow. */
    private void writePropertyNames(SourceText source) {
        String prefix = "private static final " + source.type(WireCode.STRING) + "[] PROPERTIES = {";
        List<String> names = event.properties().stream().map(p -> SourceText.literal(p.wireName())).toList();
        String oneLine = prefix + String.join(", ", names) + "};";
        if (oneLine.length() <= 110) {
            source.line(2, oneLine).blank();
            return;
        }
        source.line(2, prefix);
        for (int i = 0; i < names.size(); i++) {
            source.line(4, names.get(i) + (i + 1 < names.size() ? "," : ""));
        }
        source.line(2, "};").blank();
    }

    private String next(int step) {
        return step + 1 < steps.size() ? stepNames.get(step + 1) : FINAL_STAGE;
    }

    private static void writeSetter(SourceText source, WireCode wire, String override, Setter setter, String next) {
        source.blank()
                .line(2, override)
                .line(2, "public " + next + " " + setter.javaName() + "(" + source.type(setter.parameter()) + " value) {")
                .line(3, setter.store().apply(wire))
                .line(3, "return this;")
                .line(2, "}");
    }

    private static Setter propertySetter(PropertyModel property, int index) {
        TypeName value = property.shape().typeName();
        String doc = "{@code " + GeneratedNames.javadoc(property.wireName()) + "}"
                + (property.description().isEmpty() ? "" : ": " + GeneratedNames.javadoc(property.description()));
        String key = SourceText.literal(property.wireName());
        return new Setter(property.javaName(), value, doc,
                wire -> "property(" + index + ", " + converted(property, key, wire) + ");");
    }

    private static String converted(PropertyModel property, String key, WireCode wire) {
        String name = property.wireName();
        return switch (property.optionality()) {
            case REQUIRED -> property.shape().typeName().isPrimitive()
                    ? wire.convert(property.shape(), "value", name, 0)
                    : wire.convert(property.shape(), "required(" + key + ", value)", name, 0);
            // The setters of OptionalInt, OptionalLong and OptionalDouble take the primitive.
            case OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE -> wire.convert(property.shape(), "value", name, 0);
            case NULLABLE, OPTIONAL -> WireCode.isIdentity(property.shape()) ? "value"
                    : "value == null ? null : " + wire.convert(property.shape(), "value", name, 0);
        };
    }
}
