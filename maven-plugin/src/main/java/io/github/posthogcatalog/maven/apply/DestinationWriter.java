package io.github.posthogcatalog.maven.apply;

import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.api.PostHogApiException;
import io.github.posthogcatalog.maven.plan.Change;
import io.github.posthogcatalog.maven.plan.DesiredDestination;
import io.github.posthogcatalog.maven.plan.DestinationBodies;
import io.github.posthogcatalog.maven.plan.ManagedMarker;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the writes for one destination change. Safe to call from several threads at once. Like
 * {@link ActionWriter}, it lists the destinations again after an ambiguous create failure and
 * creates again only when no destination carries the key.
 */
final class DestinationWriter {

    private final PostHogApi api;
    private final Long slackWorkspace;
    private final Function<String, String> actionId;
    private final Function<String, String> actionName;

    /**
     * @param actionId the PostHog id of each Action by catalog key, after the Actions were applied
     * @param actionName the name of each Action by catalog key
     */
    DestinationWriter(PostHogApi api, Long slackWorkspace, Function<String, String> actionId,
            Function<String, String> actionName) {
        this.api = api;
        this.slackWorkspace = slackWorkspace;
        this.actionId = actionId;
        this.actionName = actionName;
    }

    /** Applies a create, update, adoption or deletion, and returns the destination's id. */
    String apply(Change change, DesiredDestination destination) {
        return switch (change.kind()) {
            case CREATE -> create(change.key(), DestinationBodies.createBody(destination, slackWorkspace, actionId, actionName));
            case UPDATE, ADOPT -> {
                api.updateHogFunction(change.id(), DestinationBodies.updateBody(destination, slackWorkspace, actionId, actionName));
                yield change.id();
            }
            case DELETE -> delete(change);
            default -> throw new IllegalArgumentException("Not a write: " + change.kind());
        };
    }

    private String create(String key, ObjectNode body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ActionWriter.idOf(api.createHogFunction(body));
            } catch (PostHogApiException e) {
                if (!e.ambiguous()) {
                    throw e;
                }
                Optional<String> existing = findByKey(key);
                if (existing.isPresent()) {
                    return existing.get();
                }
                if (attempt >= ActionWriter.MAX_CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private String delete(Change change) {
        try {
            api.updateHogFunction(change.id(), SoftDelete.body());
        } catch (PostHogApiException e) {
            // PostHog returns 404 for a soft-deleted hog function, so it is already gone.
            if (e.status() != 404) {
                throw e;
            }
        }
        return change.id();
    }

    private Optional<String> findByKey(String key) {
        return api.listDestinations().stream()
                .filter(function -> ManagedMarker.keyOf(ActionWriter.text(function, "description"))
                        .filter(key::equals).isPresent())
                .map(ActionWriter::idOf)
                .findFirst();
    }
}
