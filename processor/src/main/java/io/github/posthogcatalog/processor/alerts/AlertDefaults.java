package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.processor.actions.AnnotationValues;
import io.github.posthogcatalog.processor.actions.DiagnosticReporter;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * The catalog-wide defaults of Slack alerts, from {@code @Catalog}.
 *
 * @param botName the name alerts post under unless they set their own
 * @param emoji the bot's emoji unless an alert sets its own, as {@code :name:}
 */
public record AlertDefaults(String botName, String emoji) {

    /** PostHog's own defaults, those of its Slack template: {@code "PostHog"} and {@code :hedgehog:}. */
    public static final AlertDefaults POSTHOG = new AlertDefaults("PostHog", ":hedgehog:");

    public AlertDefaults {
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(emoji, "emoji");
    }

    /** Returns the defaults for the given catalog values, where blank means PostHog's default. */
    public static AlertDefaults of(String botName, String emoji) {
        return new AlertDefaults(botName.isBlank() ? POSTHOG.botName() : botName,
                emoji.isBlank() ? POSTHOG.emoji() : emoji);
    }

    /**
     * Reads {@code slackBotName} and {@code slackEmoji} from a {@code @Catalog} annotation, and
     * reports an emoji not written as {@code :name:} (then PostHog's emoji is used).
     */
    public static AlertDefaults fromCatalog(PackageElement element, AnnotationMirror catalog, Elements elements,
            DiagnosticReporter reporter) {
        AnnotationValues values = AnnotationValues.of(catalog, elements);
        String emoji = values.string("slackEmoji");
        if (!emoji.isEmpty() && !SlackNames.isEmoji(emoji)) {
            reporter.error(element, catalog, values.value("slackEmoji"), Diagnostic.ALERT_EMOJI_INVALID, emoji);
            emoji = "";
        }
        return of(values.string("slackBotName"), emoji);
    }
}
