package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.model.GroupModel;
import io.github.posthogcatalog.processor.model.PropertyModel;
import io.github.posthogcatalog.processor.model.ScalarKind;
import io.github.posthogcatalog.processor.model.TimestampModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the emitter of one event: the staged builder that {@code start} returns, a
 * {@code send} that takes an instance of the event type, and the private {@code capture} method
 * both end in, which builds the {@code CapturedEvent} with properties in declaration order.
 */
public final class EmitterGenerator {

    static final ClassName EVENT_SINK = ClassName.get("io.github.posthogcatalog.runtime", "EventSink");
    static final ClassName CAPTURED_EVENT = ClassName.get("io.github.posthogcatalog.runtime", "CapturedEvent");
    static final ClassName DISTINCT_IDS = ClassName.get("io.github.posthogcatalog.runtime", "DistinctIds");
    static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /**
     * Simple names the generated code uses from other packages. When the target package declares
     * a type with one of these names, generated code writes the name fully qualified.
     */
    static final Set<String> REFERENCED_NAMES = Set.of("String", "Object", "Override", "Optional", "OptionalInt",
            "OptionalLong", "OptionalDouble", "List", "Set", "Map", "Objects", "LinkedHashMap", "ArrayList",
            "Collection", "Function", "Instant", "OffsetDateTime", "ZonedDateTime", "LocalDate", "Duration",
            "UUID", "BigDecimal", "BigInteger", "EventSink", "CapturedEvent", "DistinctIds", "PropertyValues",
            "Generated", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean", "Entry");

    private final String processorName;

    /** Creates a generator whose output names the given processor in {@code @Generated}. */
    public EmitterGenerator(String processorName) {
        this.processorName = processorName;
    }

    /**
     * Returns the emitter's source file.
     *
     * @param packageTypeNames simple names of the types declared in the event's package
     */
    public JavaFile generate(EventModel event, Set<String> packageTypeNames) {
        ClassName emitter = GeneratedNames.emitterClass(event);
        WireCode wire = new WireCode();
        StageGenerator stages = new StageGenerator(event, emitter);

        TypeSpec.Builder type = TypeSpec.classBuilder(emitter)
                .addAnnotation(generated(processorName))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Sends the {@code $L} event, declared by {@link $T}.\n", GeneratedNames.javadoc(event.wireName()), event.type())
                .addField(FieldSpec.builder(WireCode.STRING, "EVENT_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The event's wire name.\n")
                        .initializer("$S", event.wireName())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(start(stages))
                .addMethod(send(event))
                .addTypes(stages.interfaces())
                .addType(stages.builder())
                .addMethod(capture(event, wire));
        wire.helperMethods().forEach(type::addMethod);
        qualifyClashes(type, packageTypeNames);
        return JavaFile.builder(emitter.packageName(), type.build()).indent("    ").build();
    }

    /** Returns the {@code @Generated} annotation, without a date so that output is reproducible. */
    static AnnotationSpec generated(String processorName) {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", processorName).build();
    }

    /** Makes the type write fully qualified every name it uses that the target package also declares. */
    static void qualifyClashes(TypeSpec.Builder type, Set<String> packageTypeNames) {
        // Loops over the few referenced names, not the package, which may hold thousands of types.
        String[] clashes = REFERENCED_NAMES.stream().filter(packageTypeNames::contains).sorted().toArray(String[]::new);
        if (clashes.length > 0) {
            type.alwaysQualify(clashes);
        }
    }

    private static MethodSpec start(StageGenerator stages) {
        return MethodSpec.methodBuilder("start")
                .addJavadoc("Starts the event for a person or system; the returned stages take the required"
                        + " properties in declaration order.\n")
                .addJavadoc("\n@throws IllegalArgumentException when the distinct id is null or blank\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(stages.firstStage())
                .addParameter(EVENT_SINK, "sink")
                .addParameter(WireCode.STRING, "distinctId")
                .addStatement("$T.require(distinctId)", DISTINCT_IDS)
                .addStatement("return new $N($T.requireNonNull(sink, $S), distinctId)",
                        StageGenerator.BUILDER, WireCode.OBJECTS, "sink")
                .build();
    }

    private static MethodSpec send(EventModel event) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (String javaName : memberNames(event)) {
            arguments.add(CodeBlock.of("event.$L()", javaName));
        }
        return MethodSpec.methodBuilder("send")
                .addJavadoc("Sends an instance of the event type as it is.\n")
                .addJavadoc("\n@throws IllegalArgumentException when the distinct id is null or blank\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(EVENT_SINK, "sink")
                .addParameter(WireCode.STRING, "distinctId")
                .addParameter(event.type(), "event")
                .addStatement("$T.require(distinctId)", DISTINCT_IDS)
                .addStatement("$T.requireNonNull(event, $S)", WireCode.OBJECTS, "event")
                .addStatement("sink.send(capture(distinctId$L))", joinedArguments(arguments))
                .build();
    }

    private static MethodSpec capture(EventModel event, WireCode wire) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("capture")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(CAPTURED_EVENT)
                .addParameter(WireCode.STRING, "distinctId");
        List<PropertyModel> properties = event.properties();
        for (int i = 0; i < properties.size(); i++) {
            method.addParameter(properties.get(i).declaredType(), "p" + i);
        }
        for (int i = 0; i < event.groups().size(); i++) {
            method.addParameter(WireCode.STRING, "g" + i);
        }
        if (event.timestamp() != null) {
            method.addParameter(timestampType(event.timestamp()), "timestamp");
        }

        method.addStatement("$T properties = new $T<>()", WireCode.WIRE_MAP, WireCode.LINKED_HASH_MAP);
        for (int i = 0; i < properties.size(); i++) {
            method.addCode(wire.put(properties.get(i), CodeBlock.of("p$L", i), "properties"));
        }
        method.addStatement("$T<$T, $T> groups = new $T<>()", WireCode.MAP, WireCode.STRING, WireCode.STRING,
                WireCode.LINKED_HASH_MAP);
        for (int i = 0; i < event.groups().size(); i++) {
            GroupModel group = event.groups().get(i);
            CodeBlock put = CodeBlock.of("groups.put($S, g$L)", group.groupType(), i);
            if (group.nullable()) {
                method.beginControlFlow("if (g$L != null)", i).addStatement(put).endControlFlow();
            } else {
                method.addStatement("$T.requireNonNull(g$L, $S)", WireCode.OBJECTS, i,
                        "group '" + group.groupType() + "' is null: set its key, or mark it @Nullable");
                method.addStatement(put);
            }
        }
        return method.addStatement("return new $T($S, distinctId, properties, groups, $L)",
                CAPTURED_EVENT, event.wireName(), timestampValue(event.timestamp())).build();
    }

    /** Returns the Java names of properties, groups and timestamp, in the order capture takes them. */
    static List<String> memberNames(EventModel event) {
        List<String> names = new ArrayList<>();
        event.properties().forEach(p -> names.add(p.javaName()));
        event.groups().forEach(g -> names.add(g.javaName()));
        if (event.timestamp() != null) {
            names.add(event.timestamp().javaName());
        }
        return names;
    }

    static CodeBlock joinedArguments(List<CodeBlock> arguments) {
        CodeBlock.Builder joined = CodeBlock.builder();
        arguments.forEach(argument -> joined.add(", $L", argument));
        return joined.build();
    }

    static TypeName timestampType(TimestampModel timestamp) {
        return switch (timestamp.kind()) {
            case OFFSET_DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
            case ZONED_DATE_TIME -> ClassName.get("java.time", "ZonedDateTime");
            default -> INSTANT;
        };
    }

    private static CodeBlock timestampValue(TimestampModel timestamp) {
        if (timestamp == null) {
            return CodeBlock.of("null");
        }
        CodeBlock instant = timestamp.kind() == ScalarKind.INSTANT ? CodeBlock.of("timestamp")
                : CodeBlock.of("timestamp.toInstant()");
        return timestamp.kind() == ScalarKind.INSTANT ? instant
                : CodeBlock.of("timestamp == null ? null : $L", instant);
    }
}
