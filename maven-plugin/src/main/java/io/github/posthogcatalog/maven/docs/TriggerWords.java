package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.Masking;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Describes when a Slack alert fires: "every time", "once per person per 24 hours". The words follow
 * PostHog's trigger options (masking): a masking hash of {@code all} runs once per interval,
 * {@code {person.id}} once per person, {@code {concat(person.id, event.event)}} once per person and
 * event name, and no masking runs every time.
 */
public final class TriggerWords {

    private TriggerWords() {}

    /** Returns the alert's trigger in plain words. */
    public static String describe(DestinationDefinition alert) {
        Masking masking = alert.masking();
        if (masking == null) {
            return "every time";
        }
        String interval = " per " + interval(masking.ttl());
        String words = switch (masking.hash()) {
            case "all" -> "once" + interval;
            case "{person.id}" -> "once per person" + interval;
            case "{concat(person.id, event.event)}" -> "once per person and event" + interval;
            default -> "once per value of " + masking.hash() + interval;
        };
        if (masking.threshold() != null) {
            words += ", or again after " + NumberFormat.getIntegerInstance(Locale.ROOT).format(masking.threshold())
                    + " events";
        }
        return words;
    }

    /** Returns a number of seconds as the largest whole unit: "24 hours", "hour", "30 minutes". */
    static String interval(int seconds) {
        if (seconds % 3600 == 0) {
            return count(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return count(seconds / 60, "minute");
        }
        return count(seconds, "second");
    }

    private static String count(int amount, String unit) {
        return amount == 1 ? unit : amount + " " + unit + "s";
    }
}
