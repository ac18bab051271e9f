package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.DestinationFilters;
import io.github.posthogcatalog.catalog.Masking;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerWordsTest {

    private static DestinationDefinition alert(Masking masking) {
        return new DestinationDefinition("k", "n", "", "#c", "bot", ":x:", "hi", null,
                new DestinationFilters(List.of("e"), List.of()), null, masking);
    }

    @Test
    void noMaskingFiresEveryTime() {
        assertThat(TriggerWords.describe(alert(null))).isEqualTo("every time");
    }

    @Test
    void maskingHashesInPlainWords() {
        assertThat(TriggerWords.describe(alert(new Masking(86_400, "{person.id}", null))))
                .isEqualTo("once per person per 24 hours");
        assertThat(TriggerWords.describe(alert(new Masking(3600, "all", null)))).isEqualTo("once per hour");
        assertThat(TriggerWords.describe(alert(new Masking(1800, "{concat(person.id, event.event)}", null))))
                .isEqualTo("once per person and event per 30 minutes");
        assertThat(TriggerWords.describe(alert(new Masking(300, "{person.properties.email}", null))))
                .isEqualTo("once per value of {person.properties.email} per 5 minutes");
    }

    @Test
    void thresholdLiftsTheMaskEarly() {
        assertThat(TriggerWords.describe(alert(new Masking(60, "all", 10_000))))
                .isEqualTo("once per minute, or again after 10,000 events");
    }

    @Test
    void intervalsUseTheLargestWholeUnit() {
        assertThat(TriggerWords.interval(7200)).isEqualTo("2 hours");
        assertThat(TriggerWords.interval(90)).isEqualTo("90 seconds");
        assertThat(TriggerWords.interval(60)).isEqualTo("minute");
    }
}
