package io.github.posthogcatalog.maven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import io.github.posthogcatalog.maven.standin.RecordedRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostHogClientSettingsTest {

    private static final ApiKey KEY = ApiKey.of(PostHogStandIn.DEFAULT_KEY);

    @Test
    void trailingSlashIsDropped() {
        PostHogClientSettings settings = PostHogClientSettings.builder(URI.create("https://eu.posthog.com/"), 5, KEY).build();

        assertThat(settings.host()).isEqualTo(URI.create("https://eu.posthog.com"));
        assertThat(settings.requestsPerMinute()).isEqualTo(PostHogClientSettings.DEFAULT_REQUESTS_PER_MINUTE);
        assertThat(settings.requestsPerMinute()).isLessThan(480);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> PostHogClientSettings.builder(URI.create("https://us.posthog.com"), 0, KEY).build())
                .hasMessageContaining("posthog.projectId");
        assertThatThrownBy(() -> PostHogClientSettings.builder(URI.create("us.posthog.com"), 1, KEY).build())
                .hasMessageContaining("posthog.host");
        assertThatThrownBy(() -> PostHogClientSettings.builder(URI.create("https://us.posthog.com?x=1"), 1, KEY).build())
                .hasMessageContaining("posthog.host");
        assertThatThrownBy(() -> PostHogClientSettings.builder(URI.create("https://us.posthog.com"), 1, KEY)
                .requestsPerMinute(0).build()).hasMessageContaining("requestsPerMinute");
        assertThatThrownBy(() -> PostHogClientSettings.builder(URI.create("https://us.posthog.com"), 1, KEY)
                .maxRetries(-1).build()).hasMessageContaining("maxRetries");
    }

    @Test
    void hostPathPrefixIsKept() {
        try (PostHogStandIn posthog = PostHogStandIn.start()) {
            PostHogClient client = new ClientFixture().client(posthog);
            PostHogClient prefixed = PostHogClient.create(new ClientFixture()
                    .settings(URI.create(posthog.baseUri() + "/posthog/"), 1, PostHogStandIn.DEFAULT_KEY).build());

            client.listActions();
            assertThatThrownBy(prefixed::listActions).isInstanceOf(PostHogApiException.class);

            assertThat(posthog.requests()).extracting(RecordedRequest::path)
                    .containsExactly("/api/projects/1/actions/", "/posthog/api/projects/1/actions/");
        }
    }

    @Test
    void proxySelectorIsUsed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (PostHogStandIn posthog = PostHogStandIn.start()) {
            ProxySelector viaStandIn = new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", posthog.port())));
                }

                @Override
                public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
            };
            // The host's own port is closed, so the request can only succeed through the proxy.
            PostHogClient client = PostHogClient.create(new ClientFixture()
                    .settings(URI.create("http://127.0.0.1:" + closedPort), 1, PostHogStandIn.DEFAULT_KEY)
                    .proxy(viaStandIn, null).build());

            assertThat(client.listActions()).isEmpty();
            assertThat(posthog.requests()).singleElement()
                    .satisfies(request -> assertThat(request.path()).isEqualTo("/api/projects/1/actions/"));
        }
    }
}
