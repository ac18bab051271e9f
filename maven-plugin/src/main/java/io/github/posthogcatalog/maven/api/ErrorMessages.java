package io.github.posthogcatalog.maven.api;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns PostHog's errors into messages that say what failed, where, and what the user can do. The
 * texts PostHog sends are quoted, never the key: the key is not in any of the inputs.
 */
final class ErrorMessages {

    private static final Pattern MISSING_SCOPE = Pattern.compile("missing required scope '([^']+)'");
    private static final String KEY_SOURCES =
            "the POSTHOG_PERSONAL_API_KEY environment variable, -Dposthog.apiKey or a settings.xml <server>";

    private final URI host;
    private final long projectId;

    ErrorMessages(URI host, long projectId) {
        this.host = host;
        this.projectId = projectId;
    }

    /** Builds the exception for a response with an error status that will not be retried. */
    PostHogApiException forStatus(ApiRequest request, int status, ErrorBody body, int attempts, String note) {
        String message = switch (status) {
            case 400 -> validation(request, body);
            case 401 -> unauthorised(request, body);
            case 402 -> paymentRequired(request, body);
            case 403 -> forbidden(request, body);
            case 404 -> notFound(request, body);
            case 405 -> "PostHog does not allow " + request.describe() + " (405 Method Not Allowed). This object"
                    + " cannot be changed that way; Actions and destinations are deleted with PATCH {\"deleted\": true}.";
            case 409 -> conflict(request, body);
            case 429 -> "PostHog kept throttling " + request.describe() + " (429: " + body.detailOr("throttled")
                    + ") after " + attempts(attempts) + ". Another tool may be using the same personal API key;"
                    + " lower the client-side request limit or run again later.";
            default -> serverOrOther(request, status, body, attempts);
        };
        if (note != null) {
            message = message + " " + note + ".";
        }
        return new PostHogApiException(message, status, body.code(), body.attr(), false, null);
    }

    /** Builds the exception for a create that failed after it was sent, so it may have been applied. */
    PostHogApiException ambiguous(ApiRequest request, int status, ErrorBody body, IOException failure) {
        String what = failure != null
                ? "failed after the request was sent (" + describe(failure) + ")"
                : "failed with " + status + " (" + body.detailOr("no detail") + ")";
        String message = request.describe() + " for " + request.target() + " " + what + ". PostHog may have"
                + " created it anyway, so it was not sent again: list the objects before retrying, so that no"
                + " duplicate is made.";
        return new PostHogApiException(message, status, body.code(), body.attr(), true, failure);
    }

    /** Builds the exception for a request that never got a response, after its retries. */
    PostHogApiException unreachable(ApiRequest request, IOException failure, int attempts) {
        String message = "Could not reach PostHog at " + host + " for " + request.describe() + " after "
                + attempts(attempts) + ": " + describe(failure) + ". Check posthog.host, the network and any"
                + " proxy in Maven's settings.xml.";
        return new PostHogApiException(message, 0, null, null, false, failure);
    }

    /** Builds the exception for a success status whose body is not the JSON PostHog sends. */
    PostHogApiException unreadable(ApiRequest request, int status, String excerpt, Exception cause) {
        String message = "PostHog responded to " + request.describe() + " with " + status + " but the body is not"
                + " the expected JSON (" + excerpt + ")." + hostHint();
        // A create that got a 2xx status was applied even though the new object cannot be read.
        return new PostHogApiException(message, status, null, null, request.isCreate(), cause);
    }

    /** Builds the exception for a redirect, which the client does not follow so the key stays on the host. */
    PostHogApiException redirected(ApiRequest request, int status, String location) {
        String message = "PostHog at " + host + " redirected " + request.describe() + " (" + status + ") to "
                + (location == null ? "another address" : location) + ". Set posthog.host to the address"
                + " PostHog is served from, such as https://us.posthog.com or https://eu.posthog.com.";
        return new PostHogApiException(message, status, null, null, false, null);
    }

    private String validation(ApiRequest request, ErrorBody body) {
        String field = body.attr() == null ? "" : " on field '" + body.attr() + "'";
        String code = body.code() == null ? "" : " [" + body.code() + "]";
        return "PostHog rejected " + request.target() + field + ": " + body.detailOr("invalid request") + code
                + " (" + request.describe() + ", 400).";
    }

