package io.github.posthogcatalog.maven.apply;

import java.util.List;

/**
 * The outcome of every write the plan asked for, in plan order.
 *
 * @param outcomes one entry per create, update, adoption or deletion of the plan
 * @param requests the number of HTTP requests sent during apply, retries and re-listings included
 */
public record ApplyResult(List<Outcome> outcomes, long requests) {

    public ApplyResult {
        outcomes = List.copyOf(outcomes);
    }

    /** Returns the changes with the given status. */
    public List<Outcome> withStatus(Outcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).toList();
    }

    /** Returns whether every write was applied. */
    public boolean complete() {
        return outcomes.stream().allMatch(outcome -> outcome.status() == Outcome.Status.APPLIED);
    }

    /** Returns the number of writes applied. */
    public int appliedCount() {
        return withStatus(Outcome.Status.APPLIED).size();
    }
}
