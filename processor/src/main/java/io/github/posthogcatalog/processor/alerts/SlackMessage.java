package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.catalog.PropertyDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text and Slack blocks of an alert, as Hog templates.
 *
 * <p>PostHog's Slack template has a default message, but PostHog copies template defaults into a
 * destination only when its form is used: a destination created through the API gets no text and no
 * blocks, and Slack then rejects the post. So the catalog always carries both.
 *
 * @param text the plain-text message, also Slack's fallback for notifications
 * @param blocks the Slack blocks: a mrkdwn section, then buttons to the person and the alert
 */
public record SlackMessage(String text, ArrayNode blocks) {

    /** How many event properties the default message lists at most, to keep it to a glance. */
    static final int MAX_DEFAULT_PROPERTIES = 3;

    private static final Set<String> LISTED_TYPES = Set.of("string", "integer", "number");

    private static final Pattern HOG_IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(blocks, "blocks");
    }

    /**
     * Builds the default message: who triggered what, up to three of the event's required string
     * and number properties, and buttons to the person and to the alert in PostHog.
     *
     * @param triggered what was triggered, shown literally, such as an Action's name
     * @param properties the properties of the one event watched, or empty when several events are
     */
    public static SlackMessage byDefault(String triggered, List<PropertyDefinition> properties) {
        List<PropertyDefinition> listed = properties.stream()
                .filter(PropertyDefinition::required)
                .filter(property -> LISTED_TYPES.contains(property.type().jsonType()))
                .limit(MAX_DEFAULT_PROPERTIES)
                .toList();

        String text = "{person.name} triggered " + HogTemplate.escape(triggered);

        StringBuilder section = new StringBuilder("*{person.name}* triggered *")
                .append(HogTemplate.escape(mrkdwnEscape(triggered)))
                .append('*');
        for (PropertyDefinition property : listed) {
            section.append("\n*").append(HogTemplate.escape(mrkdwnEscape(property.name()))).append(":* ")
                    .append(propertyPlaceholder(property.name()));
        }
        return new SlackMessage(text, blocks(section.toString()));
    }

    /** Builds a message from the user's template: the same text in the section, with the buttons. */
    public static SlackMessage custom(String template) {
        return new SlackMessage(template, blocks(template));
    }

    /** Returns the placeholder that reads event property {@code name}, in the simplest form Hog accepts. */
    static String propertyPlaceholder(String name) {
        if (HOG_IDENTIFIER.matcher(name).matches()) {
            return "{event.properties." + name + "}";
        }
        return "{event.properties['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']}";
    }

    private static ArrayNode blocks(String sectionText) {
        ArrayNode blocks = JSON.arrayNode();
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", sectionText);

        ObjectNode actions = blocks.addObject();
        actions.put("type", "actions");
        ArrayNode buttons = actions.putArray("elements");
        button(buttons, "View person", "{person.url}");
        button(buttons, "Open alert in PostHog", "{source.url}");
        return blocks;
    }

    private static void button(ArrayNode buttons, String label, String url) {
        ObjectNode button = buttons.addObject();
        button.put("type", "button");
        button.putObject("text").put("type", "plain_text").put("text", label);
        button.put("url", url);
    }

    /** Escapes the three characters Slack's mrkdwn treats as markup. */
    private static String mrkdwnEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
