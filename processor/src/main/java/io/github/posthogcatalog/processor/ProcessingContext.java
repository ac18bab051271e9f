package io.github.posthogcatalog.processor;

import io.github.posthogcatalog.processor.diagnostics.Reporter;
import io.github.posthogcatalog.processor.model.CatalogAssembly;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventRegistry;
import io.github.posthogcatalog.processor.validation.Javadocs;
import io.github.posthogcatalog.processor.validation.Mirrors;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The state that the steps of one compilation share: javac's environment, the reporter, the events
 * seen so far, the catalog being assembled and the {@code @Catalog} settings.
 */
public final class ProcessingContext {

    private final ProcessingEnvironment env;
    private final Reporter reporter;
    private final Mirrors mirrors;
    private final Javadocs javadocs;
    private final EventRegistry events = new EventRegistry();
    private final CatalogAssembly assembly = new CatalogAssembly(events);
    private final Map<String, TypeElement> eventElements = new HashMap<>();
    /** Every {@code @Event} type of this compilation's sources, valid or not, by qualified name. */
    private final Set<String> declaredEvents = new HashSet<>();
    /** The types that declare Actions or alerts, by qualified name; they are sources of the catalog too. */
    private final Map<String, TypeElement> actionElements = new HashMap<>();
    private final Timing timing = new Timing();
    private final Map<String, Set<String>> packageTypeNames = new HashMap<>();
    /** The qualified names of this processor's annotations that the current round contains. */
    private Set<String> annotationsInRound = Set.of();
    private CatalogSettings declaredSettings;
    private PackageElement catalogPackage;
    /** Whether some declaration could not be completed, so the catalog would be partial. */
    private boolean incomplete;
    /** Whether some {@code @Event} type still referred to a missing type when processing ended. */
    private boolean eventsUnresolved;

    ProcessingContext(ProcessingEnvironment env) {
        this.env = env;
        this.reporter = new Reporter(env);
        this.mirrors = new Mirrors(env.getElementUtils());
        this.javadocs = new Javadocs(env.getElementUtils());
    }

    public ProcessingEnvironment env() {
        return env;
    }

    public Reporter reporter() {
        return reporter;
    }

    public Mirrors mirrors() {
        return mirrors;
    }

    public Javadocs javadocs() {
        return javadocs;
    }

    /** Returns the events validated so far, by wire name and by declaring type. */
    public EventRegistry events() {
        return events;
    }

    /** Returns the catalog under assembly; Action and alert steps add their definitions to it. */
    public CatalogAssembly assembly() {
        return assembly;
    }

    public Timing timing() {
        return timing;
    }

    /** Returns the element that declares a registered event, by qualified name. */
    public Optional<TypeElement> eventElement(String qualifiedName) {
        return Optional.ofNullable(eventElements.get(qualifiedName));
    }

    void registerElement(TypeElement element) {
        eventElements.put(element.getQualifiedName().toString(), element);
    }

    /** Records an {@code @Event} type of this compilation, before it is validated. */
    void noteEventDeclaration(TypeElement element) {
        declaredEvents.add(element.getQualifiedName().toString());
    }

    /**
     * Returns whether this compilation declares the {@code @Event} type, even one with errors. A
     * type it does not declare was compiled elsewhere, such as into a dependency's jar.
     */
    public boolean declaresEvent(String qualifiedName) {
        return declaredEvents.contains(qualifiedName);
    }

    /** Returns the elements of every registered event, sorted by qualified name. */
    Element[] eventElements() {
        return new TreeSet<>(eventElements.keySet()).stream().map(eventElements::get).toArray(Element[]::new);
    }

    /**
     * Returns the catalog settings: those of {@code @Catalog} when the module has one, or else the
     * defaults named after the alphabetically first package that declares an event.
     */
    public CatalogSettings settings() {
        if (declaredSettings != null) {
            return declaredSettings;
        }
        String firstPackage = events.events().stream()
                .map(e -> e.type().packageName())
                .sorted()
                .findFirst()
                .orElse("");
        return CatalogSettings.undeclared(firstPackage);
    }

    /** Returns the package that carries {@code @Catalog}, if one has been read. */
    public Optional<PackageElement> catalogPackage() {
        return Optional.ofNullable(catalogPackage);
    }

    void declare(CatalogSettings settings, PackageElement pkg) {
        this.declaredSettings = settings;
        this.catalogPackage = pkg;
    }

    /** Marks the catalog as partial, so that it is not written. */
    public void markIncomplete() {
        incomplete = true;
    }

    boolean incomplete() {
        return incomplete;
    }

    /**
     * Marks that some events could not be validated because a type they use never appeared, which
     * also makes the catalog partial.
     */
    void markEventsUnresolved() {
        eventsUnresolved = true;
        markIncomplete();
    }

    /** Returns whether the event registry lacks events that the sources declare. */
    boolean eventsUnresolved() {
        return eventsUnresolved;
    }

    /** Records a type that declares Actions or alerts, as a source of the catalog file. */
    void registerActionElement(TypeElement element) {
        actionElements.put(element.getQualifiedName().toString(), element);
    }

    /** Returns the elements of every event and every type with Actions or alerts, sorted by qualified name. */
    Element[] catalogSources() {
        Map<String, TypeElement> all = new TreeMap<>(actionElements);
        all.putAll(eventElements);
        return all.values().toArray(Element[]::new);
    }

    /** Forgets the package type names read in the previous round, whose generated types have since appeared. */
    void startRound(Set<? extends TypeElement> presentAnnotations) {
        packageTypeNames.clear();
        annotationsInRound = presentAnnotations.stream()
                .map(annotation -> annotation.getQualifiedName().toString())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns the elements of the round annotated with the given annotation. javac passes the
     * processor the set of its annotations that the round contains. For the others this skips
     * {@code getElementsAnnotatedWith}, which walks every member of every source on each call.
     */
    public Set<? extends Element> annotatedWith(RoundEnvironment round, String annotationName) {
        if (!annotationsInRound.contains(annotationName)) {
            return Set.of();
        }
        TypeElement annotation = env.getElementUtils().getTypeElement(annotationName);
        return annotation == null ? Set.of() : round.getElementsAnnotatedWith(annotation);
    }

    /**
     * Returns the simple names of the types declared in a package, to avoid clashes in generated code.
     * The names are read once per package and round, because every event of a package requests them
     * and reading them walks the whole package. Within a round the package does not change.
     */
    public Set<String> packageTypeNames(String packageName) {
        return packageTypeNames.computeIfAbsent(packageName, this::readPackageTypeNames);
    }

    private Set<String> readPackageTypeNames(String packageName) {
        Set<String> names = new TreeSet<>();
        PackageElement pkg = env.getElementUtils().getPackageElement(packageName);
        if (pkg != null) {
            pkg.getEnclosedElements().forEach(e -> names.add(e.getSimpleName().toString()));
        }
        return Collections.unmodifiableSet(names);
    }
}
