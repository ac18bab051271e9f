package io.github.posthogcatalog.processor.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsClosestName() {
        assertThat(Suggestions.didYouMean("$pageveiw", List.of("$pageleave", "$pageview")))
                .isEqualTo("; did you mean \"$pageview\"?");
    }

    @Test
    void ignoresCase() {
        assertThat(Suggestions.didYouMean("ESPI-MESSAGE", List.of("espi-message"))).contains("espi-message");
    }

    @Test
    void suggestsNothingWhenFar() {
        assertThat(Suggestions.didYouMean("checkout", List.of("$pageview", "espi-message"))).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
