package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders the HTML card of each event, Action and Slack alert. Every catalog string passes through
 * {@link Html#escape}; the {@code data-search} attributes hold the lower-cased text that the page's
 * search box matches.
 */
final class HtmlCards {

    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+(?=[A-Z])");

    private final CrossLinks links;
    private final StepWords steps;

    HtmlCards(CatalogIndex index) {
        this.links = new CrossLinks(index);
        this.steps = new StepWords(index);
    }

    /** Renders an event with its facts, cross references and property table. */
    String event(EventDefinition event) {
        StringBuilder out = new StringBuilder();
        String anchor = Anchors.event(event.name());
        openCard(out, "event", anchor, searchText(event.name(), event.description(), event.owner(),
                String.join(" ", event.tags()), event.javaType()));
        head(out, "event", anchor, "<code>" + Html.escape(event.name()) + "</code>");
        description(out, event.description());

        out.append("<dl class=\"facts\">\n");
        fact(out, "Owner", event.owner().isEmpty() ? "" : Html.escape(event.owner()));
        fact(out, "Tags", tags(event.tags()));
        fact(out, "Java type", event.javaType() == null ? "" : "<code>" + Html.escape(event.javaType()) + "</code>");
        fact(out, "Actions", Html.phrase(links.actionsMatching(event)));
        fact(out, "Slack alerts", Html.phrase(links.alertsFiredBy(event)));
        out.append("</dl>\n");

        properties(out, event);
        out.append("</article>\n");
        return out.toString();
    }

    private void properties(StringBuilder out, EventDefinition event) {
        List<PropertyRow> rows = PropertyRow.flatten(event.properties());
        if (rows.isEmpty()) {
            out.append("<p class=\"no-properties\">No properties.</p>\n");
            return;
        }
        out.append("<div class=\"table-wrap\"><table class=\"properties\">\n<thead><tr>")
                .append("<th>Property</th><th>Type</th><th>Required</th><th>Allowed values</th><th>Description</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (PropertyRow row : rows) {
            propertyRow(out, event, row);
        }
        out.append("</tbody></table></div>\n");
    }

    private static void propertyRow(StringBuilder out, EventDefinition event, PropertyRow row) {
        String typeWords = TypeWords.describe(row.property().type());
        Phrase allowed = TypeWords.allowedValues(row.property().type());
        String search = searchText(row.displayPath(), typeWords, allowed.plainText(), row.property().description());

        out.append("<tr id=\"").append(Html.escape(Anchors.property(event.name(), row.path())))
                .append("\" data-search=\"").append(Html.escape(search)).append("\">");
        out.append("<td class=\"prop-name\" data-label=\"Property\">").append(propertyName(row)).append("</td>");
        out.append("<td data-label=\"Type\">").append(Html.escape(typeWords));
        String javaType = row.property().type().javaType();
        if (javaType != null) {
            out.append("<span class=\"java-type\" title=\"").append(Html.escape(javaType)).append("\">")
                    .append(Html.escape(withoutPackages(javaType))).append("</span>");
        }
        out.append("</td>");
        out.append("<td data-label=\"Required\">").append(row.property().required()
                ? "<span class=\"badge required\">required</span>"
                : "<span class=\"badge\">optional</span>").append("</td>");
        out.append("<td data-label=\"Allowed values\">").append(Html.phrase(allowed)).append("</td>");
        out.append("<td class=\"description\" data-label=\"Description\">")
                .append(Html.escape(row.property().description())).append("</td>");
        out.append("</tr>\n");
    }

    /**
     * Drops package names from a Java type as written in source, so that it fits a table cell:
     * {@code java.util.Map<java.lang.String, com.example.Item>} becomes {@code Map<String, Item>}.
     * Packages are recognised by the Java convention of lower-case package and upper-case type names.
     */
    static String withoutPackages(String javaType) {
        return PACKAGE_PREFIX.matcher(javaType).replaceAll("");
    }

    /** Shows a nested property with its parent path dimmed, so the nesting reads at a glance. */
    private static String propertyName(PropertyRow row) {
        String path = row.displayPath();
        String name = row.property().name();
        String parent = path.substring(0, path.length() - name.length());
        String nest = parent.isEmpty() ? "" : "<span class=\"nest\">" + Html.escape(parent) + "</span>";
        return "<code>" + nest + Html.escape(name) + "</code>";
    }

    /** Renders an Action with its steps in plain words and its cross references. */
    String action(ActionDefinition action) {
        StringBuilder out = new StringBuilder();
        String anchor = Anchors.action(action.key());
        List<Phrase> stepPhrases = action.steps().stream().map(steps::describe).toList();
        String stepText = String.join(" ", stepPhrases.stream().map(Phrase::plainText).toList());
        openCard(out, "action", anchor, searchText(action.name(), action.key(), action.description(),
                String.join(" ", action.tags()), stepText));
        head(out, "action", anchor, Html.escape(action.name()));
        description(out, action.description());

        out.append("<p class=\"steps-title\">")
                .append(stepPhrases.size() == 1 ? "Matches" : "Matches any of")
                .append("</p>\n<ol class=\"steps\">\n");
        for (Phrase step : stepPhrases) {
            out.append("<li>").append(Html.phrase(step)).append("</li>\n");
        }
        out.append("</ol>\n");

        out.append("<dl class=\"facts\">\n");
        fact(out, "Events", Html.phrase(links.eventsOf(action)));
        fact(out, "Slack alerts", Html.phrase(links.alertsOn(action)));
        fact(out, "Key", "<code>" + Html.escape(action.key()) + "</code>");
        fact(out, "Tags", tags(action.tags()));
        fact(out, "Java type", action.javaType() == null ? "" : "<code>" + Html.escape(action.javaType()) + "</code>");
        out.append("</dl>\n</article>\n");
        return out.toString();
    }

    /** Renders a Slack alert: where it posts, as whom, when, on what, and the message. */
    String alert(DestinationDefinition alert) {
        StringBuilder out = new StringBuilder();
        String anchor = Anchors.alert(alert.key());
        openCard(out, "alert", anchor, searchText(alert.name(), alert.key(), alert.description(),
                alert.channel(), alert.botName(), alert.text()));
        head(out, "alert", anchor, Html.escape(alert.name()));
        description(out, alert.description());

        out.append("<dl class=\"facts\">\n");
        fact(out, "Channel", "<code>" + Html.escape(alert.channel()) + "</code>");
        fact(out, "Posts as", postsAs(alert));
        fact(out, "Fires", Html.escape(TriggerWords.describe(alert)));
        fact(out, "On events", Html.phrase(links.eventsTriggering(alert)));
        fact(out, "On Actions", Html.phrase(links.actionsTriggering(alert)));
        fact(out, "Key", "<code>" + Html.escape(alert.key()) + "</code>");
        out.append("</dl>\n");

        if (alert.text() != null && !alert.text().isEmpty()) {
            out.append("<p class=\"message-label\">Message</p>\n<pre class=\"message\">")
                    .append(Html.escape(alert.text())).append("</pre>\n");
        }
        out.append("</article>\n");
        return out.toString();
    }

    private static String postsAs(DestinationDefinition alert) {
        StringBuilder postsAs = new StringBuilder();
        if (alert.emoji() != null && !alert.emoji().isEmpty()) {
            postsAs.append("<code>").append(Html.escape(alert.emoji())).append("</code> ");
        }
        if (alert.botName() != null) {
            postsAs.append(Html.escape(alert.botName()));
        }
        return postsAs.toString();
    }

    private static void openCard(StringBuilder out, String kind, String anchor, String search) {
        out.append("<article class=\"card ").append(kind).append("\" id=\"").append(Html.escape(anchor))
                .append("\" data-search=\"").append(Html.escape(search)).append("\">\n");
    }

    private static void head(StringBuilder out, String kind, String anchor, String titleHtml) {
        out.append("<div class=\"card-head\"><h3>").append(titleHtml).append("</h3>")
                .append("<span class=\"kind\">").append(kind).append("</span>")
                .append("<a class=\"permalink\" href=\"#").append(Html.escape(anchor))
                .append("\" title=\"Link to this ").append(kind).append("\">#</a></div>\n");
    }

    private static void description(StringBuilder out, String description) {
        if (description.isBlank()) {
            out.append("<p class=\"description none\">No description.</p>\n");
        } else {
            out.append("<p class=\"description\">").append(Html.escape(description)).append("</p>\n");
        }
    }

    /** Adds a term and its value to a definition list, leaving out empty values. */
    private static void fact(StringBuilder out, String term, String valueHtml) {
        if (!valueHtml.isEmpty()) {
            out.append("<dt>").append(term).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }
    }

    private static String tags(List<String> tags) {
        StringBuilder out = new StringBuilder();
        for (String tag : tags) {
            out.append("<span class=\"tag\">").append(Html.escape(tag)).append("</span>");
        }
        return out.toString();
    }

    /** Joins the searchable texts of an item, lower-cased as the page's search compares them. */
    static String searchText(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                out.append(part).append(' ');
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }
}
