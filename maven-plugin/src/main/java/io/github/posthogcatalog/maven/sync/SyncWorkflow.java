package io.github.posthogcatalog.maven.sync;

import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.MergedCatalog;
import io.github.posthogcatalog.catalog.SourcedCatalog;
import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.apply.Applier;
import io.github.posthogcatalog.maven.apply.ApplyResult;
import io.github.posthogcatalog.maven.config.ResolvedKey;
import io.github.posthogcatalog.maven.config.ConfigurationException;
import io.github.posthogcatalog.maven.config.PostHogSettings;
import io.github.posthogcatalog.maven.plan.ChannelResolver;
import io.github.posthogcatalog.maven.plan.CurrentState;
import io.github.posthogcatalog.maven.plan.DesiredState;
import io.github.posthogcatalog.maven.plan.DesiredStateBuilder;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanOptions;
import io.github.posthogcatalog.maven.plan.PlanTarget;
import io.github.posthogcatalog.maven.plan.Planner;
import java.util.List;
import java.util.Objects;

/**
 * The steps behind the goals: read the project, plan, and apply. One instance serves one goal
 * execution and owns the only client it opens, so parallel module builds never share state.
 */
public final class SyncWorkflow {

    private final PostHogSettings settings;
    private final PlanOptions options;
    private final ApiFactory apiFactory;
    private final SyncLog log;
    private PostHogApi api;

    /**
     * @param settings the validated settings
     * @param options prune and adopt
     * @param apiFactory opens the REST client
     * @param log where progress goes
     */
    public SyncWorkflow(PostHogSettings settings, PlanOptions options, ApiFactory apiFactory, SyncLog log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = Objects.requireNonNull(options, "options");
        this.apiFactory = Objects.requireNonNull(apiFactory, "apiFactory");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Plans a single catalog against the project, as {@link #plan(MergedCatalog)} does. */
    public Plan plan(Catalog catalog) {
        return plan(new MergedCatalog(catalog, List.of(new SourcedCatalog(catalog.name(), catalog)), List.of()));
    }

    /**
     * Plans the merged catalog against the project. Without an API key the project is taken as empty
     * and nothing is read from PostHog. Managed objects of catalogs outside the merge are left alone.
     */
    public Plan plan(MergedCatalog merged) {
        Catalog catalog = merged.catalog();
        if (settings.apiKey().isEmpty()) {
            log.warn("No PostHog API key is configured, so this plan is made against an EMPTY project and PostHog"
                    + " is not read. " + keyHint());
            DesiredState desired = DesiredStateBuilder.build(merged, null, settings.slackWorkspace());
            PlanTarget target = new PlanTarget(settings.hostText(), settings.projectId(), true);
            return new Planner(target, options).plan(desired, CurrentState.empty());
        }

        PostHogApi client = client();
        long started = System.nanoTime();
        CurrentState current = new CurrentState(client.listActions(), client.listDestinations());
        ChannelResolver channels = catalog.destinations().isEmpty() ? null : ChannelResolver.load(client, workspace(catalog));
        DesiredState desired = DesiredStateBuilder.build(merged, channels, settings.slackWorkspace());
        log.debug("Read " + current.actions().size() + " Actions and " + current.destinations().size()
                + " destinations of project " + settings.projectId() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");

        PlanTarget target = new PlanTarget(settings.hostText(), settings.projectId(), false);
        return new Planner(target, options).plan(desired, current);
    }

    /**
     * Applies a plan made by {@link #plan} with this workflow.
     *
     * @throws io.github.posthogcatalog.maven.plan.PlanningException when the plan has conflicts
     * @throws io.github.posthogcatalog.maven.apply.ApplyException when a write failed
     */
    public ApplyResult apply(Plan plan) {
        if (plan.target().offline()) {
            throw new ConfigurationException("Cannot apply a plan made without an API key. " + keyHint());
        }
        return new Applier(client(), plan, settings.parallelism(), log::debug).apply();
    }

    /** Returns the sentence that lists the places an API key is read from. */
    public static String keyHint() {
        return "Give a PostHog personal API key with -Dposthog.apiKey, the POSTHOG_PERSONAL_API_KEY environment"
                + " variable, or a settings.xml <server> whose password is the key (its id is 'posthog' unless"
                + " <serverId> or -Dposthog.serverId sets another).";
    }

    private long workspace(Catalog catalog) {
        if (settings.slackWorkspace() == null) {
            throw new ConfigurationException("The catalog has " + catalog.destinations().size() + " Slack destination(s),"
                    + " but posthog.slack.workspace is not set. Set <slackWorkspace> or -Dposthog.slack.workspace to the"
                    + " id of the project's Slack integration, shown under Project settings > Integrations in PostHog.");
        }
        return settings.slackWorkspace();
    }

    private PostHogApi client() {
        if (api == null) {
            ResolvedKey key = settings.apiKey().orElseThrow(() -> new ConfigurationException(keyHint()));
            api = apiFactory.open(settings, key);
        }
        return api;
    }
}
