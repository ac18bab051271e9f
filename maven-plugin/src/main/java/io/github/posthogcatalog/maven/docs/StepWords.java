package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.PropertyFilter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Describes Action steps in plain words: "an autocaptured click on an element matching
 * {@code button[data-attr=login]} on a URL containing {@code /login}", "the event espi-message
 * where token_count is greater than 100". Events of the catalog become links to their entries.
 */
public final class StepWords {

    private final CatalogIndex index;

    /** Creates a describer that links event names declared in this catalog. */
    public StepWords(CatalogIndex index) {
        this.index = index;
    }

    /** Returns one step in plain words. */
    public Phrase describe(ActionStep step) {
        Phrase.Builder phrase = new Phrase.Builder();
        appendEvent(step.event(), phrase);
        appendElement(step, phrase);
        appendUrl(step, phrase);
        appendFilters(step.properties(), phrase);
        return phrase.build();
    }

    private void appendEvent(String event, Phrase.Builder phrase) {
        if (event == null) {
            phrase.text("any event");
            return;
        }
        switch (event) {
            case "$autocapture" -> phrase.text("an autocaptured click");
            case "$pageview" -> phrase.text("a page view");
            case "$pageleave" -> phrase.text("a page leave");
            case "$screen" -> phrase.text("a screen view");
            default -> {
                phrase.text("the event ");
                if (index.event(event).isPresent()) {
                    phrase.link(Anchors.event(event), event, true);
                } else {
                    phrase.code(event);
                }
            }
        }
    }

    private static void appendElement(ActionStep step, Phrase.Builder phrase) {
        if (step.tagName() != null || step.selector() != null || step.text() != null || step.href() != null) {
            phrase.text(" on an element");
        }
        if (step.tagName() != null) {
            phrase.text(" with tag ").code(step.tagName());
        }
        if (step.selector() != null) {
            phrase.text(" matching ").code(step.selector());
        }
        if (step.text() != null) {
            appendMatch(" with the text ", " with text containing ", " with text matching the regular expression ",
                    step.textMatching(), "exact", step.text(), phrase);
        }
        if (step.href() != null) {
            appendMatch(" linking to ", " linking to a URL containing ",
                    " linking to a URL matching the regular expression ",
                    step.hrefMatching(), "exact", step.href(), phrase);
        }
    }

    private static void appendUrl(ActionStep step, Phrase.Builder phrase) {
        if (step.url() != null) {
            // PostHog fills in "contains" when url_matching is null.
            appendMatch(" on the URL ", " on a URL containing ", " on a URL matching the regular expression ",
                    step.urlMatching(), "contains", step.url(), phrase);
        }
    }

    /** Appends a text, href or URL match in the words of its matching mode. */
    private static void appendMatch(String exactWords, String containsWords, String regexWords,
            String matching, String defaultMatching, String value, Phrase.Builder phrase) {
        String mode = matching == null ? defaultMatching : matching;
        switch (mode) {
            case "exact" -> phrase.text(exactWords);
            case "contains" -> phrase.text(containsWords);
            case "regex" -> phrase.text(regexWords);
            default -> phrase.text(exactWords.stripTrailing() + " (matching ").code(mode).text(") ");
        }
        phrase.code(value);
    }

    private static void appendFilters(List<PropertyFilter> filters, Phrase.Builder phrase) {
        for (int i = 0; i < filters.size(); i++) {
            phrase.text(i == 0 ? " where " : " and ");
            phrase.append(describe(filters.get(i)));
        }
    }

    /** Returns one property filter in plain words, such as "token_count is greater than 100". */
    public static Phrase describe(PropertyFilter filter) {
        Phrase.Builder phrase = new Phrase.Builder();
        if ("person".equals(filter.type())) {
            phrase.text("the person's ");
        }
        phrase.code(filter.key());
        switch (filter.operator()) {
            case "exact" -> appendValues(" is ", " is one of ", filter.value(), phrase);
            case "is_not" -> appendValues(" is not ", " is none of ", filter.value(), phrase);
            case "is_set" -> phrase.text(" is set");
            case "is_not_set" -> phrase.text(" is not set");
            case "icontains" -> appendValues(" contains ", " contains any of ", filter.value(), phrase)
                    .text(" (ignoring case)");
            case "not_icontains" -> appendValues(" does not contain ", " contains none of ", filter.value(), phrase)
                    .text(" (ignoring case)");
            case "regex" -> appendValues(" matches the regular expression ", " matches any of ", filter.value(), phrase);
            case "not_regex" -> appendValues(" does not match the regular expression ", " matches none of ",
                    filter.value(), phrase);
            case "gt" -> appendValues(" is greater than ", " is greater than ", filter.value(), phrase);
            case "gte" -> appendValues(" is at least ", " is at least ", filter.value(), phrase);
            case "lt" -> appendValues(" is less than ", " is less than ", filter.value(), phrase);
            case "lte" -> appendValues(" is at most ", " is at most ", filter.value(), phrase);
            default -> appendValues(" " + filter.operator() + " ", " " + filter.operator() + " ", filter.value(), phrase);
        }
        return phrase.build();
    }

    /** Appends a filter value, or several as a comma-separated list when the value is an array. */
    private static Phrase.Builder appendValues(String oneWords, String manyWords, JsonNode value, Phrase.Builder phrase) {
        List<String> values = valuesOf(value);
        phrase.text(values.size() > 1 ? manyWords : oneWords);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                phrase.text(i == values.size() - 1 ? " or " : ", ");
            }
            phrase.code(values.get(i));
        }
        return phrase;
    }

    private static List<String> valuesOf(JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            values.add("null");
        } else if (value.isArray()) {
            value.values().forEach(element -> values.add(textOf(element)));
        } else {
            values.add(textOf(value));
        }
        return values;
    }

    private static String textOf(JsonNode value) {
        return value.isString() ? value.stringValue() : value.toString();
    }
}
