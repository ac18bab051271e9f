package io.github.posthogcatalog.maven.config;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(resolver.resolve("posthog")).get().extracting(ApiKey::secret).isEqualTo(FAKE + "_user");
    }

    @Test
    void environmentBeforeSettingsServer() {
        ApiKeyResolver resolver = new ApiKeyResolver(props(null), props(" "),
                Map.of("POSTHOG_PERSONAL_API_KEY", FAKE), id -> Optional.of("other"));

        ApiKey key = resolver.resolve("posthog").orElseThrow();
        assertThat(key.secret()).isEqualTo(FAKE);
        assertThat(key.source()).contains("POSTHOG_PERSONAL_API_KEY");
    }

    @Test
    void settingsServerById() {
        ApiKeyResolver resolver = new ApiKeyResolver(props(null), props(null), Map.of(),
                id -> id.equals("ph-prod") ? Optional.of(FAKE) : Optional.empty());

        assertThat(resolver.resolve("ph-prod")).get().extracting(ApiKey::source).asString().contains("'ph-prod'");
        assertThat(resolver.resolve("posthog")).isEmpty();
    }

    @Test
    void toStringNeverShowsKey() {
        ApiKey key = new ApiKey(FAKE, "the -Dposthog.apiKey property");

        assertThat(key.toString()).doesNotContain(FAKE).contains("-Dposthog.apiKey");
    }
}
