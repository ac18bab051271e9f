package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.model.GroupModel;
import io.github.posthogcatalog.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the staged builder of one event. Each required property, and each group key that is
 * not {@code @Nullable}, is a step interface with one method that returns the next step, so
 * {@code send()} is reachable only after all of them. The last stage, {@code FinalStage}, has a
 * fluent setter per optional property, per nullable group and for the timestamp, and
 * {@code send()}.
 *
 * <p>Step interfaces are named {@code <JavaName>Step}. Setter parameters are all named
 * {@code value} and builder fields {@code p0}, {@code p1}, ... (properties), {@code g0}, ...
 * (groups) and {@code timestamp}, so property names never shadow generated names.
 */
final class StageGenerator {

    static final String BUILDER = "Builder";
    static final String FINAL_STAGE = "FinalStage";

    /** One setter of the builder: which field it sets and how. */
    private record Setter(String javaName, String field, TypeName parameter, TypeName fieldType, CodeBlock initial,
            CodeBlock assign, String doc) {}

    private final ClassName emitter;
    private final List<Setter> steps = new ArrayList<>();
    private final List<Setter> optional = new ArrayList<>();
    private final List<String> stepNames = new ArrayList<>();
    private final List<String> captureArguments;

    StageGenerator(EventModel event, ClassName emitter) {
        this.emitter = emitter;
        List<PropertyModel> properties = event.properties();
        for (int i = 0; i < properties.size(); i++) {
            Setter setter = propertySetter(properties.get(i), "p" + i);
            (properties.get(i).required() ? steps : optional).add(setter);
        }
        for (int i = 0; i < event.groups().size(); i++) {
            GroupModel group = event.groups().get(i);
            Setter setter = new Setter(group.javaName(), "g" + i, WireCode.STRING, WireCode.STRING, null,
                    group.nullable() ? CodeBlock.of("value") : CodeBlock.of("$T.requireNonNull(value, $S)", WireCode.OBJECTS,
                            "group '" + group.groupType() + "' is null: set its key, or mark it @Nullable"),
                    "the key of the {@code " + GeneratedNames.javadoc(group.groupType()) + "} group");
            (group.nullable() ? optional : steps).add(setter);
        }
        if (event.timestamp() != null) {
            TypeName type = EmitterGenerator.timestampType(event.timestamp());
            optional.add(new Setter(event.timestamp().javaName(), "timestamp", type, type, null, CodeBlock.of("value"),
                    "when the event happened; without it, the time of sending"));
        }
        captureArguments = captureArguments(event);
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

    /** Returns the type that {@code start} returns: the first step, or the final stage. */
    ClassName firstStage() {
        return emitter.nestedClass(steps.isEmpty() ? FINAL_STAGE : stepNames.get(0));
    }

    /** Returns the step interfaces followed by the final stage. */
    List<TypeSpec> interfaces() {
        List<TypeSpec> types = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ClassName next = emitter.nestedClass(i + 1 < steps.size() ? stepNames.get(i + 1) : FINAL_STAGE);
            types.add(TypeSpec.interfaceBuilder(stepNames.get(i))
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The step that sets $L.\n", steps.get(i).doc())
                    .addMethod(abstractSetter(steps.get(i), next))
                    .build());
        }
        TypeSpec.Builder last = TypeSpec.interfaceBuilder(FINAL_STAGE)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The last stage: optional values, then {@link #send()}.\n");
        optional.forEach(setter -> last.addMethod(abstractSetter(setter, emitter.nestedClass(FINAL_STAGE))));
        last.addMethod(MethodSpec.methodBuilder("send")
                .addJavadoc("Sends the event to the sink.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .build());
        types.add(last.build());
        return types;
    }

    /** Returns the builder class that implements every stage. */
    TypeSpec builder() {
        TypeSpec.Builder builder = TypeSpec.classBuilder(BUILDER)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(EmitterGenerator.EVENT_SINK, "sink", Modifier.PRIVATE, Modifier.FINAL)
                .addField(WireCode.STRING, "distinctId", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(EmitterGenerator.EVENT_SINK, "sink")
                        .addParameter(WireCode.STRING, "distinctId")
                        .addStatement("this.sink = sink")
                        .addStatement("this.distinctId = distinctId")
                        .build());
        stepNames.forEach(name -> builder.addSuperinterface(emitter.nestedClass(name)));
        builder.addSuperinterface(emitter.nestedClass(FINAL_STAGE));
        for (int i = 0; i < steps.size(); i++) {
            ClassName next = emitter.nestedClass(i + 1 < steps.size() ? stepNames.get(i + 1) : FINAL_STAGE);
            addSetter(builder, steps.get(i), next);
        }
        optional.forEach(setter -> addSetter(builder, setter, emitter.nestedClass(FINAL_STAGE)));
        builder.addMethod(MethodSpec.methodBuilder("send")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("sink.send(capture(distinctId$L))",
                        EmitterGenerator.joinedArguments(captureArguments.stream().map(a -> CodeBlock.of("$L", a)).toList()))
                .build());
        return builder.build();
    }

    private static Setter propertySetter(PropertyModel property, String field) {
        TypeName value = property.shape().typeName();
        String doc = "{@code " + GeneratedNames.javadoc(property.wireName()) + "}"
                + (property.description().isEmpty() ? "" : ": " + GeneratedNames.javadoc(property.description()));
        CodeBlock assign = switch (property.optionality()) {
            case REQUIRED -> value.isPrimitive() ? CodeBlock.of("value")
                    : WireCode.requireNonNull(CodeBlock.of("value"), property.wireName());
            case NULLABLE -> CodeBlock.of("value");
            case OPTIONAL -> CodeBlock.of("$T.ofNullable(value)", ClassName.get("java.util", "Optional"));
            case OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE -> CodeBlock.of("$T.of(value)", property.declaredType());
        };
        CodeBlock initial = switch (property.optionality()) {
            case REQUIRED, NULLABLE -> null;
            case OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE ->
                    CodeBlock.of("$T.empty()", optionalClass(property.declaredType()));
        };
        return new Setter(property.javaName(), field, value, property.declaredType(), initial, assign, doc);
    }

    private static ClassName optionalClass(TypeName declared) {
        return declared instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : (ClassName) declared;
    }

    private static MethodSpec abstractSetter(Setter setter, ClassName next) {
        return MethodSpec.methodBuilder(setter.javaName())
                .addJavadoc("Sets $L.\n", setter.doc())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addParameter(setter.parameter(), "value")
                .returns(next)
                .build();
    }

    private static void addSetter(TypeSpec.Builder builder, Setter setter, ClassName next) {
        FieldSpec.Builder field = FieldSpec.builder(setter.fieldType(), setter.field(), Modifier.PRIVATE);
        if (setter.initial() != null) {
            field.initializer(setter.initial());
        }
        builder.addField(field.build());
        builder.addMethod(MethodSpec.methodBuilder(setter.javaName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(setter.parameter(), "value")
                .returns(next)
                .addStatement("this.$L = $L", setter.field(), setter.assign())
                .addStatement("return this")
                .build());
    }

    private static List<String> captureArguments(EventModel event) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < event.properties().size(); i++) {
            arguments.add("p" + i);
        }
        for (int i = 0; i < event.groups().size(); i++) {
            arguments.add("g" + i);
        }
        if (event.timestamp() != null) {
            arguments.add("timestamp");
        }
        return arguments;
    }
}
