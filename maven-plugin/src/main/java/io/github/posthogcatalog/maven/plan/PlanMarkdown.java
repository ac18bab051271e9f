package io.github.posthogcatalog.maven.plan;

/**
 * Renders a plan as Markdown ready to paste into a pull request: a summary line, a table of the
 * changes, and the field differences of each update in a {@code diff} block.
 */
public final class PlanMarkdown {

    private PlanMarkdown() {}

    /** Returns the Markdown text, ending with a newline. */
    public static String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        out.append("## PostHog plan\n\n");
        out.append(PlanText.header(plan.target())).append("\n\n");
        out.append("**").append(plan.summary()).append("**\n\n");

        if (plan.changes().stream().allMatch(change -> change.kind() == ChangeKind.UNCHANGED)) {
            out.append(plan.target().offline()
                    ? "No changes: the catalog declares no Actions or Slack destinations.\n"
                    : "No changes: PostHog matches the catalog.\n");
            return out.toString();
        }

        out.append("| | change | type | name | key | PostHog id |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Change change : plan.changes()) {
            if (change.kind() == ChangeKind.UNCHANGED) {
                continue;
            }
            out.append("| `").append(change.kind().symbol()).append("` | ").append(change.kind().label())
                    .append(" | ").append(change.type().label())
                    .append(" | ").append(cell(change.name()))
                    .append(" | `").append(change.key()).append('`')
                    .append(" | ").append(idCell(change)).append(" |\n");
        }

        for (Change change : plan.changes()) {
            if (change.diffs().isEmpty() && change.note() == null) {
                continue;
            }
            out.append("\n### ").append(change.kind().label()).append(' ').append(change.type().label())
                    .append(" `").append(change.key()).append("`\n\n");
            if (change.note() != null) {
                out.append(cell(change.note())).append("\n\n");
            }
            if (!change.diffs().isEmpty()) {
                out.append("```diff\n");
                for (FieldDiff diff : change.diffs()) {
                    out.append("- ").append(diff.field()).append(": ").append(PlanText.value(diff.current())).append('\n');
                    out.append("+ ").append(diff.field()).append(": ").append(PlanText.value(diff.desired())).append('\n');
                }
                out.append("```\n");
            }
        }
        return out.toString();
    }

    private static String idCell(Change change) {
        if (change.id() == null) {
            return "";
        }
        return change.url() == null ? change.id() : "[" + change.id() + "](" + change.url() + ")";
    }

    /** Escapes the characters that would break a table cell or start Markdown formatting. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
    }
}
