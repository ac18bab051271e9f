package io.github.posthogcatalog.processor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"#ops-production", "#alerts_2", "#a", "C0123ABC", "G01ABCDEF", "D0ABCDEFG"})
    void acceptsChannelNamesAndIds(String channel) {
        assertThat(SlackNames.isChannel(channel)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops-production", "#Ops", "#has space", "#", "c0123abc", "C01", "@user", ""})
    void rejectsOtherChannels(String channel) {
        assertThat(SlackNames.isChannel(channel)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {":hedgehog:", ":speech_balloon:", ":+1:", ":party-parrot:"})
    void acceptsEmojiCodes(String emoji) {
        assertThat(SlackNames.isEmoji(emoji)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hedgehog", ":hedgehog", "🦔", "::", ":Hedgehog:", ""})
    void rejectsOtherEmoji(String emoji) {
        assertThat(SlackNames.isEmoji(emoji)).isFalse();
    }
}
