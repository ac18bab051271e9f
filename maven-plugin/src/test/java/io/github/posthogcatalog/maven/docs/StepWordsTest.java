package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.PropertyFilter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class StepWordsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StepWords words = new StepWords(new CatalogIndex(DocsFixtures.platformOps()));

    private static ActionStep step(String event, List<PropertyFilter> filters) {
        return new ActionStep(event, filters, null, null, null, null, null, null, null, null);
    }

    private static PropertyFilter filter(String key, JsonNode value, String operator) {
        return new PropertyFilter(key, value, operator, "event");
    }

    @Test
    void autocaptureClickWithSelectorAndUrl() {
        ActionStep click = new ActionStep("$autocapture", List.of(), "button[data-attr=login]", null,
                null, null, null, null, "/login", "contains");

        assertThat(words.describe(click).plainText()).isEqualTo(
                "an autocaptured click on an element matching button[data-attr=login] on a URL containing /login");
        assertThat(words.describe(click).parts()).contains(new Phrase.Code("button[data-attr=login]"));
    }

    @Test
    void catalogEventWithComparison() {
        ActionStep message = step("espi-message", List.of(filter("token_count", NODES.numberNode(100), "gt")));

        Phrase phrase = words.describe(message);

        assertThat(phrase.plainText()).isEqualTo("the event espi-message where token_count is greater than 100");
        assertThat(phrase.parts()).contains(new Phrase.Link("event-espi-message", "espi-message", true));
    }

    @Test
    void unknownEventIsCodeWithoutLink() {
        Phrase phrase = words.describe(step("signed_up_elsewhere", List.of()));

        assertThat(phrase.plainText()).isEqualTo("the event signed_up_elsewhere");
        assertThat(phrase.parts()).noneMatch(part -> part instanceof Phrase.Link);
    }

    @Test
    void builtInEventsInPlainWords() {
        assertThat(words.describe(step("$pageview", List.of())).plainText()).isEqualTo("a page view");
        assertThat(words.describe(step("$screen", List.of())).plainText()).isEqualTo("a screen view");
        assertThat(words.describe(step(null, List.of())).plainText()).isEqualTo("any event");
    }

    @Test
    void urlMatchingModes() {
        ActionStep exact = new ActionStep("$pageview", List.of(), null, null, null, null, null, null, "https://x/a", "exact");
        ActionStep regex = new ActionStep("$pageview", List.of(), null, null, null, null, null, null, "^/t/\\d+$", "regex");
        ActionStep unset = new ActionStep("$pageview", List.of(), null, null, null, null, null, null, "/pricing", null);

        assertThat(words.describe(exact).plainText()).isEqualTo("a page view on the URL https://x/a");
        assertThat(words.describe(regex).plainText())
                .isEqualTo("a page view on a URL matching the regular expression ^/t/\\d+$");
        assertThat(words.describe(unset).plainText()).isEqualTo("a page view on a URL containing /pricing");
    }

    @Test
    void elementTagTextAndHref() {
        ActionStep link = new ActionStep("$autocapture", List.of(), null, "a", "Pricing", null, "/pricing", "contains",
                null, null);

        assertThat(words.describe(link).plainText()).isEqualTo(
                "an autocaptured click on an element with tag a with the text Pricing linking to a URL containing /pricing");
    }

    @Test
    void filterOperatorsInPlainWords() {
        assertThat(StepWords.describe(filter("plan", NODES.stringNode("pro"), "exact")).plainText())
                .isEqualTo("plan is pro");
        assertThat(StepWords.describe(filter("plan", array("pro", "team", "scale"), "exact")).plainText())
                .isEqualTo("plan is one of pro, team or scale");
        assertThat(StepWords.describe(filter("plan", NODES.stringNode("free"), "is_not")).plainText())
                .isEqualTo("plan is not free");
        assertThat(StepWords.describe(filter("plan", null, "is_set")).plainText()).isEqualTo("plan is set");
        assertThat(StepWords.describe(filter("plan", null, "is_not_set")).plainText()).isEqualTo("plan is not set");
        assertThat(StepWords.describe(filter("q", NODES.stringNode("ai"), "icontains")).plainText())
                .isEqualTo("q contains ai (ignoring case)");
        assertThat(StepWords.describe(filter("n", NODES.numberNode(5), "lte")).plainText()).isEqualTo("n is at most 5");
        assertThat(StepWords.describe(filter("n", NODES.numberNode(5), "gte")).plainText()).isEqualTo("n is at least 5");
        assertThat(StepWords.describe(filter("n", NODES.numberNode(5), "lt")).plainText()).isEqualTo("n is less than 5");
        assertThat(StepWords.describe(new PropertyFilter("email", NODES.stringNode("@x.io"), "icontains", "person"))
                .plainText()).isEqualTo("the person's email contains @x.io (ignoring case)");
        assertThat(StepWords.describe(filter("n", NODES.numberNode(5), "between")).plainText()).isEqualTo("n between 5");
    }

    @Test
    void severalFiltersJoinedWithAnd() {
        ActionStep both = step("espi-message", List.of(
                filter("token_count", NODES.numberNode(100), "gt"), filter("model", null, "is_set")));

        assertThat(words.describe(both).plainText())
                .isEqualTo("the event espi-message where token_count is greater than 100 and model is set");
    }

    @Test
    void fixtureActionsReadAsExpected() {
        Catalog catalog = DocsFixtures.platformOps();
        assertThat(catalog.actions()).hasSize(5);
        assertThat(words.describe(catalog.actions().get(4).steps().get(0)).plainText())
                .isEqualTo("the event user-task-created where priority is one of high or urgent");
    }

    private static JsonNode array(String... values) {
        var array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
