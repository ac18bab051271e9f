package io.github.posthogcatalog.maven.plan;

import static io.github.posthogcatalog.maven.plan.Fixtures.TARGET;
import static io.github.posthogcatalog.maven.plan.Fixtures.action;
import static io.github.posthogcatalog.maven.plan.Fixtures.destination;
import static io.github.posthogcatalog.maven.plan.Fixtures.storedAction;
import static io.github.posthogcatalog.maven.plan.Fixtures.storedDestination;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.maven.api.SlackChannel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DestinationPlanningTest {

    private static final ActionDefinition LOGIN = action("auth-login", "Auth: Login", "login");
    private static final ChannelResolver CHANNELS = ChannelResolver.of(
            List.of(new SlackChannel("C0000OPS", "ops", false, true)), 5);

    private static DesiredState desired(DestinationDefinition destination) {
        return DesiredStateBuilder.build(
                new Catalog(1, "test", List.of(), List.of(LOGIN), List.of(destination)), CHANNELS, 5L);
    }

    private static Plan plan(DesiredState desired, List<ObjectNode> destinations, PlanOptions options) {
        return new Planner(TARGET, options).plan(desired, new CurrentState(List.of(storedAction(31, LOGIN)), destinations));
    }

    private static ObjectNode stored(DesiredState desired, String id) {
        return storedDestination(id, desired.destinations().values().iterator().next(), 5L, Map.of("auth-login", "31"),
                desired::actionName);
    }

    @Test
    void missingDestinationIsCreated() {
        DesiredState desired = desired(destination("login-alert", "#ops", List.of(), List.of("auth-login")));

        Plan plan = plan(desired, List.of(), new PlanOptions(false, false));

        assertThat(plan.changes()).extracting(Change::type, Change::kind).contains(
                org.assertj.core.groups.Tuple.tuple(ObjectType.DESTINATION, ChangeKind.CREATE));
    }

    @Test
    void storedEchoWithServerFieldsIsUnchanged() {
        DesiredState desired = desired(destination("login-alert", "#ops", List.of("signup"), List.of("auth-login")));
        ObjectNode stored = stored(desired, "0190-aaaa");
        ((ObjectNode) stored.get("inputs").get("text")).put("value", "{person.name} signed in \n");

        Plan plan = plan(desired, List.of(stored), new PlanOptions(false, false));

        assertThat(plan.changes()).extracting(Change::kind).containsOnly(ChangeKind.UNCHANGED);
    }

    @Test
    void changedTextDiffsOneInput() {
        DesiredState desired = desired(destination("login-alert", "#ops", List.of(), List.of("auth-login")));
        ObjectNode stored = stored(desired, "0190-aaaa");
        ((ObjectNode) stored.get("inputs").get("text")).put("value", "old text");

        Change change = plan(desired, List.of(stored), new PlanOptions(false, false)).changes().get(1);

        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATE);
        assertThat(change.id()).isEqualTo("0190-aaaa");
        assertThat(change.diffs()).singleElement().satisfies(diff -> {
            assertThat(diff.field()).isEqualTo("inputs.text");
            assertThat(diff.current().stringValue()).isEqualTo("old text");
        });
    }

    @Test
    void filterActionIdsCompareByKey() {
        DesiredState desired = desired(destination("login-alert", "#ops", List.of(), List.of("auth-login")));
        ObjectNode stored = stored(desired, "0190-aaaa");
        ((ObjectNode) stored.get("filters").get("actions").get(0)).put("id", 999);

        Change change = plan(desired, List.of(stored), new PlanOptions(false, false)).changes().get(1);

        assertThat(change.diffs()).singleElement().satisfies(diff -> {
            assertThat(diff.field()).isEqualTo("filters.actions");
            assertThat(diff.current().toString()).isEqualTo("[{\"id\":\"#999\",\"name\":\"Auth: Login\"}]");
            assertThat(diff.desired().toString()).isEqualTo("[{\"id\":\"auth-login\",\"name\":\"Auth: Login\"}]");
        });
    }

    @Test
    void disabledInAppIsReenabled() {
        DesiredState desired = desired(destination("login-alert", "#ops", List.of(), List.of("auth-login")));
        ObjectNode stored = stored(desired, "0190-aaaa");
        stored.put("enabled", false);

        Change change = plan(desired, List.of(stored), new PlanOptions(false, false)).changes().get(1);

        assertThat(change.diffs()).extracting(FieldDiff::field).containsExactly("enabled");
    }

    @Test
    void removedDestinationOrphanedThenDeleted() {
        DesiredState old = desired(destination("login-alert", "#ops", List.of(), List.of("auth-login")));
        ObjectNode stored = stored(old, "0190-aaaa");
        DesiredState none = DesiredStateBuilder.build(new Catalog(1, "test", List.of(), List.of(LOGIN), List.of()), null, null);

        assertThat(plan(none, List.of(stored), new PlanOptions(false, false)).changes().get(1).kind())
                .isEqualTo(ChangeKind.ORPHAN);
        assertThat(plan(none, List.of(stored), new PlanOptions(true, false)).changes().get(1).kind())
                .isEqualTo(ChangeKind.DELETE);
    }

    @Test
    void unmanagedDestinationIsIgnored() {
        DesiredState none = DesiredStateBuilder.build(new Catalog(1, "test", List.of(), List.of(LOGIN), List.of()), null, null);
        ObjectNode byHand = Fixtures.unmanagedAction(1, "x");
        byHand.put("id", "0190-bbbb");

        Plan plan = plan(none, List.of(byHand), new PlanOptions(true, true));

        assertThat(plan.changes()).extracting(Change::type).containsOnly(ObjectType.ACTION);
    }

    @Test
    void renamedActionUpdatesFilterName() {
        DesiredState before = desired(destination("login-alert", "#ops", List.of(), List.of("auth-login")));
        ObjectNode stored = stored(before, "0190-aaaa");
        ActionDefinition renamed = action("auth-login", "Auth: Sign in", "login");
        DesiredState after = DesiredStateBuilder.build(new Catalog(1, "test", List.of(), List.of(renamed),
                List.of(destination("login-alert", "#ops", List.of(), List.of("auth-login")))), CHANNELS, 5L);

        Plan plan = new Planner(TARGET, new PlanOptions(false, false))
                .plan(after, new CurrentState(List.of(storedAction(31, LOGIN)), List.of(stored)));

        assertThat(plan.changes()).extracting(Change::type, Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObjectType.ACTION, ChangeKind.UPDATE),
                org.assertj.core.groups.Tuple.tuple(ObjectType.DESTINATION, ChangeKind.UPDATE));
        assertThat(plan.changes().get(1).diffs()).singleElement().satisfies(diff -> {
            assertThat(diff.field()).isEqualTo("filters.actions");
            assertThat(diff.current().get(0).get("name").stringValue()).isEqualTo("Auth: Login");
            assertThat(diff.desired().get(0).get("name").stringValue()).isEqualTo("Auth: Sign in");
            assertThat(diff.desired().get(0).get("id").stringValue()).isEqualTo("auth-login");
        });
    }
}
