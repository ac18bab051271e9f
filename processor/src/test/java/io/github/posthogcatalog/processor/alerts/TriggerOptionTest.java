package io.github.posthogcatalog.processor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.catalog.Masking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerOptionTest {

    @Test
    void everyTimeHasNoMasking() {
        assertThat(TriggerOption.forMode("EVERY_TIME").masking(1800, 0)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ONCE_PER_INTERVAL         | all                               | once-per-interval",
        "ONCE_PER_PERSON           | {person.id}                       | once-per-person",
        "ONCE_PER_PERSON_AND_EVENT | {concat(person.id, event.event)}  | once-per-person-and-event"})
    void mapsModeToHashAndName(String mode, String hash, String catalogName) {
        TriggerOption option = TriggerOption.forMode(mode);

        assertThat(option.masking(86_400, 0)).isEqualTo(new Masking(86_400, hash, null));
        assertThat(option.catalogName()).isEqualTo(catalogName);
    }

    @Test
    void everyTimeCatalogName() {
        assertThat(TriggerOption.EVERY_TIME.catalogName()).isEqualTo("every-time");
    }

    @Test
    void thresholdIsKeptWhenSet() {
        assertThat(TriggerOption.ONCE_PER_PERSON.masking(60, 1000))
                .isEqualTo(new Masking(60, "{person.id}", 1000));
    }

    @Test
    void rejectsIntervalOutsideRange() {
        assertThatThrownBy(() -> TriggerOption.ONCE_PER_PERSON.masking(59, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("59");
        assertThatThrownBy(() -> TriggerOption.ONCE_PER_PERSON.masking(86_401, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("86401");
    }

    @Test
    void rejectsNegativeThreshold() {
        assertThatThrownBy(() -> TriggerOption.ONCE_PER_INTERVAL.masking(60, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
