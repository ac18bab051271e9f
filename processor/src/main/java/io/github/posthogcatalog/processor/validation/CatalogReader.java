package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.alerts.SlackNames;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.NameStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;

/** Reads and checks {@code @Catalog} on a package. */
public final class CatalogReader {

    /** Maximum length of a catalog name, because it becomes part of a Java class name. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0," + (MAX_NAME_LENGTH - 1) + "}");

    private final Mirrors mirrors;

    public CatalogReader(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    /**
     * The result of reading one {@code @Catalog}.
     *
     * @param settings the settings, or null when the catalog name is invalid. An invalid Slack emoji
     *     only leaves the emoji empty, because it does not change how events are read.
     * @param findings the errors found
     */
    public record Report(CatalogSettings settings, List<Finding> findings) {}

    /** Reads the {@code @Catalog} of a package that carries one. */
    public Report read(PackageElement pkg) {
        AnnotationMirror catalog = Mirrors.find(pkg, AnnotationNames.CATALOG).orElseThrow();
        List<Finding> findings = new ArrayList<>();

        String name = mirrors.string(catalog, "name");
        boolean nameValid = NAME.matcher(name).matches();
        if (!nameValid) {
            findings.add(Finding.on(pkg, catalog, Mirrors.explicitValue(catalog, "name"),
                    Diagnostic.CATALOG_NAME_INVALID, name, MAX_NAME_LENGTH));
        }

        String emoji = mirrors.string(catalog, "slackEmoji");
        if (!emoji.isEmpty() && !SlackNames.isEmoji(emoji)) {
            findings.add(Finding.on(pkg, catalog, Mirrors.explicitValue(catalog, "slackEmoji"),
                    Diagnostic.ALERT_EMOJI_INVALID, emoji));
            emoji = "";
        }

        CatalogSettings settings = new CatalogSettings(
                name,
                mirrors.string(catalog, "description"),
                pkg.getQualifiedName().toString(),
                NameStyle.of(mirrors.enumConstant(catalog, "eventNaming"), NameStyle.KEBAB_CASE),
                NameStyle.of(mirrors.enumConstant(catalog, "propertyNaming"), NameStyle.SNAKE_CASE),
                mirrors.string(catalog, "slackBotName"),
                emoji,
                true);
        return new Report(nameValid ? settings : null, findings);
    }
}