    private String unauthorised(ApiRequest request, ErrorBody body) {
        String problem = "not_authenticated".equals(body.code())
                ? "received no personal API key"
                : "rejected the personal API key (" + body.detailOr("authentication failed") + ")";
        return "PostHog at " + host + " " + problem + " for " + request.describe() + ". The key may be wrong,"
                + " revoked, or from another PostHog instance or region (US and EU keys differ). Create a new"
                + " personal API key in PostHog under Settings > Personal API keys and pass it with " + KEY_SOURCES
                + ".";
    }

    private String forbidden(ApiRequest request, ErrorBody body) {
        String detail = body.detailOr("permission denied");
        Matcher scope = MISSING_SCOPE.matcher(detail);
        if (scope.find()) {
            return "The personal API key lacks the scope '" + scope.group(1) + "' needed for " + request.describe()
                    + ". In PostHog under Settings > Personal API keys, edit the key and add the scope '"
                    + scope.group(1) + "' (or create a key that has it).";
        }
        if (detail.contains("project") || detail.contains("Organization")) {
            return "The personal API key cannot access PostHog project " + projectId + " on " + host + ": " + detail
                    + " (" + request.describe() + ", 403). Check posthog.projectId, and that the key is allowed"
                    + " for this project and organisation.";
        }
        return "PostHog denied " + request.describe() + " for " + request.target() + ": " + detail + " (403).";
    }

    private String notFound(ApiRequest request, ErrorBody body) {
        String detail = body.detailOr("");
        if (detail.startsWith("Project not found")) {
            return "PostHog project " + projectId + " was not found on " + host + " (" + request.describe() + ", 404)."
                    + " Check posthog.projectId (the number in PostHog's address bar, /project/<id>) and posthog.host:"
                    + " projects on PostHog Cloud EU are served from https://eu.posthog.com, US ones from"
                    + " https://us.posthog.com." + hostHint();
        }
        return request.target() + " was not found in PostHog project " + projectId + " (" + request.describe()
                + ", 404" + (detail.isEmpty() ? "" : ": " + detail) + ")." + hostHint();
    }

    private String paymentRequired(ApiRequest request, ErrorBody body) {
        return "PostHog refused " + request.describe() + " for " + request.target() + " because it needs a paid"
                + " feature that the organisation does not have: " + body.detailOr("payment required") + " (402)."
                + " Enable the feature in PostHog's billing settings, or remove what needs it from the catalog.";
    }

    private String conflict(ApiRequest request, ErrorBody body) {
        if ("stale_update".equals(body.code())) {
            return request.target() + " was changed in PostHog while this run was updating it (" + request.describe()
                    + ", 409 stale_update). Run the goal again so that it plans against the current state.";
        }
        return "PostHog reported a conflict for " + request.target() + ": " + body.detailOr("conflict") + " ("
                + request.describe() + ", 409).";
    }

    private String serverOrOther(ApiRequest request, int status, ErrorBody body, int attempts) {
        if (status >= 500) {
            return "PostHog failed with " + status + " on " + request.describe() + " after " + attempts(attempts)
                    + ": " + body.detailOr("no detail") + ". This is an error on PostHog's side; run again later"
                    + " and check https://status.posthog.com for Cloud.";
        }
        return "PostHog responded to " + request.describe() + " for " + request.target() + " with " + status + ": "
                + body.detailOr("no detail") + ".";
    }

    /** Adds a hint when the host is a capture host, which serves no private REST API. */
    private String hostHint() {
        String name = host.getHost();
        if (name != null && name.endsWith(".i.posthog.com")) {
            return " posthog.host is " + host + ", an event capture host; the REST API is served from the app host,"
                    + " such as https://us.posthog.com.";
        }
        return "";
    }

    private static String attempts(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }

    private static String describe(IOException failure) {
        String text = failure.getMessage();
        // Maven appends the message of each cause that the error text does not contain yet, or the
        // cause's class name when it has no message, so the full name keeps it from being repeated.
        return text == null || text.isBlank() ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + text;
    }
}
