package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the desired state with the project and decides, per object, what the sync does.
 *
 * <p>Identity is the catalog key in the marker line, never the name, so an Action renamed in code is
 * renamed in PostHog and keeps its id. Objects without a marker are never changed, except an
 * unmanaged Action with a catalog Action's name when adoption is on.
 */
public final class Planner {

    private final PlanTarget target;
    private final PlanOptions options;

    /**
     * @param target the project the plan is made against, for links in the plan
     * @param options whether to prune and adopt
     */
    public Planner(PlanTarget target, PlanOptions options) {
        this.target = Objects.requireNonNull(target, "target");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Returns the plan that brings {@code current} in line with {@code desired}. */
    public Plan plan(DesiredState desired, CurrentState current) {
        Ownership ownership = new Ownership(desired.ownership(), target, options);
        ManagedIndex actions = new ManagedIndex(current.actions());
        Map<String, ObjectNode> adoptable = adoptable(desired, actions);

        List<Change> changes = new ArrayList<>(planActions(desired, actions, ownership));
        changes.addAll(new DestinationPlanner(ownership).plan(desired, current.destinations(),
                actionKeyResolver(actions, adoptable)));
        return new Plan(target, changes, desired);
    }

    private List<Change> planActions(DesiredState desired, ManagedIndex actions, Ownership ownership) {
        List<Change> changes = new ArrayList<>();
        Map<String, ObjectNode> unmanagedByName = unmanagedByName(actions);
        Map<String, ObjectNode> foreignByName = foreignByName(actions, desired.actions().keySet(), ownership);

        for (ActionDefinition action : desired.actions().values()) {
            ObjectNode wanted = ActionBodies.normalize(ActionBodies.desiredBody(action, desired.catalogOfAction(action.key())));
            ObjectNode managed = actions.byKey(action.key()).orElse(null);
            ObjectNode sameName = unmanagedByName.get(action.name());
            ObjectNode foreignName = foreignByName.get(action.name());

            if (managed != null && ownership.ownedByOtherCatalog(managed)) {
                List<FieldDiff> diffs = Differ.diff(ActionBodies.normalize(managed), wanted, ActionBodies.MANAGED_FIELDS, Set.of());
                changes.add(ownership.keyOwnedByOtherCatalog(ObjectType.ACTION, action.key(), action.name(), managed, diffs));
            } else if (managed != null) {
                changes.add(planManagedAction(action, managed, wanted, sameName == null ? foreignName : sameName));
            } else if (foreignName != null) {
                changes.add(nameOfOtherCatalog(action, foreignName));
            } else if (sameName != null && options.adopt()) {
                List<FieldDiff> diffs = Differ.diff(ActionBodies.normalize(sameName), wanted,
                        ActionBodies.MANAGED_FIELDS, Set.of());
                changes.add(actionChange(ChangeKind.ADOPT, action, sameName, diffs,
                        "an unmanaged Action with this name is taken over and keeps its id"));
            } else if (sameName != null) {
                changes.add(conflict(action, sameName));
            } else {
                changes.add(actionChange(ChangeKind.CREATE, action, null, List.of(), null));
            }
        }

        changes.addAll(ownership.leftovers(ObjectType.ACTION, actions, desired.actions().keySet()));
        return changes;
    }

    private Change planManagedAction(ActionDefinition action, ObjectNode managed, ObjectNode wanted, ObjectNode sameName) {
        List<FieldDiff> diffs = Differ.diff(ActionBodies.normalize(managed), wanted, ActionBodies.MANAGED_FIELDS, Set.of());
        if (diffs.isEmpty()) {
            return actionChange(ChangeKind.UNCHANGED, action, managed, List.of(), null);
        }
        if (sameName != null && ManagedMarker.parse(JsonValues.text(sameName, "description")).isPresent()) {
            // A rename onto the name of another catalog's Action would fail on PostHog's unique-name check.
            return nameOfOtherCatalog(action, sameName);
        }
        if (sameName != null && !options.adopt()) {
            // The rename would fail on PostHog's unique-name check.
            return conflict(action, sameName);
        }
        return actionChange(ChangeKind.UPDATE, action, managed, diffs, null);
    }

    /** Returns the conflict of a catalog Action whose name another catalog's Action has; adoption cannot take it. */
    private Change nameOfOtherCatalog(ActionDefinition action, ObjectNode existing) {
        String id = JsonValues.id(existing);
        String owner = Ownership.catalogOf(existing);
        return new Change(ObjectType.ACTION, ChangeKind.CONFLICT, action.key(), action.name(), id,
                target.actionUrl(id), List.of(),
                "an Action named '" + action.name() + "' already exists (id " + id + ") and is managed by "
                        + (owner == null ? "no known catalog" : "catalog '" + owner + "'")
                        + "; PostHog requires unique Action names, so rename the catalog Action");
    }

    private Change conflict(ActionDefinition action, ObjectNode sameName) {
        String id = JsonValues.id(sameName);
        return new Change(ObjectType.ACTION, ChangeKind.CONFLICT, action.key(), action.name(), id,
                target.actionUrl(id),
                List.of(),
                "an Action named '" + action.name() + "' that the catalog does not manage already exists (id " + id
                        + "); rename the catalog Action, or take the existing one over with -Dposthog.adopt=true");
    }

    private Change actionChange(ChangeKind kind, ActionDefinition action, ObjectNode current,
            List<FieldDiff> diffs, String note) {
        String id = current == null ? null : JsonValues.id(current);
        return new Change(ObjectType.ACTION, kind, action.key(), action.name(), id, target.actionUrl(id), diffs, note);
    }

    /** Unmanaged Actions whose name a catalog Action has, for adoption; only used when adopt is on. */
    private Map<String, ObjectNode> adoptable(DesiredState desired, ManagedIndex actions) {
        Map<String, ObjectNode> byKey = new HashMap<>();
        if (!options.adopt()) {
            return byKey;
        }
        Map<String, ObjectNode> byName = unmanagedByName(actions);
        for (ActionDefinition action : desired.actions().values()) {
            ObjectNode sameName = byName.get(action.name());
            if (sameName != null && actions.byKey(action.key()).isEmpty()) {
                byKey.put(action.key(), sameName);
            }
        }
        return byKey;
    }

    private static Map<String, ObjectNode> unmanagedByName(ManagedIndex actions) {
        Map<String, ObjectNode> byName = new HashMap<>();
        for (ObjectNode action : actions.unmanaged()) {
            String name = JsonValues.text(action, "name");
            if (name != null) {
                byName.putIfAbsent(name, action);
            }
        }
        return byName;
    }

    /**
     * Returns the managed Actions by name that this build must not touch: those of other catalogs and
     * those whose marker names no catalog, except ones that a catalog key claims.
     */
    private static Map<String, ObjectNode> foreignByName(ManagedIndex actions, Set<String> desiredKeys, Ownership ownership) {
        Map<String, ObjectNode> byName = new HashMap<>();
        actions.all().forEach((key, action) -> {
            String name = JsonValues.text(action, "name");
            if (name != null && !desiredKeys.contains(key) && !ownership.ownedBySyncedCatalog(action)) {
                byName.putIfAbsent(name, action);
            }
        });
        return byName;
    }

    /** Maps an Action id in a destination's filters to a catalog key; unknown ids stay visible as {@code #id}. */
    private static Function<String, String> actionKeyResolver(
            ManagedIndex actions, Map<String, ObjectNode> adoptable) {
        Map<String, String> adoptedKeys = new HashMap<>();
        adoptable.forEach((key, action) -> adoptedKeys.put(JsonValues.id(action), key));
        return id -> {
            String key = actions.keyOf(id);
            if (key == null) {
                key = adoptedKeys.get(id);
            }
            return key == null ? "#" + id : key;
        };
    }
}
