package io.github.posthogcatalog.maven.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers one PostHog API request in the order Django REST framework checks it: route,
 * authentication (401), project (404), key's project and scope permissions (403), burst throttle
 * (429), then the view. Injected faults come first, before anything is applied.
 */
final class ApiDispatcher {

    private static final Set<String> RESOURCES = Set.of("actions", "hog_functions", "hog_function_templates", "integrations");
    /** The routes that PostHog also registers under {@code /api/environments/}. */
    private static final Set<String> ENVIRONMENT_RESOURCES = Set.of("hog_functions", "integrations");

    private final StandInState state;
    private final Faults faults;
    private final BurstThrottle throttle;
    private final RequestLog log;
    private final ActionResource actions;
    private final HogFunctionResource hogFunctions;
    private final TemplateResource templates;
    private final IntegrationResource integrations;

    ApiDispatcher(StandInState state, Faults faults, BurstThrottle throttle, RequestLog log) {
        this.state = state;
        this.faults = faults;
        this.throttle = throttle;
        this.log = log;
        this.actions = new ActionResource(state);
        this.hogFunctions = new HogFunctionResource(state);
        this.templates = new TemplateResource(state);
        this.integrations = new IntegrationResource(state);
    }

    ActionResource actions() {
        return actions;
    }

    HogFunctionResource hogFunctions() {
        return hogFunctions;
    }

    IntegrationResource integrations() {
        return integrations;
    }

    void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        Exchange reply = new Exchange(exchange, method, path, query, body, log);

        pause(faults.latency());
        if (injectFault(reply)) {
            return;
        }
        Faults.WriteFailure writeFailure = isWrite(method) ? faults.countWrite() : null;

        Reply answer;
        try {
            answer = Reply.of(route(exchange, method, path, query, body));
        } catch (ApiError error) {
            answer = Reply.error(error);
        } catch (RuntimeException unexpected) {
            // A defect of the stand-in: answer 500 so that the test shows it instead of a reset.
            unexpected.printStackTrace();
            answer = Reply.error(ApiError.of(500, "server_error", "error", "Stand-in failure: " + unexpected, null));
        }

        if (writeFailure == Faults.WriteFailure.RESET_AFTER_APPLY) {
            reply.reset("reset after apply");
        } else if (writeFailure == Faults.WriteFailure.ERROR_AFTER_APPLY) {
            reply.sendError(ApiError.of(500, "server_error", "error", "A server error occurred.", null), "error after apply");
        } else {
            answer.sendTo(reply);
        }
    }

    private boolean injectFault(Exchange reply) throws IOException {
        Faults.CannedResponse canned = faults.takeCanned(reply.method(), reply.path(), reply.query());
        if (canned != null) {
            reply.sendRaw(canned.status(), canned.body(), "canned");
            return true;
        }
        Faults.QueuedFault fault = faults.takeQueued();
        if (fault == null) {
            return false;
        }
        switch (fault.kind()) {
            case "throttle" -> {
                if (fault.retryAfter() != null) {
                    reply.header("Retry-After", fault.retryAfter());
                }
                reply.sendError(throttled(1), "throttle");
            }
            case "error" -> reply.sendError(ApiError.of(fault.status(), "server_error", "error",
                    "A server error occurred.", null), "error " + fault.status());
            case "reset" -> reply.reset("reset");
            default -> reply.sendRaw(200, "{\"count\": 3, \"results\": [{\"id\": ", "malformed");
        }
        return true;
    }

    private Response route(HttpExchange exchange, String method, String path, String query, String body) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
        segments.removeIf(String::isEmpty);
        if (segments.size() < 4 || segments.size() > 6 || !segments.get(0).equals("api")
                || !RESOURCES.contains(segments.get(3))
                || !(segments.get(1).equals("projects")
                        || (segments.get(1).equals("environments") && ENVIRONMENT_RESOURCES.contains(segments.get(3))))) {
            throw ApiError.notFound();
        }
        String resource = segments.get(3);

        StandInState.KeyGrant grant = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        ProjectState project;
        synchronized (state) {
            project = existingProject(segments.get(2));
            Permissions.check(grant, project.id, resource, method);
        }
        long wait = throttle.check(grant.key());
        if (wait > 0) {
            throw throttled(wait);
        }

        ApiCall call = new ApiCall(method, path, query, segments.size() > 4 ? segments.get(4) : null,
                segments.size() > 5 ? segments.get(5) : null, parseBody(exchange, method, body),
                "http://" + exchange.getRequestHeaders().getFirst("Host"));
        synchronized (state) {
            return switch (resource) {
                case "actions" -> actions.handle(call, project);
                case "hog_functions" -> hogFunctions.handle(call, project);
                case "hog_function_templates" -> templates.handle(call);
                default -> integrations.handle(call, project);
            };
        }
    }

    private StandInState.KeyGrant authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.of(401, "authentication_error", "not_authenticated",
                    "Authentication credentials were not provided.", null);
        }
        String key = authorization.substring(7).strip();
        StandInState.KeyGrant grant;
        synchronized (state) {
            grant = state.keys.get(key);
        }
        if (grant == null) {
            throw ApiError.of(401, "authentication_error", "authentication_failed",
                    "Personal API key found in request Authorization header is invalid.", null);
        }
        return grant;
    }

    private ProjectState existingProject(String id) {
        try {
            ProjectState project = state.projects.get(Long.parseLong(id));
            if (project != null) {
                return project;
            }
        } catch (NumberFormatException e) {
            // A non-numeric project id (and "@current", which the stand-in does not resolve) is not found.
        }
        throw ApiError.projectNotFound();
    }

    /** Parses the body only for a JSON content type; DRF treats any other body as no fields at all. */
    private static ObjectNode parseBody(HttpExchange exchange, String method, String body) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean json = contentType != null
                && contentType.toLowerCase(Locale.ROOT).split(";")[0].strip().equals("application/json");
        if (!json || !isWrite(method) || body.isBlank()) {
            return Json.object();
        }
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ApiError.parseError(e.getOriginalMessage());
        }
        if (!parsed.isObject()) {
            throw ApiError.invalid("Invalid data. Expected a dictionary, but got " + Fields.typeName(parsed) + ".", null);
        }
        return (ObjectNode) parsed;
    }

    static ApiError throttled(long seconds) {
        String unit = seconds == 1 ? " second." : " seconds.";
        return ApiError.of(429, "throttled_error", "throttled",
                "Request was throttled. Expected available in " + seconds + unit, null);
    }

    private static boolean isWrite(String method) {
        return method.equals("POST") || method.equals("PATCH") || method.equals("PUT");
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A computed answer: a success response or an error. */
    private record Reply(Response response, ApiError error) {
        static Reply of(Response response) {
            return new Reply(response, null);
        }

        static Reply error(ApiError error) {
            return new Reply(null, error);
        }

        void sendTo(Exchange exchange) throws IOException {
            if (error != null) {
                exchange.sendError(error, null);
            } else {
                exchange.sendJson(response.status(), response.body(), null);
            }
        }
    }
}
