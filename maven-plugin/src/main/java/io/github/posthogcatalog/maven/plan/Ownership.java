package io.github.posthogcatalog.maven.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The planning rules that follow from the catalog named in each marker line, shared by Actions and
 * destinations. Prune and orphan reach only objects of the catalogs the build syncs. An object of
 * another catalog, or with the older marker form that names no catalog, is reported and left alone.
 */
final class Ownership {

    private final CatalogOwnership catalogs;
    private final PlanTarget target;
    private final PlanOptions options;

    Ownership(CatalogOwnership catalogs, PlanTarget target, PlanOptions options) {
        this.catalogs = catalogs;
        this.target = target;
        this.options = options;
    }

    /** Returns the catalog named in a managed object's marker, or null for the older form without one. */
    static String catalogOf(ObjectNode managed) {
        return ManagedMarker.parse(JsonValues.text(managed, "description")).map(ManagedMarker.Marker::catalog).orElse(null);
    }

    /** Returns whether a managed object's marker names a catalog that this build does not sync. */
    boolean ownedByOtherCatalog(ObjectNode managed) {
        String catalog = catalogOf(managed);
        return catalog != null && !catalogs.syncs(catalog);
    }

    /** Returns whether a managed object belongs to a catalog this build syncs, so prune may delete it. */
    boolean ownedBySyncedCatalog(ObjectNode managed) {
        return catalogs.syncs(catalogOf(managed));
    }

    /**
     * Returns the change for a catalog object whose key a managed object of another catalog already
     * carries: a conflict, or with adoption the takeover, which is how a renamed catalog keeps its objects.
     */
    Change keyOwnedByOtherCatalog(ObjectType type, String key, String name, ObjectNode existing, List<FieldDiff> diffs) {
        String id = JsonValues.id(existing);
        String url = type == ObjectType.ACTION ? target.actionUrl(id) : null;
        String owner = catalogOf(existing);
        if (options.adopt()) {
            return new Change(type, ChangeKind.ADOPT, key, name, id, url, diffs,
                    "owned by catalog '" + owner + "' until now; this catalog takes it over and keeps its id");
        }
        return new Change(type, ChangeKind.CONFLICT, key, name, id, url, List.of(),
                "the key '" + key + "' is already used by " + type.label() + " '" + JsonValues.text(existing, "name")
                        + "' (id " + id + ") of catalog '" + owner + "', which this build does not sync; give the"
                        + " catalog's " + type.label() + " another key, or, if the catalog was renamed, take it over with"
                        + " -Dposthog.adopt=true");
    }

    /**
     * Returns the changes for the managed objects that no synced catalog declares: a delete with prune,
     * an orphan otherwise. Objects of other catalogs, or without a catalog in their marker, are left
     * alone.
     */
    List<Change> leftovers(ObjectType type, ManagedIndex index, Set<String> desiredKeys) {
        List<Change> changes = new ArrayList<>();
        for (ObjectNode object : leftoverObjects(index, desiredKeys)) {
            changes.add(leftover(type, object));
        }
        return changes;
    }

    private Change leftover(ObjectType type, ObjectNode object) {
        String key = ManagedMarker.keyOf(JsonValues.text(object, "description")).orElseThrow();
        String id = JsonValues.id(object);
        String name = JsonValues.text(object, "name");
        String url = type == ObjectType.ACTION ? target.actionUrl(id) : null;
        String owner = catalogOf(object);
        if (owner == null) {
            return new Change(type, ChangeKind.OTHER_CATALOG, key, name, id, url, List.of(),
                    "its marker names no catalog (written before markers recorded their catalog), so no sync deletes"
                            + " it; the catalog that declares key '" + key + "' claims it, or delete it in PostHog");
        }
        if (!catalogs.syncs(owner)) {
            return new Change(type, ChangeKind.OTHER_CATALOG, key, name, id, url, List.of(),
                    "managed by catalog '" + owner + "', which this build does not sync; left alone");
        }
        if (options.prune()) {
            return new Change(type, ChangeKind.DELETE, key, name, id, url, List.of(), null);
        }
        return new Change(type, ChangeKind.ORPHAN, key, name, id, url, List.of(),
                "managed but no longer in catalog '" + owner + "'; -Dposthog.prune=true soft-deletes it");
    }

    /** Returns the managed objects whose key no catalog declares, and the later copies of duplicated keys. */
    private static List<ObjectNode> leftoverObjects(ManagedIndex index, Set<String> desiredKeys) {
        List<ObjectNode> objects = new ArrayList<>();
        index.all().forEach((key, object) -> {
            if (!desiredKeys.contains(key)) {
                objects.add(object);
            }
        });
        objects.addAll(index.duplicates());
        return objects;
    }
}
