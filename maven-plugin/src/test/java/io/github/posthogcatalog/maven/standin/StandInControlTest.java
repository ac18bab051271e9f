package io.github.posthogcatalog.maven.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class StandInControlTest {

    private static final String ACTIONS = "/api/projects/1/actions/";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final StandInHttp http = new StandInHttp(posthog.baseUri());

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void requestsAreReadableAsJson() {
        http.post(ACTIONS, "{\"name\": \"A\"}");

        StandInHttp.Reply reply = http.send("GET", "/_standin/requests", null, null, null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode request = reply.json().get(0);
        assertThat(reply.json()).hasSize(1);
        assertThat(request.get("method").asString()).isEqualTo("POST");
        assertThat(request.get("status").asInt()).isEqualTo(201);
        assertThat(request.get("headers").get("authorization").get(0).asString()).isEqualTo("Bearer [redacted]");
        assertThat(reply.body()).doesNotContain(PostHogStandIn.DEFAULT_KEY);
    }

    @Test
    void controlRequestsAreNotRecordedOrFaulted() {
        posthog.faults().failNext(1, 500);

        StandInHttp.Reply health = http.send("GET", "/_standin/health", null, null, null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("port").asInt()).isEqualTo(posthog.port());
        assertThat(posthog.requests()).isEmpty();
        assertThat(http.get(ACTIONS).status()).isEqualTo(500);
    }

    @Test
    void faultsAndSeedOverHttp() {
        http.send("POST", "/_standin/seed", """
                {"apiKeys": [{"key": "phx_test_reader", "scopes": ["action:read"]}],
                 "projects": [{"id": 1, "actions": [{"id": 50, "name": "Seeded"}]}]}""", null, "application/json");
        http.send("POST", "/_standin/faults", "{\"throttle\": 1}", null, "application/json");

        StandInHttp.Reply throttled = http.send("GET", ACTIONS + "50/", null, "phx_test_reader", null);
        StandInHttp.Reply seeded = http.send("GET", ACTIONS + "50/", null, "phx_test_reader", null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(seeded.status()).isEqualTo(200);
        assertThat(seeded.json().get("name").asString()).isEqualTo("Seeded");
    }

    @Test
    void seedRevokesDefaultKey() {
        http.send("POST", "/_standin/seed", """
                {"apiKeys": [{"key": "phx_test_only_key"}], "revokedKeys": ["phx_test_not_a_real_key"]}""",
                null, "application/json");

        StandInHttp.Reply revoked = http.send("GET", ACTIONS, null, PostHogStandIn.DEFAULT_KEY, null);
        StandInHttp.Reply allowed = http.send("GET", ACTIONS, null, "phx_test_only_key", null);

        assertThat(revoked.status()).isEqualTo(401);
        assertThat(allowed.status()).isEqualTo(200);
    }

    @Test
    void stateAndResetOverHttp() {
        http.post(ACTIONS, "{\"name\": \"A\"}");

        JsonNode state = http.send("GET", "/_standin/state", null, null, null).json();
        StandInHttp.Reply reset = http.send("POST", "/_standin/reset", null, null, null);

        assertThat(state.get("projects").get(0).get("actions")).hasSize(1);
        assertThat(reset.status()).isEqualTo(204);
        assertThat(posthog.actions(1)).isEmpty();
        assertThat(posthog.requests()).isEmpty();
    }

    @Test
    void unknownControlPathIsNotFound() {
        assertThat(http.send("GET", "/_standin/nope", null, null, null).status()).isEqualTo(404);
    }

    @Test
    void mainWritesPortFileAndServesConfig(@TempDir Path directory) throws Exception {
        Path config = directory.resolve("config.json");
        Files.writeString(config, """
                {"projects": [{"id": 5, "actions": [{"name": "From config"}]}]}""", StandardCharsets.UTF_8);
        Path portFile = directory.resolve("port");
        Path output = directory.resolve("output.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PostHogStandInMain.class.getName(), "--port-file", portFile.toString(), "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            int port = awaitPort(portFile);
            StandInHttp remote = new StandInHttp(URI.create("http://127.0.0.1:" + port));

            JsonNode actions = remote.get("/api/projects/5/actions/").json();

            assertThat(actions.get("results")).extracting(action -> action.get("name").asString())
                    .isEqualTo(List.of("From config"));
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(output)).contains("PostHog stand-in listening on http://127.0.0.1:");
    }

    private static int awaitPort(Path portFile) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(portFile)) {
            assertThat(System.nanoTime()).as("the stand-in wrote its port within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
        return Integer.parseInt(Files.readString(portFile).strip());
    }
}
