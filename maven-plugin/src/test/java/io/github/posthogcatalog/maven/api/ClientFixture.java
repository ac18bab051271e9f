package io.github.posthogcatalog.maven.api;

import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds clients against a stand-in with a fake clock and a captured debug log. */
final class ClientFixture {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    final FakeTimeSource time = new FakeTimeSource();
    final List<String> debugLines = new CopyOnWriteArrayList<>();

    PostHogClientSettings.Builder settings(URI host, long projectId, String key) {
        return PostHogClientSettings.builder(host, projectId, ApiKey.of(key))
                .timeSource(time)
                .debugLog(debugLines::add);
    }

    PostHogClient client(PostHogStandIn posthog) {
        return PostHogClient.create(settings(posthog.baseUri(), PostHogStandIn.DEFAULT_PROJECT, PostHogStandIn.DEFAULT_KEY).build());
    }

    static ObjectNode object(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }
}
