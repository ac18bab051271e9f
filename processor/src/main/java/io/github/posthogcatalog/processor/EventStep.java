package io.github.posthogcatalog.processor;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.processor.Timing.Phase;
import io.github.posthogcatalog.processor.codegen.EmitterGenerator;
import io.github.posthogcatalog.processor.codegen.EntryClassGenerator;
import io.github.posthogcatalog.processor.codegen.GeneratedNames;
import io.github.posthogcatalog.processor.codegen.GeneratedSource;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.validation.AnnotationNames;
import io.github.posthogcatalog.processor.validation.EventValidator;
import io.github.posthogcatalog.processor.validation.Mirrors;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;

/**
 * Validates {@code @Event} declarations and registers them in the round in which they appear. The
 * class of emitters and the entry class are written at the end of the first round that waits for
 * no missing type, so that javac compiles them with the sources. An {@code @Event} that another
 * processor generates in a later round is reported, since the classes are written by then.
 */
final class EventStep implements ProcessingStep {

    private final ProcessingContext context;
    private final EventValidator validator;
    private final EmitterGenerator emitters;
    private final EntryClassGenerator entries;
    /** Events whose types referred to a type that did not exist yet, by qualified name. */
    private Set<String> deferred = new LinkedHashSet<>();
    /** The first event seen per clash key, to report events whose generated names would collide. */
    private final Map<String, EventModel> byClashKey = new LinkedHashMap<>();
    private ClassName entryClass;

    EventStep(ProcessingContext context, String processorName) {
        this.context = context;
        this.validator = new EventValidator(context.mirrors(), context.javadocs());
        this.emitters = new EmitterGenerator(processorName);
        this.entries = new EntryClassGenerator(processorName);
    }

    @Override
    public Set<String> annotationTypes() {
        // @Generated is on every emitter this step writes; claiming it keeps -Xlint:processing from
        // warning that no processor claimed it in the next round.
        return Set.of(AnnotationNames.EVENT, AnnotationNames.PROPERTY, AnnotationNames.TIMESTAMP,
                AnnotationNames.GROUP, AnnotationNames.WIRE_VALUE, AnnotationNames.GENERATED);
    }

    @Override
    public void process(RoundEnvironment round) {
        List<TypeElement> candidates = candidates(round);
        deferred = new LinkedHashSet<>();
        for (TypeElement type : candidates) {
            try {
                handle(type);
            } catch (RuntimeException e) {
                context.reporter().error(type, Diagnostic.PROCESSOR_FAILED, e);
            }
        }
        if (deferred.isEmpty() && entryClass == null && !context.events().isEmpty()) {
            context.timing().measure(Phase.GENERATION, this::writeCatalogClasses);
        }
    }

    @Override
    public void finish() {
        // A type still missing now is unknown to javac as well, and javac reports it where it is
        // used, so an error from here would only repeat it. The catalog would lack the event.
        if (!deferred.isEmpty()) {
            context.markEventsUnresolved();
        }
    }

    private List<TypeElement> candidates(RoundEnvironment round) {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement type = context.env().getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        types.addAll(ElementFilter.typesIn(context.annotatedWith(round, AnnotationNames.EVENT)));
        return new ArrayList<>(types);
    }

    /** Validates and registers one event. */
    private void handle(TypeElement type) {
        context.noteEventDeclaration(type);
        if (context.events().byTypeName(type.getQualifiedName().toString()).isPresent()) {
            return;
        }
        EventValidator.Report report =
                context.timing().measure(Phase.VALIDATION, () -> validator.validate(type, context.settings()));
        Reporter reporter = context.reporter();
        if (report.missingType() != null) {
            deferred.add(type.getQualifiedName().toString());
            return;
        }
        if (report.event() == null) {
            // Empty findings here mean the errors were reported with an earlier event that shares
            // the broken nested type.
            reporter.errors(report.findings());
            return;
        }
        EventModel event = report.event();
        if (!checkUnique(type, event)) {
            return;
        }
        if (entryClass != null) {
            reporter.error(type, Diagnostic.EVENT_AFTER_ENTRY_CLASS, type.getQualifiedName(), entryClass);
            return;
        }
        context.events().add(event);
        context.registerElement(type);
    }

