package io.github.posthogcatalog.maven.apply;

import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.api.PostHogApiException;
import io.github.posthogcatalog.maven.plan.Change;
import io.github.posthogcatalog.maven.plan.ChangeKind;
import io.github.posthogcatalog.maven.plan.ObjectType;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanningException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a plan in four phases: Action creates and updates, then destination creates and updates
 * (destinations refer to Actions by id), then destination deletions, then Action deletions. Writes
 * within a phase are independent and run concurrently on a small pool; the client's rate limiter
 * keeps the total under PostHog's limit. When a write fails, the phase finishes its other writes and
 * no later phase starts, so a destination is never pointed at an Action that failed to appear.
 */
public final class Applier {

    private final PostHogApi api;
    private final Plan plan;
    private final int parallelism;
    private final Consumer<String> progress;

    /**
     * @param api the client of the project the plan was made against
     * @param plan the plan to apply
     * @param parallelism how many writes may be in flight at once, at least 1
     * @param progress receives one line per applied write, for debug logging
     */
    public Applier(PostHogApi api, Plan plan, int parallelism, Consumer<String> progress) {
        this.api = Objects.requireNonNull(api, "api");
        this.plan = Objects.requireNonNull(plan, "plan");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.parallelism = parallelism;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Applies every write of the plan.
     *
     * @return the outcomes, all applied
     * @throws PlanningException when the plan has conflicts; nothing is written then
     * @throws ApplyException when a write failed; it lists what was and was not applied
     */
    public ApplyResult apply() {
        rejectConflicts();
        long requestsBefore = api.requestCount();
        Map<String, String> actionIds = new ConcurrentHashMap<>(knownActionIds());
        Function<String, String> actionName = plan.desired()::actionName;
        ActionWriter actions = new ActionWriter(api, plan.target());
        DestinationWriter destinations = new DestinationWriter(api, plan.desired().slackWorkspace(), actionIds::get, actionName);

        List<List<Change>> phases = List.of(
                writes(ObjectType.ACTION, ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.ADOPT),
                writes(ObjectType.DESTINATION, ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.ADOPT),
                writes(ObjectType.DESTINATION, ChangeKind.DELETE),
                writes(ObjectType.ACTION, ChangeKind.DELETE));

        Map<Change, Outcome> outcomes = new LinkedHashMap<>();
        try (ConcurrentWrites pool = new ConcurrentWrites(parallelism)) {
            boolean failed = false;
            for (List<Change> phase : phases) {
                if (failed) {
                    phase.forEach(change -> outcomes.put(change, Outcome.notAttempted(change)));
                    continue;
                }
                List<Outcome> results = pool.run(phase, change -> write(change, actions, destinations, actionIds));
                results.forEach(outcome -> outcomes.put(outcome.change(), outcome));
                failed = results.stream().anyMatch(outcome -> outcome.status() != Outcome.Status.APPLIED);
            }
        }

        ApplyResult result = new ApplyResult(inPlanOrder(outcomes), api.requestCount() - requestsBefore);
        if (!result.complete()) {
            throw new ApplyException(result);
        }
        return result;
    }

    private Outcome write(Change change, ActionWriter actions, DestinationWriter destinations, Map<String, String> actionIds) {
        try {
            String id;
            if (change.type() == ObjectType.ACTION) {
                id = change.kind() == ChangeKind.DELETE
                        ? actions.delete(change)
                        : actions.apply(change, plan.desired().actions().get(change.key()), plan.desired().catalogOfAction(change.key()));
                if (change.kind() != ChangeKind.DELETE) {
                    actionIds.put(change.key(), id);
                }
            } else {
                id = destinations.apply(change, plan.desired().destinations().get(change.key()));
            }
            progress.accept("Applied " + change.kind().label() + " of " + change.describe() + " -> id " + id);
            return Outcome.applied(change, id);
        } catch (PostHogApiException e) {
            return Outcome.failed(change, e.getMessage());
        }
    }

    private void rejectConflicts() {
        List<Change> conflicts = plan.ofKind(ChangeKind.CONFLICT);
        if (conflicts.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Nothing was written: the plan has ")
                .append(conflicts.size()).append(" conflict(s).");
        for (Change conflict : conflicts) {
            String existing = conflict.type() == ObjectType.ACTION ? "Action " : "destination ";
            message.append("\n  ").append(conflict.describe().replace(", id " + conflict.id(), ""))
                    .append(" conflicts with ").append(existing).append(conflict.id()).append(": ").append(conflict.note());
            if (conflict.url() != null) {
                message.append(" (").append(conflict.url()).append(')');
            }
        }
        throw new PlanningException(message.toString());
    }

    /** Returns the ids of Actions that exist already, by key, for destinations that refer to them. */
    private Map<String, String> knownActionIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Change change : plan.changes()) {
            if (change.type() == ObjectType.ACTION && change.id() != null
                    && (change.kind() == ChangeKind.UNCHANGED || change.kind() == ChangeKind.UPDATE
                            || change.kind() == ChangeKind.ADOPT)) {
                ids.put(change.key(), change.id());
            }
        }
        return ids;
    }

    private List<Change> writes(ObjectType type, ChangeKind... kinds) {
        List<ChangeKind> wanted = List.of(kinds);
        return plan.changes().stream()
                .filter(change -> change.type() == type && wanted.contains(change.kind()))
                .toList();
    }

    private List<Outcome> inPlanOrder(Map<Change, Outcome> outcomes) {
        List<Outcome> ordered = new ArrayList<>();
        for (Change change : plan.changes()) {
            Outcome outcome = outcomes.get(change);
            if (outcome != null) {
                ordered.add(outcome);
            }
        }
        return ordered;
    }
}
