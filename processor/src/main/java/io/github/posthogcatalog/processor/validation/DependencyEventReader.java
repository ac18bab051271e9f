package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.NameStyle;
import java.util.Optional;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads an {@code @Event} type that another compilation declares, such as one in a dependency's
 * jar, from its class file. It applies the rules that {@link EventValidator} applies to the events
 * of this compilation, so that Action steps and alert messages can be checked against its
 * properties. The caller neither generates an emitter for it nor adds it to this module's catalog.
 *
 * <p>Derived property wire names depend on the {@code propertyNaming} of the dependency's own
 * {@code @Catalog}. {@code @Catalog} has class retention, so javac reads it from the dependency's
 * {@code package-info.class}. This reader takes the first {@code @Catalog} on the event's package
 * or an enclosing package ({@code com.acme.ops.auth}, then {@code com.acme.ops}, and so on). Without
 * one, it derives names in snake_case, the default of {@code @Catalog}. Naming conventions are not
 * checked, because the dependency's compilation checked them against its own catalog.
 */
public final class DependencyEventReader {

    private final Elements elements;
    private final CatalogReader catalogs;
    private final EventValidator validator;

    public DependencyEventReader(Elements elements, Mirrors mirrors, Javadocs javadocs) {
        this.elements = elements;
        this.catalogs = new CatalogReader(mirrors);
        // A validator of its own, because validating sets the property naming of its reader.
        this.validator = new EventValidator(mirrors, javadocs);
    }

    /** Validates an {@code @Event} type of another compilation under its catalog's conventions. */
    public EventValidator.Report read(TypeElement type) {
        return validator.validate(type, settings(type));
    }

    /** Returns the conventions the event was compiled under, as far as the class path shows them. */
    CatalogSettings settings(TypeElement type) {
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        // ANY derives snake_case names, as the default SNAKE_CASE does, and accepts every name.
        NameStyle propertyNaming = declaredCatalog(packageName)
                .map(CatalogSettings::propertyNaming)
                .orElse(NameStyle.ANY);
        return new CatalogSettings(CatalogSettings.undeclared(packageName).name(), "", packageName,
                NameStyle.ANY, propertyNaming, "", "", false);
    }

    /** Returns the settings of the first {@code @Catalog} on the package or an enclosing package. */
    private Optional<CatalogSettings> declaredCatalog(String packageName) {
        for (String name = packageName; !name.isEmpty(); name = enclosing(name)) {
            PackageElement pkg = elements.getPackageElement(name);
            if (pkg != null && Mirrors.find(pkg, AnnotationNames.CATALOG).isPresent()) {
                return Optional.ofNullable(catalogs.read(pkg).settings());
            }
        }
        return Optional.empty();
    }

    private static String enclosing(String packageName) {
        int dot = packageName.lastIndexOf('.');
        return dot < 0 ? "" : packageName.substring(0, dot);
    }
}
