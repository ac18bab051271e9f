package io.github.posthogcatalog.maven.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local HTTP server that behaves like PostHog's private REST API for Actions, hog functions
 * (destinations), hog function templates and integrations, bound to 127.0.0.1. Tests and
 * benchmarks point a client at {@link #baseUri()} and use the {@link #DEFAULT_KEY} on project
 * {@link #DEFAULT_PROJECT}, which exist from the start.
 *
 * <pre>{@code
 * try (PostHogStandIn posthog = PostHogStandIn.start()) {
 *     posthog.faults().throttleNext(2);
 *     ... run the client against posthog.baseUri() ...
 *     assertThat(posthog.requests()).hasSize(3);
 * }
 * }</pre>
 *
 * <p>Other processes, such as Maven builds started by the invoker plugin, use the same features over
 * HTTP below {@code /_standin/} (see {@link ControlHandler}); {@link PostHogStandInMain} runs it as a
 * process of its own.
 */
public final class PostHogStandIn implements AutoCloseable {

    /** An obviously fake personal API key that the stand-in accepts with every scope. */
    public static final String DEFAULT_KEY = "phx_test_not_a_real_key";
    /** The project that exists from the start. */
    public static final long DEFAULT_PROJECT = 1;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();
    private final BurstThrottle throttle = new BurstThrottle(480, Duration.ofMinutes(1));
    private final JsonNode startConfig;
    private volatile StandInState state;
    private volatile ApiDispatcher dispatcher;
    private final ControlHandler control;

    private PostHogStandIn(HttpServer server, ExecutorService executor, JsonNode startConfig) {
        this.server = server;
        this.executor = executor;
        this.startConfig = startConfig;
        this.control = new ControlHandler(this);
        resetState();
    }

    /** Starts on a free port with the default project and key. */
    public static PostHogStandIn start() {
        return start(0, null);
    }

    /**
     * Starts on the given port (0 for a free one) and applies a configuration in the format of
     * {@link StandInConfig}, or none when null.
     */
    public static PostHogStandIn start(int port, JsonNode config) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "posthog-stand-in");
                thread.setDaemon(true);
                return thread;
            });
            PostHogStandIn standIn = new PostHogStandIn(server, executor, config);
            server.createContext("/", standIn::handle);
            server.setExecutor(executor);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the PostHog stand-in on port " + port, e);
        }
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns {@code http://127.0.0.1:<port>}, the value for {@code posthog.host}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Returns the faults to inject into the next API requests. */
    public Faults faults() {
        return faults;
    }

    /** Returns every API request answered so far, control requests excluded. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** Forgets the recorded requests. */
    public void clearRequests() {
        log.clear();
    }

    /** Sets the burst throttle per key (PostHog's is 480 per minute) and forgets the requests counted so far. */
    public PostHogStandIn rateLimit(int requests, Duration window) {
        throttle.configure(requests, window);
        return this;
    }

    /** Sets the default page size of paginated lists (PostHog's is 100). */
    public PostHogStandIn pageSize(int size) {
        synchronized (state) {
            state.pageSize = size;
        }
        return this;
    }

    /** Makes {@code next} and {@code previous} links relative ({@code /api/...}) instead of absolute. */
    public PostHogStandIn relativeNextLinks(boolean relative) {
        synchronized (state) {
            state.linkStyle = relative ? Paginator.LinkStyle.RELATIVE : Paginator.LinkStyle.ABSOLUTE;
        }
        return this;
    }

    /** Adds an empty project. */
    public PostHogStandIn addProject(long id) {
        state.project(id);
        return this;
    }

    /**
     * Adds or replaces a personal API key.
     *
     * @param scopes such as {@code action:read}, {@code hog_function:write} or {@code *}; none means a
     *     legacy key that may do anything
     * @param projects the projects the key is limited to; none means all
     */
    public PostHogStandIn addApiKey(String key, Set<String> scopes, Set<Long> projects) {
        synchronized (state) {
            state.keys.put(key, new StandInState.KeyGrant(key, Set.copyOf(scopes), Set.copyOf(projects)));
        }
        return this;
    }

    /** Adds or replaces a key with the given scopes for every project. */
    public PostHogStandIn addApiKey(String key, String... scopes) {
        return addApiKey(key, Set.of(scopes), Set.of());
    }

    /** Removes a key, so that it is rejected as revoked. */
    public PostHogStandIn removeApiKey(String key) {
        synchronized (state) {
            state.keys.remove(key);
        }
        return this;
    }

    /**
     * Stores an Action as if created through the API, with the same checks. The body may also set
     * {@code id} and {@code deleted}. Returns the stored Action.
     */
    public ObjectNode seedAction(long projectId, ObjectNode body) {
        synchronized (state) {
            Long id = body.has("id") ? body.get("id").asLong() : null;
            return dispatcher.actions().create(state.project(projectId), body, id).deepCopy();
        }
    }

    /**
     * Stores a hog function as if created through the API, with the same checks. The body may also
     * set {@code id} and {@code deleted}. Returns the stored function.
     */
    public ObjectNode seedHogFunction(long projectId, ObjectNode body) {
        synchronized (state) {
            String id = body.has("id") ? body.get("id").asString() : null;
            return dispatcher.hogFunctions().create(state.project(projectId), body, id).deepCopy();
        }
    }

    /**
     * Stores an integration, such as a Slack workspace, with its channels.
     *
     * @param channels objects {@code {id, name, is_private, is_member}}, see {@link #channel}
     */
    public ObjectNode addIntegration(long projectId, long id, String kind, String displayName, List<ObjectNode> channels) {
        ArrayNode array = Json.array();
        channels.forEach(array::add);
        synchronized (state) {
            return dispatcher.integrations().add(state.project(projectId), id, kind, displayName, null, array).deepCopy();
        }
    }

    /** Builds a Slack channel for {@link #addIntegration}. */
    public static ObjectNode channel(String id, String name, boolean isPrivate, boolean isMember) {
        ObjectNode channel = Json.object();
        channel.put("id", id);
        channel.put("name", name);
        channel.put("is_private", isPrivate);
        channel.put("is_member", isMember);
        return channel;
    }

    /** Applies a configuration in the {@link StandInConfig} format: keys, projects, objects, faults. */
    public void seed(JsonNode config) {
        StandInConfig.apply(this, config);
    }

    /** Returns copies of the project's stored Actions, soft-deleted ones included. */
    public List<ObjectNode> actions(long projectId) {
        synchronized (state) {
            return copies(state.project(projectId).actions.values());
        }
    }

    /** Returns copies of the project's stored hog functions, soft-deleted ones included, with {@code deleted}. */
    public List<ObjectNode> hogFunctions(long projectId) {
        synchronized (state) {
            return copies(state.project(projectId).hogFunctions.values());
        }
    }

    /** Returns every project's stored objects, for the control endpoint. */
    ObjectNode snapshot() {
        ObjectNode snapshot = Json.object();
        ArrayNode projects = snapshot.putArray("projects");
        synchronized (state) {
            for (ProjectState project : state.projects.values()) {
                ObjectNode entry = projects.addObject();
                entry.put("id", project.id);
                copies(project.actions.values()).forEach(entry.putArray("actions")::add);
                copies(project.hogFunctions.values()).forEach(entry.putArray("hog_functions")::add);
                copies(project.integrations.values()).forEach(entry.putArray("integrations")::add);
            }
        }
        return snapshot;
    }

    /** Forgets every object, key, fault and recorded request, and applies the start configuration again. */
    public void reset() {
        faults.clear();
        log.clear();
        resetState();
    }

    private void resetState() {
        StandInState fresh = new StandInState();
        fresh.project(DEFAULT_PROJECT);
        fresh.keys.put(DEFAULT_KEY, new StandInState.KeyGrant(DEFAULT_KEY, Set.of(), Set.of()));
        state = fresh;
        dispatcher = new ApiDispatcher(fresh, faults, throttle, log);
        if (startConfig != null) {
            StandInConfig.apply(this, startConfig);
        }
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            if (exchange.getRequestURI().getRawPath().startsWith(ControlHandler.PREFIX)) {
                control.handle(exchange);
            } else {
                dispatcher.handle(exchange);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or a handler failed unexpectedly; the exchange is closed either way.
            System.err.println("PostHog stand-in: " + e);
        }
    }

    private static List<ObjectNode> copies(Iterable<ObjectNode> objects) {
        List<ObjectNode> result = new ArrayList<>();
        objects.forEach(object -> result.add(object.deepCopy()));
        return result;
    }
}
