package io.github.posthogcatalog.benchmarks.sync;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.DestinationFilters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalog of the sync benchmark: 500 Actions, one per event, and 100 Slack destinations, each
 * alerting on one Action in one of 10 channels. It goes through the catalog file format
 * ({@link CatalogJson#write} and {@link CatalogJson#read}), as a catalog from a jar does.
 */
final class SyncCatalog {

    static final int ACTIONS = 500;
    static final int DESTINATIONS = 100;
    static final int CHANNELS = 10;

    private SyncCatalog() {}

    /** Returns the names of the channels that the destinations post to, without {@code #}. */
    static List<String> channelNames() {
        List<String> names = new ArrayList<>();
        for (int index = 0; index < CHANNELS; index++) {
            names.add("alerts-" + index);
        }
        return names;
    }

    /** Builds the base catalog, writes it to {@code file} and returns what reading the file gives. */
    static Catalog base(Path file) throws IOException {
        List<ActionDefinition> actions = new ArrayList<>();
        for (int index = 0; index < ACTIONS; index++) {
            actions.add(action(index, "Counts step " + index + " of the checkout funnel."));
        }
        List<DestinationDefinition> destinations = new ArrayList<>();
        for (int index = 0; index < DESTINATIONS; index++) {
            destinations.add(destination(index, "{person.name} reached step " + index + " ({event.event})"));
        }
        return roundTrip(new Catalog(Catalog.FORMAT_VERSION, "sync-benchmark", List.of(), actions, destinations), file);
    }

    /**
     * Returns the base catalog with 10 changes, written to {@code file} and read back: 6 Actions
     * with a new description, 2 new Actions, and 2 destinations with a new message.
     */
    static Catalog tenChanges(Catalog base, Path file) throws IOException {
        List<ActionDefinition> actions = new ArrayList<>(base.actions());
        for (int index = 0; index < 6; index++) {
            int changed = index * 80;
            actions.set(changed, action(changed, "Counts step " + changed + " of the new checkout funnel."));
        }
        actions.add(action(ACTIONS, "Counts the new upsell step."));
        actions.add(action(ACTIONS + 1, "Counts the new survey step."));
        List<DestinationDefinition> destinations = new ArrayList<>(base.destinations());
        for (int index = 0; index < 2; index++) {
            int changed = index * 50;
            destinations.set(changed, destination(changed, "{person.name} finished step " + changed));
        }
        return roundTrip(new Catalog(Catalog.FORMAT_VERSION, "sync-benchmark", List.of(), actions, destinations), file);
    }

    private static ActionDefinition action(int index, String description) {
        String event = String.format(Locale.ROOT, "checkout-step-%03d", index);
        return new ActionDefinition(String.format(Locale.ROOT, "checkout-step-%03d", index),
                String.format(Locale.ROOT, "Checkout: step %03d", index), description, List.of("checkout"),
                "bench.sync.CheckoutActions",
                List.of(new ActionStep(event, List.of(), null, null, null, null, null, null, null, null)));
    }

    private static DestinationDefinition destination(int index, String text) {
        String actionKey = String.format(Locale.ROOT, "checkout-step-%03d", index * (ACTIONS / DESTINATIONS));
        return new DestinationDefinition(String.format(Locale.ROOT, "checkout-alert-%03d", index),
                String.format(Locale.ROOT, "Checkout alert %03d", index), "Posts when a person reaches a checkout step.",
                "#" + channelNames().get(index % CHANNELS), "PostHog: Benchmarks", ":bell:", text, null,
                new DestinationFilters(List.of(), List.of(actionKey)), "every-time", null);
    }

    private static Catalog roundTrip(Catalog catalog, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, CatalogJson.write(catalog), StandardCharsets.UTF_8);
        return CatalogJson.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
}