    private boolean checkUnique(TypeElement type, EventModel event) {
        Optional<EventModel> sameName = context.events().byWireName(event.wireName());
        AnnotationMirror annotation = Mirrors.find(type, AnnotationNames.EVENT).orElseThrow();
        AnnotationValue nameValue = Mirrors.explicitValue(annotation, "name");
        if (sameName.isPresent()) {
            context.reporter().error(Finding.on(type, annotation, nameValue,
                    Diagnostic.EVENT_NAME_DUPLICATE, event.wireName(), sameName.get().qualifiedName(), event.qualifiedName()));
            return false;
        }
        String key = GeneratedNames.clashKey(event.wireName());
        EventModel earlier = byClashKey.putIfAbsent(key, event);
        if (earlier != null) {
            context.reporter().error(Finding.on(type, annotation, nameValue,
                    Diagnostic.EVENT_IDENTIFIER_CLASH, earlier.wireName(), earlier.qualifiedName(), event.wireName(),
                    event.qualifiedName(), GeneratedNames.emitterName(event)));
            return false;
        }
        return true;
    }

    private void writeCatalogClasses() {
        entryClass = GeneratedNames.entryClass(context.settings());
        List<EventModel> events = context.events().events();
        Element[] originating = context.eventElements();
        String catalogPackage = context.settings().packageName();
        for (EventModel event : events) {
            boolean accessible = event.type().packageName().equals(catalogPackage)
                    || context.eventElement(event.qualifiedName()).map(EventStep::isPublic).orElse(true);
            if (!accessible) {
                context.eventElement(event.qualifiedName()).ifPresent(type -> context.reporter().error(
                        type, Diagnostic.EVENT_NOT_ACCESSIBLE, event.qualifiedName(), catalogPackage));
                return;
            }
        }
        Map<String, List<EventModel>> byPackage = new TreeMap<>();
        events.forEach(event -> byPackage.computeIfAbsent(event.type().packageName(), p -> new ArrayList<>()).add(event));
        if (!byPackage.entrySet().stream().allMatch(entry -> fitsOneClass(entry.getKey(), entry.getValue()))) {
            return;
        }
        byPackage.forEach((packageName, packageEvents) -> write(
                emitters.generate(context.settings(), packageName, packageEvents, context.packageTypeNames(packageName)),
                elementsOf(packageEvents)));
        write(entries.generate(context.settings(), events, context.packageTypeNames(catalogPackage)), originating);
    }

    /** Reports a package whose class of emitters would need more constant-pool entries than a class file holds. */
    private boolean fitsOneClass(String packageName, List<EventModel> events) {
        int entries = EmitterGenerator.estimatedPoolEntries(events);
        if (entries <= EmitterGenerator.MAX_POOL_ENTRIES) {
            return true;
        }
        context.eventElement(events.get(0).qualifiedName()).ifPresent(type -> context.reporter().error(type,
                Diagnostic.EMITTERS_TOO_MANY, packageName, events.size(), entries, EmitterGenerator.MAX_POOL_ENTRIES));
        return false;
    }

    private Element[] elementsOf(List<EventModel> events) {
        return events.stream().map(event -> context.eventElement(event.qualifiedName()))
                .flatMap(Optional::stream).toArray(Element[]::new);
    }

    /** Writes a source file through the Filer, naming the elements it derives from. */
    private void write(GeneratedSource file, Element... originating) {
        String name = file.qualifiedName();
        try {
            JavaFileObject source = context.env().getFiler().createSourceFile(name, originating);
            try (Writer writer = source.openWriter()) {
                writer.write(file.text());
            }
        } catch (IOException | RuntimeException e) {
            if (originating.length > 0) {
                context.reporter().error(originating[0], Diagnostic.GENERATION_FAILED, name, e.getMessage());
            } else {
                context.reporter().note(Diagnostic.GENERATION_FAILED, name, e.getMessage());
            }
        }
    }

    private static boolean isPublic(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
