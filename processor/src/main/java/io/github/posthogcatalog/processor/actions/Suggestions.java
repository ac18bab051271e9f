package io.github.posthogcatalog.processor.actions;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean" hints for names that are close to a known one. */
public final class Suggestions {

    /** The largest edit distance still offered as a typo of a known name. */
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {}

    /**
     * Returns {@code "; did you mean \"x\"?"} for the known name closest to {@code name} (ignoring
     * case, at most two edits away), or an empty string when none is close.
     */
    public static String didYouMean(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE)
                .min(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .map(candidate -> "; did you mean \"" + candidate + "\"?")
                .orElse("");
    }

    /** Returns the Levenshtein distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
