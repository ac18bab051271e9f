package io.github.posthogcatalog.processor.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ESPi: New Message       | espi-new-message",
        "  Sign-ups (weekly)  !  | sign-ups-weekly",
        "Café crème              | cafe-creme",
        "a__b..c                 | a-b-c",
        "!!!                     | ''",
        "日本                    | ''"})
    void slugOfName(String name, String slug) {
        assertThat(Keys.slug(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"espi-new-message", "a", "v2.checkout_clicked", "0-day"})
    void acceptsKeys(String key) {
        assertThat(Keys.isValid(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "Espi", "has space", "a/b"})
    void rejectsKeys(String key) {
        assertThat(Keys.isValid(key)).isFalse();
    }

    @Test
    void rejectsKeyLongerThanMax() {
        assertThat(Keys.isValid("a".repeat(Keys.MAX_LENGTH))).isTrue();
        assertThat(Keys.isValid("a".repeat(Keys.MAX_LENGTH + 1))).isFalse();
    }
}
