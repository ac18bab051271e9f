package io.github.posthogcatalog.maven.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans the Slack destinations. Hog function names are not unique in PostHog, so an unmanaged
 * destination with a catalog destination's name is not a conflict: it is left alone and the catalog
 * one is created beside it. A key already used by a destination of another catalog is a conflict.
 */
final class DestinationPlanner {

    private static final List<String> FIELDS = List.of("name", "description", "enabled", "inputs", "filters", "masking");
    private static final Set<String> NESTED = Set.of("inputs", "filters");

    private final Ownership ownership;

    DestinationPlanner(Ownership ownership) {
        this.ownership = ownership;
    }

    /**
     * @param actionKey maps an Action id found in a destination's filters to the catalog key
     */
    List<Change> plan(DesiredState desired, List<ObjectNode> current, Function<String, String> actionKey) {
        ManagedIndex destinations = new ManagedIndex(current);
        List<Change> changes = new ArrayList<>();

        for (DesiredDestination destination : desired.destinations().values()) {
            String key = destination.definition().key();
            String name = destination.definition().name();
            // The desired body refers to Actions by key in place of their ids, and actionKey does the
            // same for the current side. The names are the catalog's, so a renamed Action shows here.
            ObjectNode wanted = DestinationBodies.normalize(
                    DestinationBodies.updateBody(destination, desired.slackWorkspace(), Function.identity(), desired::actionName),
                    Function.identity());
            ObjectNode managed = destinations.byKey(key).orElse(null);

            if (managed == null) {
                changes.add(new Change(ObjectType.DESTINATION, ChangeKind.CREATE, key, name, null, null, List.of(), null));
                continue;
            }
            String id = JsonValues.id(managed);
            List<FieldDiff> diffs = Differ.diff(DestinationBodies.normalize(managed, actionKey), wanted, FIELDS, NESTED);
            if (ownership.ownedByOtherCatalog(managed)) {
                changes.add(ownership.keyOwnedByOtherCatalog(ObjectType.DESTINATION, key, name, managed, diffs));
                continue;
            }
            ChangeKind kind = diffs.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.UPDATE;
            changes.add(new Change(ObjectType.DESTINATION, kind, key, name, id, null, diffs, null));
        }

        changes.addAll(ownership.leftovers(ObjectType.DESTINATION, destinations, desired.destinations().keySet()));
        return changes;
    }
}
