package io.github.posthogcatalog.maven.apply;

import static io.github.posthogcatalog.maven.apply.StandInSync.action;
import static io.github.posthogcatalog.maven.apply.StandInSync.catalog;
import static io.github.posthogcatalog.maven.apply.StandInSync.destination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.PropertyFilter;
import io.github.posthogcatalog.maven.plan.ChangeKind;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanOptions;
import io.github.posthogcatalog.maven.plan.PlanningException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SyncAgainstStandInTest {

    private static final ActionDefinition LOGIN = action("auth-login", "Auth: Login", "login");
    private static final ActionDefinition LOGOUT = action("auth-logout", "Auth: Logout", "logout");
    private static final Catalog BASE = catalog(List.of(LOGIN, LOGOUT),
            List.of(destination("login-alert", "#ops", List.of("auth-login"))));

    private final StandInSync sync = new StandInSync();

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void firstSyncCreatesEverything() {
        ApplyResult result = sync.sync(BASE);

        assertThat(result.appliedCount()).isEqualTo(3);
        assertThat(sync.liveActions()).hasSize(2);
        ObjectNode login = sync.actionByKey("auth-login");
        assertThat(login.path("tags").toString()).contains("posthog-catalog");
        ObjectNode function = sync.liveFunctions().get(0);
        assertThat(function.path("inputs").path("channel").path("value").asString()).isEqualTo("C0000OPS");
        assertThat(function.path("inputs").path("slack_workspace").path("value").asLong()).isEqualTo(7);
        assertThat(function.path("filters").path("actions").get(0).path("id").asString())
                .isEqualTo(login.path("id").asString());
        assertThat(function.path("enabled").asBoolean()).isTrue();
    }

    @Test
    void secondSyncWritesNothing() {
        sync.sync(BASE);
        long writesAfterFirst = sync.writes();

        Plan plan = sync.plan(BASE, new PlanOptions(false, false));
        ApplyResult second = sync.sync(BASE);

        assertThat(plan.hasDrift()).isFalse();
        assertThat(plan.counts().get(ChangeKind.UNCHANGED)).isEqualTo(3);
        assertThat(second.outcomes()).isEmpty();
        assertThat(sync.writes()).isEqualTo(writesAfterFirst);
    }

    @Test
    void changedPropertyGivesOneUpdate() {
        sync.sync(catalog(List.of(withFilter("pro")), List.of()));
        long before = sync.writes();

        ApplyResult result = sync.sync(catalog(List.of(withFilter("enterprise")), List.of()));

        assertThat(result.outcomes()).singleElement().satisfies(outcome ->
                assertThat(outcome.change().kind()).isEqualTo(ChangeKind.UPDATE));
        assertThat(sync.writes()).isEqualTo(before + 1);
        assertThat(sync.actionByKey("billing-paid").path("steps").toString()).contains("enterprise");
    }

    @Test
    void renamedActionKeepsId() {
        sync.sync(BASE);
        String id = sync.actionByKey("auth-login").path("id").asString();

        sync.sync(catalog(List.of(action("auth-login", "Auth: Sign in", "login"), LOGOUT),
                List.of(destination("login-alert", "#ops", List.of("auth-login")))));

        ObjectNode renamed = sync.actionByKey("auth-login");
        assertThat(renamed.path("id").asString()).isEqualTo(id);
        assertThat(renamed.path("name").asString()).isEqualTo("Auth: Sign in");
        assertThat(sync.liveActions()).hasSize(2);
    }

    @Test
    void removedActionOrphanedThenPruned() {
        sync.sync(BASE);
        Catalog withoutLogout = catalog(List.of(LOGIN), List.of(destination("login-alert", "#ops", List.of("auth-login"))));

        ApplyResult kept = sync.sync(withoutLogout);
        assertThat(kept.outcomes()).isEmpty();
        assertThat(sync.liveActions()).hasSize(2);

        ApplyResult pruned = sync.sync(withoutLogout, new PlanOptions(true, false));
        assertThat(pruned.appliedCount()).isEqualTo(1);
        assertThat(sync.liveActions()).extracting(action -> action.path("name").asString()).containsExactly("Auth: Login");
    }

    @Test
    void unmanagedNameConflictsUntilAdopted() {
        ObjectNode byHand = CatalogJson.mapper().createObjectNode();
        byHand.put("name", "Auth: Login");
        byHand.putArray("steps").addObject().put("event", "login");
        long handId = sync.standIn.seedAction(StandInSync.PROJECT, byHand).path("id").asLong();

        assertThatThrownBy(() -> sync.sync(BASE))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("conflicts with Action " + handId)
                .hasMessageContaining("/data-management/actions/" + handId);
        assertThat(sync.writes()).isZero();

        sync.sync(BASE, new PlanOptions(false, true));
        assertThat(sync.actionByKey("auth-login").path("id").asLong()).isEqualTo(handId);
        assertThat(sync.liveActions()).hasSize(2);
    }

    @Test
    void channelWithoutAppFailsBeforeAnyWrite() {
        Catalog catalog = catalog(List.of(LOGIN), List.of(destination("d", "#outside", List.of("auth-login"))));

        assertThatThrownBy(() -> sync.sync(catalog))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("Invite the PostHog app");
        assertThat(sync.writes()).isZero();
    }

    @Test
    void renamedActionRenamesDestinationFilter() {
        sync.sync(BASE);
        String id = sync.actionByKey("auth-login").path("id").asString();

        ApplyResult result = sync.sync(catalog(List.of(action("auth-login", "Auth: Sign in", "login"), LOGOUT),
                List.of(destination("login-alert", "#ops", List.of("auth-login")))));

        assertThat(result.outcomes()).extracting(outcome -> outcome.change().kind()).containsExactly(
                ChangeKind.UPDATE, ChangeKind.UPDATE);
        ObjectNode filter = (ObjectNode) sync.liveFunctions().get(0).path("filters").path("actions").get(0);
        assertThat(filter.path("id").asString()).isEqualTo(id);
        assertThat(filter.path("name").asString()).isEqualTo("Auth: Sign in");
        assertThat(sync.plan(BASE, new PlanOptions(false, false)).hasDrift()).isTrue();
    }

    @Test
    void pruneLeavesOtherCatalogsObjects() {
        Catalog billing = new Catalog(1, "billing", List.of(), List.of(action("billing-paid", "Billing: Paid", "paid")),
                List.of(destination("paid-alert", "#ops", List.of("billing-paid"))));
        sync.sync(billing);
        sync.sync(BASE);

        ApplyResult pruned = sync.sync(catalog(List.of(LOGIN), List.of()), new PlanOptions(true, false));

        assertThat(pruned.outcomes()).extracting(outcome -> outcome.change().key())
                .containsExactlyInAnyOrder("login-alert", "auth-logout");
        assertThat(sync.liveActions()).extracting(action -> action.path("name").asString())
                .containsExactlyInAnyOrder("Auth: Login", "Billing: Paid");
        assertThat(sync.liveFunctions()).extracting(function -> function.path("name").asString())
                .containsExactly("Alert paid-alert");
        assertThat(sync.plan(billing, new PlanOptions(true, false)).hasDrift()).isFalse();
    }

    private static ActionDefinition withFilter(String plan) {
        PropertyFilter filter = new PropertyFilter("plan", CatalogJson.mapper().getNodeFactory().stringNode(plan), "exact", null);
        return new ActionDefinition("billing-paid", "Billing: Paid", "", List.of(), "com.example.T",
                List.of(new ActionStep("invoice-paid", List.of(filter), null, null, null, null, null, null, null, null)));
    }
}
