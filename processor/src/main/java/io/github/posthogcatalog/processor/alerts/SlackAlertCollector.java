package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.Masking;
import io.github.posthogcatalog.processor.actions.AnnotationValues;
import io.github.posthogcatalog.processor.actions.EventLookup;
import io.github.posthogcatalog.processor.actions.Keys;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns the {@code @SlackAlert} annotations of a compilation into catalog destinations, reporting
 * every mistake on the annotation value at fault. An alert with any error is left out.
 *
 * <p>Call it after {@link io.github.posthogcatalog.processor.actions.ActionCollector}, with its
 * result, and with every type that carries {@code @SlackAlert} or its container
 * {@code @SlackAlerts}.
 */
public final class SlackAlertCollector {

    /** The qualified name of {@code @SlackAlert}. */
    public static final String SLACK_ALERT = "io.github.posthogcatalog.annotations.SlackAlert";

    /** The qualified name of {@code @SlackAlerts}, the container of repeated {@code @SlackAlert}s. */
    public static final String SLACK_ALERTS = "io.github.posthogcatalog.annotations.SlackAlerts";

    /** PostHog's limit on destination names ({@code HogFunction.name}, {@code max_length=400}). */
    static final int MAX_NAME_LENGTH = 400;

    private final Elements elements;
    private final AlertDefaults defaults;
    private final Reporter reporter;
    private final AlertTargets targets;
    private final MessageCheck messages;
    private final TriggerCheck triggers;

    /**
     * @param elements the processing environment's element utilities
     * @param events every event of the catalog, and of dependencies where known
     * @param actions the Actions from {@code ActionCollector}, which alerts may watch
     * @param defaults the catalog's bot name and emoji
     * @param reporter where errors go
     */
    public SlackAlertCollector(Elements elements, EventLookup events, List<ActionDefinition> actions,
            AlertDefaults defaults, Reporter reporter) {
        this.elements = elements;
        this.defaults = defaults;
        this.reporter = reporter;
        this.targets = new AlertTargets(elements, events, actions, reporter);
        this.messages = new MessageCheck(reporter);
        this.triggers = new TriggerCheck(elements, reporter);
    }

    /**
     * Reads the alerts declared on {@code types}, in order of qualified type name and then source
     * order, and checks that their keys are unique.
     *
     * @return the valid destinations, sorted by key as the catalog lists them
     */
    public List<DestinationDefinition> collect(Collection<? extends TypeElement> types) {
        List<TypeElement> sorted = types.stream()
                .map(TypeElement.class::cast)
                .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
                .distinct()
                .toList();
        Map<String, String> typeByKey = new HashMap<>();
        List<DestinationDefinition> destinations = new ArrayList<>();
        for (TypeElement type : sorted) {
            for (AnnotationMirror mirror : AnnotationValues.find(type, SLACK_ALERT, SLACK_ALERTS, elements)) {
                AnnotationValues alert = AnnotationValues.of(mirror, elements);
                read(type, alert)
                        .filter(destination -> isUnique(type, alert, destination, typeByKey))
                        .ifPresent(destinations::add);
            }
        }
        destinations.sort(Comparator.comparing(DestinationDefinition::key));
        return List.copyOf(destinations);
    }

    private Optional<DestinationDefinition> read(TypeElement type, AnnotationValues alert) {
        Optional<AlertTarget> target = targets.resolve(type, alert);
        boolean valid = checkChannel(type, alert);
        valid &= checkEmoji(type, alert);
        Optional<TriggerOption> trigger = triggers.check(type, alert);
        if (target.isEmpty() || trigger.isEmpty()) {
            return Optional.empty();
        }
        valid &= messages.check(type, alert, target.get().events());

        String channel = alert.string("channel");
        String name = alert.string("name").isEmpty() ? target.get().label() + " to " + channel : alert.string("name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            reporter.error(type, alert.mirror(), alert.value("name"), Diagnostic.ALERT_NAME_INVALID, name);
            return Optional.empty();
        }
        Optional<String> key = key(type, alert, name);
        if (!valid || key.isEmpty()) {
            return Optional.empty();
        }

        SlackMessage message = alert.string("message").isEmpty()
                ? SlackMessage.byDefault(target.get().label(), target.get().properties())
                : SlackMessage.custom(alert.string("message"));
        AnnotationValues triggerValues = AnnotationValues.of(alert.annotation("trigger"), elements);
        Masking masking = trigger.get().masking(triggerValues.integer("intervalSeconds"),
                triggerValues.integer("threshold"));
        return Optional.of(new DestinationDefinition(key.get(), name, alert.string("description").strip(), channel,
                orDefault(alert.string("botName"), defaults.botName()), orDefault(alert.string("emoji"), defaults.emoji()),
                message.text(), message.blocks(), target.get().filters(), trigger.get().catalogName(), masking));
    }

    private boolean checkChannel(TypeElement type, AnnotationValues alert) {
        String channel = alert.string("channel");
        if (SlackNames.isChannel(channel)) {
            return true;
        }
        reporter.error(type, alert.mirror(), alert.value("channel"), Diagnostic.ALERT_CHANNEL_INVALID, channel);
        return false;
    }

    private boolean checkEmoji(TypeElement type, AnnotationValues alert) {
        String emoji = alert.string("emoji");
        if (emoji.isEmpty() || SlackNames.isEmoji(emoji)) {
            return true;
        }
        reporter.error(type, alert.mirror(), alert.value("emoji"), Diagnostic.ALERT_EMOJI_INVALID, emoji);
        return false;
    }

    private Optional<String> key(TypeElement type, AnnotationValues alert, String name) {
        boolean written = !alert.string("key").isEmpty();
        String key = written ? alert.string("key") : Keys.slug(name);
        if (Keys.isValid(key)) {
            return Optional.of(key);
        }
        String hint = written ? "" : "; the key was derived from the name, so set key explicitly";
        reporter.error(type, alert.mirror(), alert.value(written ? "key" : "name"), Diagnostic.ALERT_KEY_INVALID,
                key, hint);
        return Optional.empty();
    }

    private boolean isUnique(TypeElement type, AnnotationValues alert, DestinationDefinition destination,
            Map<String, String> typeByKey) {
        String previous = typeByKey.putIfAbsent(destination.key(), type.getQualifiedName().toString());
        if (previous == null) {
            return true;
        }
        String attribute = alert.string("key").isEmpty() ? "name" : "key";
        reporter.error(type, alert.mirror(), alert.value(attribute), Diagnostic.ALERT_KEY_DUPLICATE, destination.key(),
                previous);
        return false;
    }

    private static String orDefault(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }
}
