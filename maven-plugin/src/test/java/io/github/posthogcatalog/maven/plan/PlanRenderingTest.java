package io.github.posthogcatalog.maven.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PlanRenderingTest {

    private static Plan samplePlan() {
        ActionDefinition login = Fixtures.action("auth-login", "Auth: Sign in", "login");
        ActionDefinition created = Fixtures.action("auth-new", "Auth: New", "new");
        ObjectNode stored = Fixtures.storedAction(41, Fixtures.action("auth-login", "Auth: Login", "login"));
        ObjectNode orphan = Fixtures.storedAction(42, Fixtures.action("gone", "Gone | old", "gone"));
        DesiredState desired = DesiredStateBuilder.build(
                new Catalog(1, "test", List.of(), List.of(login, created), List.of()), null, null);
        return new Planner(Fixtures.TARGET, new PlanOptions(false, false))
                .plan(desired, new CurrentState(List.of(stored, orphan), List.of()));
    }

    @Test
    void textShowsTerraformStyleLines() {
        List<String> lines = PlanText.lines(samplePlan());

        assertThat(lines).contains(
                "  ~ update action 'Auth: Sign in' (auth-login, id 41)",
                "      name: \"Auth: Login\" -> \"Auth: Sign in\"",
                "  + create action 'Auth: New' (auth-new)",
                "  ! orphan action 'Gone | old' (gone, id 42)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "Plan: 1 to create, 1 to update, 0 to adopt, 0 to delete, 0 conflicts, 1 orphaned, 0 unchanged, 0 of other catalogs.");
    }

    @Test
    void offlineHeaderSaysProjectIsEmpty() {
        assertThat(PlanText.header(new PlanTarget("https://us.posthog.com", null, true))).contains("EMPTY project");
    }

    @Test
    void emptyOfflinePlanDoesNotClaimPostHogMatches() {
        DesiredState desired = DesiredStateBuilder.build(new Catalog(1, "test", List.of(), List.of(), List.of()), null, null);
        Plan plan = new Planner(new PlanTarget("https://us.posthog.com", null, true), new PlanOptions(false, false))
                .plan(desired, new CurrentState(List.of(), List.of()));

        assertThat(PlanText.lines(plan)).contains("  No changes: the catalog declares no Actions or Slack destinations.");
        assertThat(PlanMarkdown.render(plan)).contains("No changes: the catalog declares no Actions or Slack destinations.");
        assertThat(PlanMarkdown.render(plan)).doesNotContain("PostHog matches");
    }

    @Test
    void jsonListsChangesWithDiffs() {
        JsonNode json = CatalogJson.mapper().readTree(PlanJson.render(samplePlan()));

        assertThat(json.get("drift").booleanValue()).isTrue();
        assertThat(json.get("summary").get("create").intValue()).isEqualTo(1);
        assertThat(json.get("summary").get("orphan").intValue()).isEqualTo(1);
        JsonNode update = json.get("changes").get(0);
        assertThat(update.get("change").stringValue()).isEqualTo("update");
        assertThat(update.get("id").stringValue()).isEqualTo("41");
        assertThat(update.get("url").stringValue()).endsWith("/project/7/data-management/actions/41");
        assertThat(update.get("diff").get(0).get("current").stringValue()).isEqualTo("Auth: Login");
        assertThat(update.get("diff").get(0).get("desired").stringValue()).isEqualTo("Auth: Sign in");
    }

    @Test
    void markdownEscapesTableCells() {
        String markdown = PlanMarkdown.render(samplePlan());

        assertThat(markdown).contains("| `!` | orphan | action | Gone \\| old | `gone` | [42](https://posthog.example.test/project/7/data-management/actions/42) |");
        assertThat(markdown).contains("```diff\n- name: \"Auth: Login\"\n+ name: \"Auth: Sign in\"\n```");
    }
}
