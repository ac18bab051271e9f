package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.maven.plan.ChangeKind;
import io.github.posthogcatalog.maven.plan.Plan;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** Builds the command line that applies a plan, for the message of a failed check. */
final class FixCommand {

    private FixCommand() {}

    /**
     * Returns {@code mvn posthog:sync}, with {@code -pl <module>} when the module is not the project
     * the build started in, and {@code -Dposthog.prune=true} when the plan deletes objects.
     */
    static String of(MavenSession session, MavenProject project, Plan plan) {
        StringBuilder command = new StringBuilder("mvn posthog:sync");
        String module = modulePath(session, project);
        if (!module.isEmpty()) {
            command.append(" -pl ").append(module);
        }
        if (!plan.ofKind(ChangeKind.DELETE).isEmpty()) {
            command.append(" -Dposthog.prune=true");
        }
        if (!plan.ofKind(ChangeKind.ADOPT).isEmpty()) {
            command.append(" -Dposthog.adopt=true");
        }
        return command.toString();
    }

    private static String modulePath(MavenSession session, MavenProject project) {
        MavenProject top = session.getTopLevelProject();
        if (top == null || top.getBasedir() == null || project.getBasedir() == null) {
            return "";
        }
        Path root = top.getBasedir().toPath().toAbsolutePath().normalize();
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        if (root.equals(module) || !module.startsWith(root)) {
            return "";
        }
        return root.relativize(module).toString().replace('\\', '/');
    }
}
