package io.github.posthogcatalog.maven.plan;

import static io.github.posthogcatalog.maven.plan.Fixtures.TARGET;
import static io.github.posthogcatalog.maven.plan.Fixtures.action;
import static io.github.posthogcatalog.maven.plan.Fixtures.destination;
import static io.github.posthogcatalog.maven.plan.Fixtures.storedAction;
import static io.github.posthogcatalog.maven.plan.Fixtures.storedDestination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogMerger;
import io.github.posthogcatalog.catalog.SourcedCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Plans where the project also holds objects that other catalogs, or older plugin versions, manage. */
class CatalogOwnershipPlanningTest {

    private static final ActionDefinition LOGIN = action("auth-login", "Auth: Login", "login");
    private static final ActionDefinition PAID = action("billing-paid", "Billing: Paid", "paid");
    private static final PlanOptions PRUNE = new PlanOptions(true, false);
    private static final PlanOptions ADOPT = new PlanOptions(false, true);

    private static Plan plan(List<ActionDefinition> actions, List<ObjectNode> current, PlanOptions options) {
        DesiredState desired = DesiredStateBuilder.build(new Catalog(1, "test", List.of(), actions, List.of()), null, null);
        return new Planner(TARGET, options).plan(desired, new CurrentState(current, List.of()));
    }

