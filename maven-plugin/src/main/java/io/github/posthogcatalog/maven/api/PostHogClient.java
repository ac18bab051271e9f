package io.github.posthogcatalog.maven.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link PostHogApi} over {@link java.net.http.HttpClient}. One instance serves one project and
 * is safe to use from several threads at once. All clients of the same host and key in a JVM share
 * one rate limiter, because PostHog counts requests per personal API key.
 *
 * <p>{@code java.net.http} (seen with JDK 17) itself repeats a GET once when a connection drops before the response;
 * such a repeat is not counted by {@link #requestCount()}.
 *
 * <pre>{@code
 * PostHogClient client = PostHogClient.create(
 *         PostHogClientSettings.builder(URI.create("https://eu.posthog.com"), 12345, ApiKey.of(key))
 *                 .debugLog(getLog()::debug)
 *                 .build());
 * List<ObjectNode> actions = client.listActions();
 * }</pre>
 */
public final class PostHogClient implements PostHogApi {

    private static final String USER_AGENT =
            "posthog-catalog/" + version() + " (Java " + System.getProperty("java.version") + ")";

    private final PostHogClientSettings settings;
    private final RequestExecutor executor;
    private final PageWalker pages;
    private final JsonMapper mapper;
    private final String projectPath;

    private PostHogClient(PostHogClientSettings settings, RequestExecutor executor, JsonMapper mapper) {
        this.settings = settings;
        this.executor = executor;
        this.mapper = mapper;
        this.pages = new PageWalker(settings.host(), executor::execute);
        this.projectPath = "/api/projects/" + settings.projectId() + "/";
    }

    /** Creates a client with the rate limiter shared by every client of the same host and key. */
    public static PostHogClient create(PostHogClientSettings settings) {
        SlidingWindowRateLimiter limiter = SlidingWindowRateLimiter.shared(
                settings.host().toString(), settings.apiKey(), settings.requestsPerMinute(), settings.timeSource());
        return create(settings, limiter);
    }

    /** Creates a client with its own limiter, for tests that measure the limit in isolation. */
    public static PostHogClient create(PostHogClientSettings settings, SlidingWindowRateLimiter limiter) {
        Objects.requireNonNull(settings, "settings");
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // Redirects are not followed: the request carries the key, and a moved host should be configured.
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.proxySelector() != null) {
            http.proxy(settings.proxySelector());
        }
        // No Authenticator: java.net.http drops a request's own Authorization header whenever the client
        // has one, which would strip the API key. Proxy credentials go in Proxy-Authorization instead.
        // java.util.Random is thread-safe, and unlike RandomGenerator.getDefault() it needs no
        // service lookup, which fails inside a Maven plugin's class realm.
        RetryPolicy retryPolicy = new RetryPolicy(settings.maxRetries(), settings.initialBackoff(),
                settings.maxBackoff(), new Random());
        JsonMapper mapper = JsonMapper.builder().build();
        RequestExecutor executor = new RequestExecutor(http.build(), settings, limiter, retryPolicy, mapper, USER_AGENT);
        return new PostHogClient(settings, executor, mapper);
    }

    /** Returns the settings this client was built with. */
    public PostHogClientSettings settings() {
        return settings;
    }

    @Override
    public List<ObjectNode> listActions() {
        return pages.readAll(uri("actions/"), "the Actions of project " + settings.projectId());
    }

    @Override
    public ObjectNode getAction(long id) {
        return object(new ApiRequest("GET", uri("actions/" + id + "/"), null, "Action " + id));
    }

    @Override
    public ObjectNode createAction(ObjectNode body) {
        return object(new ApiRequest("POST", uri("actions/"), write(body), describe("Action", body, null)));
    }

    @Override
    public ObjectNode updateAction(long id, ObjectNode patch) {
        return object(new ApiRequest("PATCH", uri("actions/" + id + "/"), write(patch),
                describe("Action", patch, String.valueOf(id))));
    }

    @Override
    public List<ObjectNode> listDestinations() {
        return pages.readAll(uri("hog_functions/?type=destination&full=true"),
                "the destinations of project " + settings.projectId());
    }

    /** Reads one hog function; PostHog returns 404 for a soft-deleted one. */
    public ObjectNode getHogFunction(String id) {
        return object(new ApiRequest("GET", uri("hog_functions/" + segment(id) + "/"), null, "hog function " + id));
    }

    @Override
    public ObjectNode createHogFunction(ObjectNode body) {
        return object(new ApiRequest("POST", uri("hog_functions/"), write(body), describe("destination", body, null)));
    }

    @Override
    public ObjectNode updateHogFunction(String id, ObjectNode patch) {
        return object(new ApiRequest("PATCH", uri("hog_functions/" + segment(id) + "/"), write(patch),
                describe("destination", patch, id)));
    }

    /** Reads a hog function template, such as {@code template-slack}. */
    public ObjectNode getHogFunctionTemplate(String templateId) {
        return object(new ApiRequest("GET", uri("hog_function_templates/" + segment(templateId) + "/"), null,
                "hog function template '" + templateId + "'"));
    }

    /** Lists the integrations visible to the key; older PostHog versions list only GitHub ones for API keys. */
    public List<ObjectNode> listIntegrations() {
        return pages.readAll(uri("integrations/"), "the integrations of project " + settings.projectId());
    }

    @Override
    public ObjectNode getIntegration(long id) {
        return object(new ApiRequest("GET", uri("integrations/" + id + "/"), null, "integration " + id));
    }

    @Override
    public List<SlackChannel> listSlackChannels(long integrationId) {
        ApiRequest request = new ApiRequest("GET", uri("integrations/" + integrationId + "/channels/"), null,
                "the channels of Slack integration " + integrationId);
        JsonNode channels = executor.execute(request).path("channels");
        if (!channels.isArray()) {
            throw new PostHogApiException("PostHog responded to " + request.describe() + " without a 'channels' list.",
                    200, null, null, false, null);
        }
        List<SlackChannel> result = new ArrayList<>();
        for (JsonNode channel : channels) {
            result.add(new SlackChannel(channel.path("id").asString(""), channel.path("name").asString(""),
                    channel.path("is_private").asBoolean(false), channel.path("is_member").asBoolean(false)));
        }
        return result;
    }

    @Override
    public long requestCount() {
        return executor.requestCount();
    }

    private ObjectNode object(ApiRequest request) {
        JsonNode body = executor.execute(request);
        if (body instanceof ObjectNode object) {
            return object;
        }
        throw new PostHogApiException("PostHog responded to " + request.describe() + " for " + request.target()
                + " without a JSON object.", 200, null, null, request.isCreate(), null);
    }

    /**
     * Serialises a body, rejecting the two fields that change whose request it is: a project
     * {@code token} makes PostHog use that token's project instead of the one in the URL, and a
     * {@code personal_api_key} in the body would put the key where it can be logged.
     */
    private String write(ObjectNode body) {
        Objects.requireNonNull(body, "body");
        for (String forbidden : List.of("token", "personal_api_key")) {
            if (body.has(forbidden)) {
                throw new IllegalArgumentException("A request body to PostHog must not contain '" + forbidden + "'");
            }
        }
        return mapper.writeValueAsString(body);
    }

    private URI uri(String relative) {
        return URI.create(settings.host() + projectPath + relative);
    }

    private static String segment(String id) {
        return URLEncoder.encode(Objects.requireNonNull(id, "id"), StandardCharsets.UTF_8);
    }

    private static String describe(String kind, ObjectNode body, String id) {
        JsonNode name = body.get("name");
        if (name != null && name.isString()) {
            return kind + " '" + name.stringValue() + "'" + (id == null ? "" : " (id " + id + ")");
        }
        return id == null ? "a new " + kind : kind + " " + id;
    }

    private static String version() {
        String version = PostHogClient.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
