package io.github.posthogcatalog.maven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.maven.api.ApiKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    private static final Optional<ResolvedKey> KEY = Optional.of(new ResolvedKey(ApiKey.of("phx_test_not_a_real_key"), "a test"));

    private static RawSettings raw(String host, String projectId, String workspace) {
        return new RawSettings(host, projectId, workspace, 10, 30, 4);
    }

    @Test
    void validSettingsAreConverted() {
        PostHogSettings settings = SettingsValidator.validate(raw("https://eu.posthog.com/", "123", "45"), KEY, null);

        assertThat(settings.hostText()).isEqualTo("https://eu.posthog.com");
        assertThat(settings.projectId()).isEqualTo(123L);
        assertThat(settings.slackWorkspace()).isEqualTo(45L);
        assertThat(settings.requestTimeout().toSeconds()).isEqualTo(30);
    }

    @Test
    void projectIdRequiredWithKey() {
        assertThatThrownBy(() -> SettingsValidator.validate(raw("https://us.posthog.com", null, null), KEY, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<projectId>")
                .hasMessageContaining("-Dposthog.projectId")
                .hasMessageNotContaining("phx_test_not_a_real_key");
    }

    @Test
    void projectIdOptionalWithoutKey() {
        assertThat(SettingsValidator.validate(raw("https://us.posthog.com", null, null), Optional.empty(), null).projectId())
                .isNull();
    }

    @Test
    void nonNumericIdsNameTheProperty() {
        assertThatThrownBy(() -> SettingsValidator.validate(raw("https://us.posthog.com", "abc", null), KEY, null))
                .hasMessageContaining("posthog.projectId 'abc'");
        assertThatThrownBy(() -> SettingsValidator.validate(raw("https://us.posthog.com", "1", "-3"), KEY, null))
                .hasMessageContaining("-Dposthog.slack.workspace");
    }

    @Test
    void badHostsAreRejectedWithFix() {
        assertThatThrownBy(() -> SettingsValidator.validate(raw("us.posthog.com", "1", null), KEY, null))
                .hasMessageContaining("not an http or https URL")
                .hasMessageContaining("https://eu.posthog.com");
        assertThatThrownBy(() -> SettingsValidator.validate(raw("https://us.i.posthog.com", "1", null), KEY, null))
                .hasMessageContaining("ingestion host");
    }

    @Test
    void timeoutsAndParallelismAreBounded() {
        assertThatThrownBy(() -> SettingsValidator.validate(new RawSettings("https://us.posthog.com", "1", null, 0, 30, 4), KEY, null))
                .hasMessageContaining("-Dposthog.connectTimeoutSeconds");
        assertThatThrownBy(() -> SettingsValidator.validate(new RawSettings("https://us.posthog.com", "1", null, 1, 30, 99), KEY, null))
                .hasMessageContaining("-Dposthog.parallelism");
    }
}
