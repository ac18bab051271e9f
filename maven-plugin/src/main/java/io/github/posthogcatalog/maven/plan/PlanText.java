package io.github.posthogcatalog.maven.plan;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Prints a plan for the console, in the style of Terraform: {@code +} create, {@code ~} update or
 * adopt with one {@code field: old -> new} line per difference, {@code -} delete, {@code !} conflict
 * or orphan. Unchanged objects are only counted.
 */
public final class PlanText {

    /** Values longer than this are cut in the console; plan.json keeps them whole. */
    private static final int MAX_VALUE_CHARS = 240;

    private PlanText() {}

    /** Returns the plan as console lines, without trailing newlines. */
    public static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(header(plan.target()));
        for (Change change : plan.changes()) {
            if (change.kind() == ChangeKind.UNCHANGED) {
                continue;
            }
            lines.add("  " + change.kind().symbol() + " " + headline(change));
            for (FieldDiff diff : change.diffs()) {
                lines.add("      " + diff.field() + ": " + value(diff.current()) + " -> " + value(diff.desired()));
            }
            if (change.note() != null) {
                lines.add("      " + change.note());
            }
            if (change.url() != null && change.kind() != ChangeKind.UPDATE) {
                lines.add("      " + change.url());
            }
        }
        if (!plan.hasDrift()) {
            lines.add(plan.target().offline()
                    ? "  No changes: the catalog declares no Actions or Slack destinations."
                    : "  No changes: PostHog matches the catalog.");
        }
        lines.add("Plan: " + plan.summary() + ".");
        return lines;
    }

    /** Returns where the plan was made, with a clear word when it was made against an empty project. */
    static String header(PlanTarget target) {
        if (target.offline()) {
            return "PostHog plan against an EMPTY project (no API key configured, so PostHog was not read):";
        }
        return "PostHog plan for project " + target.projectId() + " at " + target.host() + ":";
    }

    /** Returns a change's headline, such as {@code update action 'Login' (auth-login, id 12)}. */
    static String headline(Change change) {
        return change.kind().label() + " " + change.describe();
    }

    /** Returns a value as compact JSON, cut to a readable length; an absent value prints as {@code (none)}. */
    static String value(JsonNode node) {
        if (node == null) {
            return "(none)";
        }
        String text = node.toString();
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }
}
