package io.github.posthogcatalog.processor.model;

import java.util.Objects;

/**
 * The catalog-wide settings of {@code @Catalog}, or their defaults for a module without one.
 *
 * @param name the catalog name, such as {@code platform-ops}
 * @param description what the catalog covers; may be empty
 * @param packageName the package of the {@code package-info.java} that carries {@code @Catalog}, where
 *     the entry class goes; empty for the unnamed package
 * @param eventNaming the convention every event name follows
 * @param propertyNaming the convention every property name follows and derives from
 * @param slackBotName the default Slack bot name; empty for PostHog's default
 * @param slackEmoji the default Slack emoji; empty for PostHog's default
 * @param declared whether the settings come from a {@code @Catalog} annotation
 */
public record CatalogSettings(
        String name,
        String description,
        String packageName,
        NameStyle eventNaming,
        NameStyle propertyNaming,
        String slackBotName,
        String slackEmoji,
        boolean declared) {

    public CatalogSettings {
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(eventNaming, "eventNaming");
        Objects.requireNonNull(propertyNaming, "propertyNaming");
        slackBotName = Objects.requireNonNullElse(slackBotName, "");
        slackEmoji = Objects.requireNonNullElse(slackEmoji, "");
    }

    /**
     * Returns the settings of a module without {@code @Catalog}: the catalog is named after the
     * given package (the alphabetically first package that declares an event), its entry class
     * goes there, and the conventions are the annotation's defaults.
     */
    public static CatalogSettings undeclared(String packageName) {
        String name = packageName.isEmpty() ? "default" : packageName;
        return new CatalogSettings(
                name, "", packageName, NameStyle.KEBAB_CASE, NameStyle.SNAKE_CASE, "", "", false);
    }
}
