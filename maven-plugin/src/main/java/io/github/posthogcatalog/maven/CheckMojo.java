package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.maven.plan.ChangeKind;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.sync.SyncWorkflow;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fails the build when PostHog differs from the catalog: anything to create, update, adopt or
 * delete, or a conflict. Prints the plan and the command that fixes it. Orphans (managed objects no
 * longer in the catalog) do not fail the check unless {@code posthog.prune} is on, and objects of other
 * catalogs never do. Binds to
 * {@code verify} when declared in an execution without a phase.
 */
@Mojo(name = "check", threadSafe = true, defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractPostHogMojo {

    /** Skip this goal only. */
    @Parameter(property = "posthog.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Inject
    public CheckMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "posthog:check";
    }

    @Override
    boolean skipGoal() {
        return skipCheck;
    }

    @Override
    String skipProperty() {
        return "posthog.check.skip";
    }

    @Override
    boolean needsPostHog() {
        return true;
    }

    @Override
    void afterPlan(SyncWorkflow workflow, Plan plan, Path markdown) throws MojoFailureException {
        if (!plan.hasDrift()) {
            getLog().info("posthog:check: PostHog matches the catalog; " + plan.summary() + ".");
            return;
        }
        String command = FixCommand.of(session, project, plan);
        throw new MojoFailureException("PostHog differs from the catalog: " + plan.summary() + ". Run\n    " + command
                + "\nto apply the plan above (also in " + markdown + ")."
                + (plan.ofKind(ChangeKind.CONFLICT).isEmpty() ? ""
                        : " The sync stops at conflicts; each one above says how to resolve it."));
    }
}
