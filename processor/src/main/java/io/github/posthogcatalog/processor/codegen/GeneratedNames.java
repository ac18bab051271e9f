package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.processor.model.CatalogSettings;
import io.github.posthogcatalog.processor.model.EventModel;
import io.github.posthogcatalog.processor.model.Words;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Names of generated classes and methods. They derive from wire names and the catalog name by
 * dropping punctuation and joining the words in camel case:
 *
 * <ul>
 *   <li>the entry class is {@code <Catalog>Events} in the {@code @Catalog} package, so
 *       {@code "platform-ops"} gives {@code PlatformOpsEvents}. Without {@code @Catalog} it goes in
 *       the alphabetically first package that declares an event and is named after the last segment
 *       of that package ({@code com.acme.analytics} gives {@code AnalyticsEvents}; the unnamed
 *       package gives {@code DefaultEvents});
 *   <li>the emitters of the events of one package are nested in one class of that package:
 *       {@code <Catalog>Emitters} in the catalog package (such as {@code PlatformOpsEmitters}),
 *       {@code <Segment>Emitters} after the last segment of any other package
 *       ({@code com.acme.billing} gives {@code BillingEmitters});
 *   <li>each event's emitter is {@code <Event>Emitter}, so {@code "espi-message"} gives
 *       {@code PlatformOpsEmitters.EspiMessageEmitter};
 *   <li>the entry method of an event is {@code <event>}, so {@code "espi-message"} gives
 *       {@code espiMessage}.
 * </ul>
 *
 * <p>A derived name that starts with a digit, is empty or is a Java keyword is prefixed with
 * {@code Event}/{@code event}. Two events whose derived names differ only in case (as
 * {@code espi-message}, {@code espi_message} and {@code Espi-Message} do) are a compile error,
 * because their classes would differ only in case and collide on case-insensitive file systems.
 */
public final class GeneratedNames {

    private GeneratedNames() {}

    /** Returns the entry class of a catalog. */
    public static ClassName entryClass(CatalogSettings settings) {
        return ClassName.get(settings.packageName(), catalogIdentifier(settings) + "Events");
    }

    /** Returns the class that contains the emitters of the events declared in one package. */
    public static ClassName emittersClass(CatalogSettings settings, String packageName) {
        String base = packageName.equals(settings.packageName()) ? catalogIdentifier(settings)
                : upperIdentifier(packageName.isEmpty() ? "default" : packageName.substring(packageName.lastIndexOf('.') + 1));
        return ClassName.get(packageName, base + "Emitters");
    }

    /** Returns the simple name of an event's emitter, such as {@code EspiMessageEmitter}. */
    public static String emitterName(EventModel event) {
        return upperIdentifier(event.wireName()) + "Emitter";
    }

    /** Returns the emitter class of an event, nested in the emitters class of the event's package. */
    public static ClassName emitterClass(CatalogSettings settings, EventModel event) {
        return emittersClass(settings, event.type().packageName()).nestedClass(emitterName(event));
    }

    private static String catalogIdentifier(CatalogSettings settings) {
        if (settings.declared()) {
            return upperIdentifier(settings.name());
        }
        String pkg = settings.packageName();
        return upperIdentifier(pkg.isEmpty() ? "default" : pkg.substring(pkg.lastIndexOf('.') + 1));
    }

    /** Returns the entry method name of an event, such as {@code espiMessage}. */
    public static String entryMethod(EventModel event) {
        String upper = upperIdentifier(event.wireName());
        String lower = Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
        return SourceVersion.isKeyword(lower) ? "event" + upper : lower;
    }

    /**
     * Returns the key under which two events clash: their derived identifier in lower case. Events
     * with equal keys would get classes whose names differ only in case.
     */
    public static String clashKey(String wireName) {
        return upperIdentifier(wireName).toLowerCase(Locale.ROOT);
    }

    /** Returns a name's words in UpperCamelCase, prefixed with {@code Event} when not an identifier start. */
    static String upperIdentifier(String name) {
        List<String> words = Words.split(name);
        String joined = Words.upperCamel(words);
        if (joined.isEmpty() || !Character.isJavaIdentifierStart(joined.charAt(0))) {
            return "Event" + joined;
        }
        return joined;
    }

    /** Returns a name in UpperCamelCase for nested types, such as {@code TokenCount} for {@code tokenCount}. */
    static String capitalise(String javaName) {
        return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }

    /** Returns text made safe for a Javadoc comment. */
    static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
    }
}
