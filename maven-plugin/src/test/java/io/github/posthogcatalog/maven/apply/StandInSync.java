package io.github.posthogcatalog.maven.apply;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.DestinationFilters;
import io.github.posthogcatalog.maven.api.ApiKey;
import io.github.posthogcatalog.maven.api.PostHogClient;
import io.github.posthogcatalog.maven.api.PostHogClientSettings;
import io.github.posthogcatalog.maven.config.PostHogSettings;
import io.github.posthogcatalog.maven.config.ResolvedKey;
import io.github.posthogcatalog.maven.plan.ManagedMarker;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanOptions;
import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import io.github.posthogcatalog.maven.standin.RecordedRequest;
import io.github.posthogcatalog.maven.sync.SyncLog;
import io.github.posthogcatalog.maven.sync.SyncWorkflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Runs plan and apply against a real stand-in on loopback, as {@code posthog:sync} does. */
final class StandInSync {

    static final long PROJECT = PostHogStandIn.DEFAULT_PROJECT;
    static final long WORKSPACE = 7;

    final PostHogStandIn standIn;
    final List<String> warnings = new ArrayList<>();
    int parallelism = 4;

    StandInSync() {
        standIn = PostHogStandIn.start();
        standIn.addIntegration(PROJECT, WORKSPACE, "slack", "Test", List.of(
                PostHogStandIn.channel("C0000OPS", "ops", false, true),
                PostHogStandIn.channel("C0000OUT", "outside", false, false)));
    }

    /** Plans the catalog against the stand-in with a fresh client, as one goal execution would. */
    Plan plan(Catalog catalog, PlanOptions options) {
        return workflow(options).plan(catalog);
    }

    /** Plans and applies, as {@code posthog:sync} does. */
    ApplyResult sync(Catalog catalog, PlanOptions options) {
        SyncWorkflow workflow = workflow(options);
        return workflow.apply(workflow.plan(catalog));
    }

    ApplyResult sync(Catalog catalog) {
        return sync(catalog, new PlanOptions(false, false));
    }

    private SyncWorkflow workflow(PlanOptions options) {
        PostHogSettings settings = new PostHogSettings(standIn.baseUri(), PROJECT, WORKSPACE,
                Optional.of(new ResolvedKey(ApiKey.of(PostHogStandIn.DEFAULT_KEY), "a test")),
                Duration.ofSeconds(5), Duration.ofSeconds(10), parallelism, null);
        return new SyncWorkflow(settings, options, (resolved, key) -> PostHogClient.create(
                PostHogClientSettings.builder(standIn.baseUri(), PROJECT, key.key())
                        .initialBackoff(Duration.ofMillis(20))
                        .maxBackoff(Duration.ofSeconds(2))
                        .build()), log());
    }

    /** Returns the stored Actions that are not soft-deleted. */
    List<ObjectNode> liveActions() {
        return standIn.actions(PROJECT).stream().filter(action -> !action.path("deleted").asBoolean()).toList();
    }

    /** Returns the stored hog functions that are not soft-deleted. */
    List<ObjectNode> liveFunctions() {
        return standIn.hogFunctions(PROJECT).stream().filter(function -> !function.path("deleted").asBoolean()).toList();
    }

    /** Returns the stored live Action with this catalog key in its marker. */
    ObjectNode actionByKey(String key) {
        return liveActions().stream()
                .filter(action -> ManagedMarker.keyOf(action.path("description").asString()).filter(key::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No live Action with key " + key));
    }

    long writes() {
        return standIn.requests().stream().filter(RecordedRequest::isWrite).count();
    }

    void close() {
        standIn.close();
    }

    static ActionDefinition action(String key, String name, String event) {
        return new ActionDefinition(key, name, "About " + key + ".", List.of("test"), "com.example.T",
                List.of(new ActionStep(event, List.of(), null, null, null, null, null, null, null, null)));
    }

    static DestinationDefinition destination(String key, String channel, List<String> actionKeys) {
        return new DestinationDefinition(key, "Alert " + key, "", channel, "PostHog: Test", ":bell:",
                "{person.name} did {event.event}", null, new DestinationFilters(List.of(), actionKeys), "every-time", null);
    }

    static Catalog catalog(List<ActionDefinition> actions, List<DestinationDefinition> destinations) {
        return new Catalog(1, "test", List.of(), actions, destinations);
    }

    private SyncLog log() {
        return new SyncLog() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {}
        };
    }
}
