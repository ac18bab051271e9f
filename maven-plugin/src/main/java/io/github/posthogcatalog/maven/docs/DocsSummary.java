package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.Catalog;
import java.nio.file.Path;

/**
 * The counts and files of one {@link DocsWriter} run.
 *
 * @param events the number of events documented
 * @param actions the number of Actions documented
 * @param alerts the number of Slack alerts documented
 * @param html the HTML page, or null when nothing was written
 * @param markdown the Markdown file, or null when nothing was written
 */
public record DocsSummary(int events, int actions, int alerts, Path html, Path markdown) {

    /** Returns the counts of a catalog, with no files. */
    public static DocsSummary of(Catalog catalog) {
        return new DocsSummary(catalog.events().size(), catalog.actions().size(), catalog.destinations().size(),
                null, null);
    }

    /** Returns the counts as a phrase: "5 events, 5 Actions and 4 Slack alerts". */
    public String countsInWords() {
        return count(events, "event") + ", " + count(actions, "Action") + " and " + count(alerts, "Slack alert");
    }

    private static String count(int amount, String noun) {
        return amount + " " + noun + (amount == 1 ? "" : "s");
    }
}