    @Test
    void otherCatalogsActionSurvivesPrune() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(1, LOGIN), storedAction(2, PAID, "billing")), PRUNE);

        assertThat(plan.changes()).extracting(Change::kind, Change::id).containsExactly(
                tuple(ChangeKind.UNCHANGED, "1"), tuple(ChangeKind.OTHER_CATALOG, "2"));
        assertThat(plan.changes().get(1).note()).contains("catalog 'billing'");
        assertThat(plan.hasDrift()).isFalse();
        assertThat(plan.summary()).endsWith("1 unchanged, 1 of other catalogs");
    }

    @Test
    void markerWithoutCatalogSurvivesPrune() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(1, LOGIN), storedAction(2, PAID, null)), PRUNE);

        Change change = plan.changes().get(1);
        assertThat(change.kind()).isEqualTo(ChangeKind.OTHER_CATALOG);
        assertThat(change.key()).isEqualTo("billing-paid");
        assertThat(change.note()).contains("names no catalog");
    }

    @Test
    void markerWithoutCatalogIsClaimedByItsKey() {
        Change change = plan(List.of(LOGIN), List.of(storedAction(1, LOGIN, null)), PRUNE).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATE);
        assertThat(change.id()).isEqualTo("1");
        assertThat(change.diffs()).singleElement().satisfies(diff -> {
            assertThat(diff.field()).isEqualTo("description");
            assertThat(diff.desired().stringValue()).endsWith("[posthog-catalog:key=auth-login;catalog=test]");
        });
    }

    @Test
    void keyOfOtherCatalogIsConflict() {
        Plan plan = plan(List.of(LOGIN), List.of(storedAction(5, LOGIN, "billing")), PRUNE);

        Change change = plan.changes().get(0);
        assertThat(change.kind()).isEqualTo(ChangeKind.CONFLICT);
        assertThat(change.id()).isEqualTo("5");
        assertThat(change.note()).contains("key 'auth-login'", "catalog 'billing'", "-Dposthog.adopt=true");
        assertThat(plan.hasDrift()).isTrue();
    }

    @Test
    void keyOfOtherCatalogIsAdoptedOnRequest() {
        Change change = plan(List.of(LOGIN), List.of(storedAction(5, LOGIN, "billing")), ADOPT).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.ADOPT);
        assertThat(change.id()).isEqualTo("5");
        assertThat(change.diffs()).extracting(FieldDiff::field).containsExactly("description");
    }

    @Test
    void nameOfOtherCatalogsActionIsConflictEvenWithAdopt() {
        ActionDefinition sameName = action("billing-login", "Auth: Login", "login");

        Plan plan = plan(List.of(LOGIN), List.of(storedAction(8, sameName, "billing")), new PlanOptions(true, true));

        assertThat(plan.changes()).extracting(Change::kind, Change::id).containsExactly(
                tuple(ChangeKind.CONFLICT, "8"), tuple(ChangeKind.OTHER_CATALOG, "8"));
        assertThat(plan.changes().get(0).note()).contains("managed by catalog 'billing'", "rename the catalog Action");
    }

    @Test
    void mergedCatalogsPruneTheirOwnObjectsOnly() {
        Catalog own = new Catalog(1, "app", List.of(), List.of(LOGIN), List.of());
        Catalog dependency = new Catalog(1, "billing", List.of(), List.of(PAID), List.of());
        DesiredState desired = DesiredStateBuilder.build(CatalogMerger.merge(List.of(
                new SourcedCatalog("app", own), new SourcedCatalog("billing.jar", dependency))), null, null);
        ActionDefinition gone = action("auth-gone", "Auth: Gone", "gone");
        ActionDefinition refund = action("billing-refund", "Billing: Refund", "refund");
        ActionDefinition foreign = action("crm-lead", "CRM: Lead", "lead");
        List<ObjectNode> current = List.of(storedAction(1, LOGIN, "app"), storedAction(2, PAID, "billing"),
                storedAction(3, gone, "app"), storedAction(4, refund, "billing"), storedAction(5, foreign, "crm"));

        Plan plan = new Planner(TARGET, PRUNE).plan(desired, new CurrentState(current, List.of()));

        assertThat(plan.changes()).extracting(Change::key, Change::kind).containsExactly(
                tuple("auth-login", ChangeKind.UNCHANGED),
                tuple("billing-paid", ChangeKind.UNCHANGED),
                tuple("auth-gone", ChangeKind.DELETE),
                tuple("billing-refund", ChangeKind.DELETE),
                tuple("crm-lead", ChangeKind.OTHER_CATALOG));
    }

    @Test
    void otherCatalogsDestinationSurvivesPruneAndItsKeyConflicts() {
        Catalog billing = new Catalog(1, "billing", List.of(), List.of(LOGIN),
                List.of(destination("login-alert", "#ops", List.of(), List.of("auth-login"))));
        DesiredState theirs = DesiredStateBuilder.build(billing, null, 5L);
        ObjectNode stored = storedDestination("0190-aaaa", theirs.destinations().get("login-alert"), 5L,
                Map.of("auth-login", "31"), theirs::actionName);
        Catalog withAlert = new Catalog(1, "test", List.of(), List.of(LOGIN),
                List.of(destination("login-alert", "#ops", List.of(), List.of("auth-login"))));
        Catalog withoutAlert = new Catalog(1, "test", List.of(), List.of(LOGIN), List.of());
        CurrentState current = new CurrentState(List.of(storedAction(31, LOGIN)), List.of(stored));

        Plan pruned = new Planner(TARGET, PRUNE).plan(DesiredStateBuilder.build(withoutAlert, null, 5L), current);
        Plan conflicting = new Planner(TARGET, PRUNE).plan(DesiredStateBuilder.build(withAlert, null, 5L), current);

        assertThat(pruned.changes().get(1).kind()).isEqualTo(ChangeKind.OTHER_CATALOG);
        assertThat(conflicting.changes().get(1).kind()).isEqualTo(ChangeKind.CONFLICT);
        assertThat(conflicting.changes().get(1).note()).contains("destination 'Alert login-alert'", "catalog 'billing'");
    }

    @Test
    void blankCatalogNameIsRejected() {
        Catalog blank = new Catalog(1, " ", List.of(), List.of(LOGIN), List.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DesiredStateBuilder.build(blank, null, null))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("The catalog name ' '")
                .hasMessageContaining("@Catalog");
    }
}
