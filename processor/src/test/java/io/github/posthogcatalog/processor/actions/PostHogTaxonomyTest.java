package io.github.posthogcatalog.processor.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostHogTaxonomyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "$pageview", "$pageleave", "$autocapture", "$screen", "$identify", "$rageclick",
        "$create_alias", "$merge_dangerously", "$groupidentify", "$set", "$feature_flag_called",
        "$exception", "$web_vitals", "$dead_click", "survey sent", "Application opened"})
    void knowsPostHogEvents(String event) {
        assertThat(PostHogTaxonomy.isPostHogEvent(event)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$pageveiw", "pageview", "$PAGEVIEW", "$custom", "espi-message", ""})
    void rejectsOtherEvents(String event) {
        assertThat(PostHogTaxonomy.isPostHogEvent(event)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$current_url", "$pathname", "$host", "$browser", "$os", "$referrer", "$screen_name",
        "$event_type", "$el_text", "$feature_flag", "$exception_types"})
    void knowsPostHogProperties(String property) {
        assertThat(PostHogTaxonomy.isPostHogProperty(property)).isTrue();
    }

    @Test
    void rejectsUndeclaredProperty() {
        assertThat(PostHogTaxonomy.isPostHogProperty("$made_up")).isFalse();
        assertThat(PostHogTaxonomy.isPostHogProperty("current_url")).isFalse();
    }

    @Test
    void eventsStartWithDollarOrAreKnownExceptions() {
        assertThat(PostHogTaxonomy.events())
                .filteredOn(event -> !event.startsWith("$"))
                .allMatch(event -> event.startsWith("survey ") || Character.isUpperCase(event.charAt(0)));
    }
}
