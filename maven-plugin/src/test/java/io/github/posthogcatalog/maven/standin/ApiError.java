package io.github.posthogcatalog.maven.standin;

/**
 * An error response in PostHog's shape, {@code {type, code, detail, attr}}, thrown by the resource
 * handlers and written by the dispatcher. drf-exceptions-hog reports only the first error, so one
 * exception carries one error.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String code;
    private final String attr;
    private final boolean emptyBody;

    private ApiError(int status, String type, String code, String detail, String attr, boolean emptyBody) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.attr = attr;
        this.emptyBody = emptyBody;
    }

    static ApiError of(int status, String type, String code, String detail, String attr) {
        return new ApiError(status, type, code, detail, attr, false);
    }

    /** A 400 for a field; the attr joins nested keys with {@code __} as PostHog does. */
    static ApiError validation(String code, String detail, String attr) {
        return of(400, "validation_error", code, detail, attr);
    }

    /** DRF's "This field is required.", which drf-exceptions-hog reports with code {@code required}. */
    static ApiError required(String attr) {
        return validation("required", "This field is required.", attr);
    }

    /** DRF's code {@code invalid}, which drf-exceptions-hog renames to {@code invalid_input}. */
    static ApiError invalid(String detail, String attr) {
        return validation("invalid_input", detail, attr);
    }

    static ApiError notFound() {
        return of(404, "invalid_request", "not_found", "Not found.", null);
    }

    static ApiError projectNotFound() {
        return of(404, "invalid_request", "not_found", "Project not found.", null);
    }

    static ApiError methodNotAllowed(String method) {
        return of(405, "invalid_request", "method_not_allowed", "Method \"" + method + "\" not allowed.", null);
    }

    /** The 405 of PostHog's {@code ForbidDestroyModel}: no body at all. */
    static ApiError destroyForbidden() {
        return new ApiError(405, null, null, null, null, true);
    }

    static ApiError parseError(String detail) {
        return of(400, "invalid_request", "parse_error", "JSON parse error - " + detail, null);
    }

    static ApiError permissionDenied(String detail) {
        return of(403, "authentication_error", "permission_denied", detail, null);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }

    String detail() {
        return getMessage();
    }

    String attr() {
        return attr;
    }

    boolean emptyBody() {
        return emptyBody;
    }
}
