package io.github.posthogcatalog.processor.validation;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Validates one {@code @Event} declaration and builds its model. It returns a report and never
 * prints, so the processor decides when and where errors appear.
 */
public final class EventValidator {

    private final Mirrors mirrors;
    private final PropertyReader properties;
    private final DeclarationRules declarations;
    private final SpecialMembers specialMembers;

    public EventValidator(Mirrors mirrors, Javadocs javadocs) {
        this.mirrors = mirrors;
        this.properties = new PropertyReader(mirrors, javadocs);
        this.declarations = new DeclarationRules(javadocs);
        this.specialMembers = new SpecialMembers(mirrors);
    }

    /**
     * The result of validating one declaration.
     *
     * @param event the model, or null when the declaration has errors or a missing type
     * @param findings the errors. It is empty when the event is valid or waits for a missing type,
     *     and also when it uses a nested type whose errors were reported with an earlier event.
     * @param missingType a type javac could not resolve yet, which another processor may still
     *     generate; null when every type resolved
     */
    public record Report(EventModel event, List<Finding> findings, String missingType) {}

    /** Validates an element annotated with {@code @Event} under the catalog's settings. */
    public Report validate(TypeElement type, CatalogSettings settings) {
        AnnotationMirror event = Mirrors.find(type, AnnotationNames.EVENT).orElseThrow();
        Optional<Finding> shape = declarations.checkKind(type, event);
        if (shape.isPresent()) {
            return new Report(null, List.of(shape.get()), null);
        }
        properties.naming(settings.propertyNaming());
        Scan scan = new Scan();

        AnnotationValue nameValue = Mirrors.explicitValue(event, "name");
        String wireName = mirrors.string(event, "name");
        NameRules.checkEvent(wireName, settings.eventNaming(), type, event, nameValue).ifPresent(scan.findings::add);

        scan.recordsInProgress.push(type.getQualifiedName().toString());
        List<Member> members = declarations.members(type, scan, properties);
        List<PropertyModel> read = new ArrayList<>();
        List<Member> readMembers = new ArrayList<>();
        for (Member member : members) {
            if (specialMembers.isSpecial(member)) {
                continue;
            }
            Optional<PropertyModel> property = properties.read(member, scan);
            if (property.isPresent()) {
                read.add(property.get());
                readMembers.add(member);
            }
        }
        SpecialMembers.Result special = specialMembers.read(members, scan);
        properties.checkDuplicates(read, readMembers, scan);

        if (scan.missingType != null && scan.findings.isEmpty()) {
            return new Report(null, List.of(), scan.missingType);
        }
        if (scan.failed()) {
            return new Report(null, List.copyOf(scan.findings), null);
        }
        String description = Optional.of(mirrors.string(event, "description")).filter(d -> !d.isBlank())
                .orElse(declarations.typeDescription(type));
        EventModel model = new EventModel(wireName, description, mirrors.string(event, "owner"),
                mirrors.strings(event, "tags").stream().distinct().collect(Collectors.toList()),
                ClassName.get(type), read, special.groups(), special.timestamp());
        return new Report(model, List.of(), null);
    }
}
