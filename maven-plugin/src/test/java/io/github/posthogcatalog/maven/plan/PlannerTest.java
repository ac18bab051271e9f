package io.github.posthogcatalog.maven.plan;

import static io.github.posthogcatalog.maven.plan.Fixtures.TARGET;
import static io.github.posthogcatalog.maven.plan.Fixtures.action;
import static io.github.posthogcatalog.maven.plan.Fixtures.storedAction;
import static io.github.posthogcatalog.maven.plan.Fixtures.unmanagedAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PlannerTest {

    private static final ActionDefinition LOGIN = action("auth-login", "Auth: Login", "login");
    private static final ActionDefinition LOGOUT = action("auth-logout", "Auth: Logout", "logout");

    private static Plan plan(List<ActionDefinition> actions, List<ObjectNode> current, PlanOptions options) {
        DesiredState desired = DesiredStateBuilder.build(new Catalog(1, "test", List.of(), actions, List.of()), null, null);
        return new Planner(TARGET, options).plan(desired, new CurrentState(current, List.of()));
    }

    private static Plan plan(List<ActionDefinition> actions, List<ObjectNode> current) {
        return plan(actions, current, new PlanOptions(false, false));
    }

    @Test
    void emptyProjectCreatesEverything() {
        Plan plan = plan(List.of(LOGIN, LOGOUT), List.of());

        assertThat(plan.changes()).extracting(Change::kind).containsExactly(ChangeKind.CREATE, ChangeKind.CREATE);
        assertThat(plan.hasDrift()).isTrue();
    }

    @Test
    void storedEchoIsUnchanged() {
        Plan plan = plan(List.of(LOGIN, LOGOUT), List.of(storedAction(1, LOGIN), storedAction(2, LOGOUT)));

        assertThat(plan.changes()).extracting(Change::kind).containsOnly(ChangeKind.UNCHANGED);
        assertThat(plan.hasDrift()).isFalse();
    }

    @Test
    void serverFilledValuesAreNormalised() {
        ObjectNode stored = storedAction(1, Fixtures.actionWithFilter("k", "N", "signup", "plan", "pro"));
        ObjectNode filter = (ObjectNode) stored.get("steps").get(0).get("properties").get(0);
        filter.remove("type");
        stored.put("description", stored.get("description").stringValue() + "  \n");
        ((tools.jackson.databind.node.ArrayNode) stored.get("tags")).add("POSTHOG-CATALOG ");

        Plan plan = plan(List.of(Fixtures.actionWithFilter("k", "N", "signup", "plan", "pro")), List.of(stored));

        assertThat(plan.changes()).singleElement().extracting(Change::kind).isEqualTo(ChangeKind.UNCHANGED);
    }

    @Test
    void changedPropertyFilterIsOneUpdate() {
        ObjectNode stored = storedAction(1, Fixtures.actionWithFilter("k", "N", "signup", "plan", "pro"));

        Plan plan = plan(List.of(Fixtures.actionWithFilter("k", "N", "signup", "plan", "enterprise")), List.of(stored));

        Change change = plan.changes().get(0);
        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATE);
        assertThat(change.id()).isEqualTo("1");
        assertThat(change.diffs()).extracting(FieldDiff::field).containsExactly("steps");
        assertThat(change.diffs().get(0).current().toString()).contains("\"pro\"");
        assertThat(change.diffs().get(0).desired().toString()).contains("\"enterprise\"");
    }

    @Test
    void renameKeepsIdAndDiffsName() {
        ObjectNode stored = storedAction(41, LOGIN);
        ActionDefinition renamed = action("auth-login", "Auth: Sign in", "login");

        Change change = plan(List.of(renamed), List.of(stored)).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATE);
        assertThat(change.id()).isEqualTo("41");
        assertThat(change.diffs()).singleElement().satisfies(diff -> {
            assertThat(diff.field()).isEqualTo("name");
            assertThat(diff.current().stringValue()).isEqualTo("Auth: Login");
            assertThat(diff.desired().stringValue()).isEqualTo("Auth: Sign in");
        });
    }

    @Test
    void unmanagedSameNameIsConflictWithLink() {
        Change change = plan(List.of(LOGIN), List.of(unmanagedAction(9, "Auth: Login"))).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.CONFLICT);
        assertThat(change.id()).isEqualTo("9");
        assertThat(change.url()).isEqualTo("https://posthog.example.test/project/7/data-management/actions/9");
        assertThat(change.note()).contains("-Dposthog.adopt=true");
    }

    @Test
    void adoptTakesOverUnmanagedAction() {
        Plan plan = plan(List.of(LOGIN), List.of(unmanagedAction(9, "Auth: Login")), new PlanOptions(false, true));

        Change change = plan.changes().get(0);
        assertThat(change.kind()).isEqualTo(ChangeKind.ADOPT);
        assertThat(change.id()).isEqualTo("9");
        assertThat(change.diffs()).extracting(FieldDiff::field).contains("description", "tags", "steps");
    }

    @Test
    void renameOntoUnmanagedNameIsConflict() {
        ObjectNode stored = storedAction(1, LOGIN);
        ActionDefinition renamed = action("auth-login", "Taken", "login");

        Change change = plan(List.of(renamed), List.of(stored, unmanagedAction(2, "Taken"))).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.CONFLICT);
        assertThat(change.id()).isEqualTo("2");
    }

    @Test
    void unmanagedObjectsAreNeverTouched() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(1, LOGIN), unmanagedAction(2, "Other")),
                new PlanOptions(true, true));

        assertThat(plan.changes()).extracting(Change::id).containsExactly("1");
    }

    @Test
    void removedActionIsOrphanedWithoutPrune() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(1, LOGIN), storedAction(2, LOGOUT)));

        assertThat(plan.changes()).extracting(Change::kind).containsExactly(ChangeKind.UNCHANGED, ChangeKind.ORPHAN);
        assertThat(plan.changes().get(1).key()).isEqualTo("auth-logout");
        assertThat(plan.hasDrift()).isFalse();
    }

    @Test
    void removedActionIsDeletedWithPrune() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(1, LOGIN), storedAction(2, LOGOUT)),
                new PlanOptions(true, false));

        assertThat(plan.changes()).extracting(Change::kind).containsExactly(ChangeKind.UNCHANGED, ChangeKind.DELETE);
        assertThat(plan.changes().get(1).id()).isEqualTo("2");
        assertThat(plan.hasDrift()).isTrue();
    }

    @Test
    void duplicateMarkerKeepsOldestAndOrphansCopy() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(12, LOGIN), storedAction(3, LOGIN)),
                new PlanOptions(true, false));

        assertThat(plan.changes()).extracting(Change::kind, Change::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.UNCHANGED, "3"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.DELETE, "12"));
    }

    @Test
    void editedDescriptionIsUpdate() {
        ObjectNode stored = storedAction(1, LOGIN);
        stored.put("description", "Edited in the app.\n\n[posthog-catalog:key=auth-login]");

        Change change = plan(List.of(LOGIN), List.of(stored)).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATE);
        assertThat(change.diffs()).extracting(FieldDiff::field).containsExactly("description");
    }
}
