package io.github.posthogcatalog.maven.apply;

import io.github.posthogcatalog.maven.plan.Change;
import java.util.Objects;

/**
 * What happened to one change of the plan during apply.
 *
 * @param change the planned change
 * @param status whether it was applied, failed or never attempted
 * @param id the PostHog id after apply (the new id of a created object), or null
 * @param message why it failed, or null
 */
public record Outcome(Change change, Status status, String id, String message) {

    /** The result of one change. */
    public enum Status {
        /** PostHog accepted the write, or the object was found already in the wanted state. */
        APPLIED,
        /** The write failed after the retries the client allows. */
        FAILED,
        /** The write was not sent, because an earlier step failed. */
        NOT_ATTEMPTED
    }

    public Outcome {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
    }

    static Outcome applied(Change change, String id) {
        return new Outcome(change, Status.APPLIED, id, null);
    }

    static Outcome failed(Change change, String message) {
        return new Outcome(change, Status.FAILED, change.id(), message);
    }

    static Outcome notAttempted(Change change) {
        return new Outcome(change, Status.NOT_ATTEMPTED, change.id(), null);
    }
}
