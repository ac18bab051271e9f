package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.maven.apply.ApplyResult;
import io.github.posthogcatalog.maven.plan.ChangeKind;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.sync.SyncWorkflow;
import java.nio.file.Path;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Plans like {@code posthog:plan}, then applies the plan: Actions first, then the Slack destinations
 * that refer to them, deletions (with {@code posthog.prune}) in reverse. A run that stops half-way
 * is completed by the next one without duplicates.
 */
@Mojo(name = "sync", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SyncMojo extends AbstractPostHogMojo {

    /** Stop after printing and writing the plan; send no write to PostHog. */
    @Parameter(property = "posthog.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Skip this goal only. */
    @Parameter(property = "posthog.sync.skip", defaultValue = "false")
    private boolean skipSync;

    @Inject
    public SyncMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "posthog:sync";
    }

    @Override
    boolean skipGoal() {
        return skipSync;
    }

    @Override
    String skipProperty() {
        return "posthog.sync.skip";
    }

    @Override
    boolean needsPostHog() {
        return true;
    }

    @Override
    void afterPlan(SyncWorkflow workflow, Plan plan, Path markdown) {
        if (dryRun) {
            getLog().info("posthog:sync: dry run (posthog.dryRun), nothing applied; plan: " + plan.summary() + ".");
            return;
        }
        ApplyResult result = workflow.apply(plan);
        Map<ChangeKind, Integer> counts = plan.counts();
        getLog().info("posthog:sync: applied " + result.appliedCount() + " changes ("
                + counts.get(ChangeKind.CREATE) + " created, " + counts.get(ChangeKind.UPDATE) + " updated, "
                + counts.get(ChangeKind.ADOPT) + " adopted, " + counts.get(ChangeKind.DELETE) + " deleted) with "
                + result.requests() + " requests; " + counts.get(ChangeKind.UNCHANGED) + " unchanged, "
                + counts.get(ChangeKind.ORPHAN) + " orphaned, " + counts.get(ChangeKind.OTHER_CATALOG)
                + " of other catalogs.");
    }
}
