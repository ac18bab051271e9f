package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.util.List;

/**
 * Builds the link lists that tie events, Actions and alerts together, the same way for HTML and
 * Markdown. A name that the catalog does not declare (a PostHog built-in event such as
 * {@code $pageview}, or an Action of a catalog that was not read) is shown as code without a link.
 */
final class CrossLinks {

    private final CatalogIndex index;

    CrossLinks(CatalogIndex index) {
        this.index = index;
    }

    /** Returns links to the Actions that match an event, or an empty phrase. */
    Phrase actionsMatching(EventDefinition event) {
        Phrase.Builder phrase = new Phrase.Builder();
        List<ActionDefinition> actions = index.actionsMatching(event.name());
        for (int i = 0; i < actions.size(); i++) {
            separate(i, phrase);
            phrase.link(Anchors.action(actions.get(i).key()), actions.get(i).name(), false);
        }
        return phrase.build();
    }

    /** Returns links to the alerts an event fires, with the Action in between where there is one. */
    Phrase alertsFiredBy(EventDefinition event) {
        Phrase.Builder phrase = new Phrase.Builder();
        List<CatalogIndex.AlertReference> references = index.alertsFiredBy(event.name());
        for (int i = 0; i < references.size(); i++) {
            CatalogIndex.AlertReference reference = references.get(i);
            separate(i, phrase);
            phrase.link(Anchors.alert(reference.alert().key()), reference.alert().name(), false);
            if (reference.viaAction() != null) {
                phrase.text(" (through the Action ")
                        .link(Anchors.action(reference.viaAction().key()), reference.viaAction().name(), false)
                        .text(")");
            }
        }
        return phrase.build();
    }

    /** Returns links to the events that an Action's steps name. */
    Phrase eventsOf(ActionDefinition action) {
        return eventLinks(CatalogIndex.eventNamesOf(action));
    }

    /** Returns links to the alerts that fire on an Action. */
    Phrase alertsOn(ActionDefinition action) {
        return alertLinks(index.alertsOnAction(action.key()));
    }

    /** Returns links to the events that trigger an alert directly. */
    Phrase eventsTriggering(DestinationDefinition alert) {
        return eventLinks(alert.filters().events());
    }

    /** Returns links to the Actions that trigger an alert. */
    Phrase actionsTriggering(DestinationDefinition alert) {
        Phrase.Builder phrase = new Phrase.Builder();
        List<String> keys = alert.filters().actions();
        for (int i = 0; i < keys.size(); i++) {
            separate(i, phrase);
            String key = keys.get(i);
            index.action(key).ifPresentOrElse(
                    action -> phrase.link(Anchors.action(key), action.name(), false),
                    () -> phrase.code(key));
        }
        return phrase.build();
    }

    private Phrase eventLinks(List<String> names) {
        Phrase.Builder phrase = new Phrase.Builder();
        for (int i = 0; i < names.size(); i++) {
            separate(i, phrase);
            String name = names.get(i);
            if (index.event(name).isPresent()) {
                phrase.link(Anchors.event(name), name, true);
            } else {
                phrase.code(name);
            }
        }
        return phrase.build();
    }

    private static Phrase alertLinks(List<DestinationDefinition> alerts) {
        Phrase.Builder phrase = new Phrase.Builder();
        for (int i = 0; i < alerts.size(); i++) {
            separate(i, phrase);
            phrase.link(Anchors.alert(alerts.get(i).key()), alerts.get(i).name(), false);
        }
        return phrase.build();
    }

    private static void separate(int position, Phrase.Builder phrase) {
        if (position > 0) {
            phrase.text(", ");
        }
    }
}
