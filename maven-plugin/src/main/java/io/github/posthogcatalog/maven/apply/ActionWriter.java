package io.github.posthogcatalog.maven.apply;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.api.PostHogApiException;
import io.github.posthogcatalog.maven.plan.ActionBodies;
import io.github.posthogcatalog.maven.plan.Change;
import io.github.posthogcatalog.maven.plan.ManagedMarker;
import io.github.posthogcatalog.maven.plan.PlanTarget;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the writes for one Action change. Safe to call from several threads at once.
 *
 * <p>A create is never repeated blindly. When it fails in a way that may have reached PostHog, the
 * writer lists the Actions again and looks for one with the catalog key in its marker line. It
 * creates again only if there is none. PostHog's duplicate-name error carries the existing Action's id
 * ("This project already has an action with this name, ID 12"), which is used the same way.
 */
final class ActionWriter {

    /** Creates tried per Action, the first included, when every failure is ambiguous. */
    static final int MAX_CREATE_ATTEMPTS = 3;

    private static final Pattern EXISTING_ID = Pattern.compile("\\bID (\\d+)");

    private final PostHogApi api;
    private final PlanTarget target;

    ActionWriter(PostHogApi api, PlanTarget target) {
        this.api = api;
        this.target = target;
    }

    /**
     * Applies a create, update or adoption, and returns the Action's id.
     *
     * @param catalog the name of the catalog that declares the Action, for the marker line
     */
    String apply(Change change, ActionDefinition definition, String catalog) {
        return switch (change.kind()) {
            case CREATE -> create(change.key(), ActionBodies.desiredBody(definition, catalog));
            case UPDATE, ADOPT -> update(change, ActionBodies.desiredBody(definition, catalog));
            default -> throw new IllegalArgumentException("Not a create, update or adoption: " + change.kind());
        };
    }

    private String create(String key, ObjectNode body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return idOf(api.createAction(body));
            } catch (PostHogApiException e) {
                if ("unique".equals(e.code())) {
                    return resolveDuplicateName(key, body, e);
                }
                if (!e.ambiguous()) {
                    throw e;
                }
                Optional<String> existing = findByKey(key);
                if (existing.isPresent()) {
                    return existing.get();
                }
                if (attempt >= MAX_CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Handles a create that PostHog rejected because the name is taken: by our own earlier create
     * (its response was lost), or by an Action that appeared after the plan was made.
     */
    private String resolveDuplicateName(String key, ObjectNode body, PostHogApiException e) {
        Matcher matcher = EXISTING_ID.matcher(String.valueOf(e.getMessage()));
        if (!matcher.find()) {
            throw e;
        }
        long existingId = Long.parseLong(matcher.group(1));
        JsonNode existing = api.getAction(existingId);
        if (ManagedMarker.keyOf(text(existing, "description")).filter(key::equals).isPresent()) {
            return Long.toString(existingId);
        }
        throw new PostHogApiException("The name '" + text(body, "name") + "' is already used by Action " + existingId
                + ", which the catalog does not manage (" + target.actionUrl(Long.toString(existingId)) + ")."
                + " Rename the catalog Action, or take the existing one over with -Dposthog.adopt=true.",
                e.status(), e.code(), e.attr(), false, e);
    }

    private String update(Change change, ObjectNode body) {
        long id = Long.parseLong(change.id());
        api.updateAction(id, body);
        return change.id();
    }

    /** Soft-deletes the Action of a change and returns its id. */
    String delete(Change change) {
        ObjectNode patch = SoftDelete.body();
        try {
            api.updateAction(Long.parseLong(change.id()), patch);
        } catch (PostHogApiException e) {
            // Already gone: someone deleted it in the app after the plan was made.
            if (e.status() != 404) {
                throw e;
            }
        }
        return change.id();
    }

    private Optional<String> findByKey(String key) {
        return api.listActions().stream()
                .filter(action -> ManagedMarker.keyOf(text(action, "description")).filter(key::equals).isPresent())
                .map(ActionWriter::idOf)
                .findFirst();
    }

    static String idOf(JsonNode object) {
        JsonNode id = object.get("id");
        if (id == null || id.isNull()) {
            throw new PostHogApiException("PostHog returned an object without an id.", 0, null, null, false, null);
        }
        return id.isString() ? id.stringValue() : id.asString();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
