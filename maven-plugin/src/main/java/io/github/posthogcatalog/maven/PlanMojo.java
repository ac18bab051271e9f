package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.sync.SyncWorkflow;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Compares the catalog with the PostHog project and prints what {@code posthog:sync} would do:
 * create, update (with the fields that differ), delete, adopt, conflicts and orphans. Writes the plan
 * to {@code target/posthog/plan.json} and {@code plan.md}. Never writes to PostHog. Without an API
 * key it plans against an empty project, so it works with no PostHog account and offline.
 */
@Mojo(name = "plan", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class PlanMojo extends AbstractPostHogMojo {

    /** Skip this goal only. */
    @Parameter(property = "posthog.plan.skip", defaultValue = "false")
    private boolean skipPlan;

    @Inject
    public PlanMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "posthog:plan";
    }

    @Override
    boolean skipGoal() {
        return skipPlan;
    }

    @Override
    String skipProperty() {
        return "posthog.plan.skip";
    }

    @Override
    boolean needsPostHog() {
        return false;
    }

    @Override
    void afterPlan(SyncWorkflow workflow, Plan plan, Path markdown) {
        getLog().info("posthog:plan: " + plan.summary() + "; written to " + markdown.getParent() + ".");
    }
}
