package io.github.posthogcatalog.maven.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of comparing the catalog with a PostHog project: one change per object, Actions before
 * destinations, each group sorted by key.
 *
 * @param target where the plan was made against
 * @param changes every object of the catalog and every managed object of the project, those of
 *     other catalogs included
 * @param desired the catalog's objects, with what apply needs to build request bodies
 */
public record Plan(PlanTarget target, List<Change> changes, DesiredState desired) {

    public Plan {
        Objects.requireNonNull(target, "target");
        changes = List.copyOf(changes);
        Objects.requireNonNull(desired, "desired");
    }

    /** Returns whether the plan has drift: anything to create, update, adopt or delete, or a conflict. */
    public boolean hasDrift() {
        return changes.stream().anyMatch(change -> change.kind().isDrift());
    }

    /** Returns the changes of one kind, in plan order. */
    public List<Change> ofKind(ChangeKind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /** Returns how many changes there are of each kind; every kind is present, with zero if none. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
        return counts;
    }

    /** Returns a one-line summary with counts, such as {@code 2 to create, 1 to update, ...}. */
    public String summary() {
        Map<ChangeKind, Integer> counts = counts();
        return counts.get(ChangeKind.CREATE) + " to create, "
                + counts.get(ChangeKind.UPDATE) + " to update, "
                + counts.get(ChangeKind.ADOPT) + " to adopt, "
                + counts.get(ChangeKind.DELETE) + " to delete, "
                + counts.get(ChangeKind.CONFLICT) + " conflicts, "
                + counts.get(ChangeKind.ORPHAN) + " orphaned, "
                + counts.get(ChangeKind.UNCHANGED) + " unchanged, "
                + counts.get(ChangeKind.OTHER_CATALOG) + " of other catalogs";
    }
}
