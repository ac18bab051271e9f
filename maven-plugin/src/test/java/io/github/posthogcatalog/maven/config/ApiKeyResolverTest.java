package io.github.posthogcatalog.maven.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.maven.api.ApiKey;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ApiKeyResolverTest {

    private static final String FAKE = "phx_test_not_a_real_key";

    private static Properties props(String value) {
        Properties properties = new Properties();
        if (value != null) {
            properties.setProperty("posthog.apiKey", value);
        }
        return properties;
    }

    @Test
    void userPropertyWinsOverEverything() {
        ApiKeyResolver resolver = new ApiKeyResolver(props(FAKE + "_user"), props(FAKE + "_system"),
                Map.of("POSTHOG_PERSONAL_API_KEY", FAKE + "_env"), id -> Optional.of(FAKE + "_server"));

        assertThat(resolver.resolve("posthog")).get().extracting(ResolvedKey::source).asString().contains("-Dposthog.apiKey");
    }

    @Test
    void environmentBeforeSettingsServer() {
        ApiKeyResolver resolver = new ApiKeyResolver(props(null), props(" "),
                Map.of("POSTHOG_PERSONAL_API_KEY", FAKE), id -> Optional.of("other"));

        ResolvedKey key = resolver.resolve("posthog").orElseThrow();
        assertThat(key.source()).contains("POSTHOG_PERSONAL_API_KEY");
        assertThat(key.key()).isEqualTo(ApiKey.of(FAKE));
    }

    @Test
    void settingsServerById() {
        ApiKeyResolver resolver = new ApiKeyResolver(props(null), props(null), Map.of(),
                id -> id.equals("ph-prod") ? Optional.of(FAKE) : Optional.empty());

        assertThat(resolver.resolve("ph-prod")).get().extracting(ResolvedKey::source).asString().contains("'ph-prod'");
        assertThat(resolver.resolve("posthog")).isEmpty();
    }

    @Test
    void toStringNeverShowsKey() {
        ResolvedKey key = new ResolvedKey(ApiKey.of(FAKE), "the -Dposthog.apiKey property");

        assertThat(key.toString()).doesNotContain(FAKE).contains("-Dposthog.apiKey");
    }
}
