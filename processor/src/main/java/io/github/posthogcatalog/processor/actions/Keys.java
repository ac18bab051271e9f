package io.github.posthogcatalog.processor.actions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable keys of Actions and alerts: their form and the slug that derives one from a name. */
public final class Keys {

    /**
     * The maximum key length, because keys travel in a marker line at the end of PostHog
     * descriptions, which should stay short.
     */
    public static final int MAX_LENGTH = 100;

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private Keys() {}

    /**
     * Returns the slug of {@code name}: accents dropped, lower-cased, every run of other characters
     * turned into one {@code -}, with no {@code -} at either end, so {@code "ESPi: New Message"}
     * gives {@code "espi-new-message"}. May be empty, for a name with no ASCII letter or digit.
     */
    public static String slug(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String dashed = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = dashed.startsWith("-") ? 1 : 0;
        int end = dashed.endsWith("-") && dashed.length() > start ? dashed.length() - 1 : dashed.length();
        return dashed.substring(start, Math.max(start, end));
    }

    /** Returns whether {@code key} has the form of a key. */
    public static boolean isValid(String key) {
        return key.length() <= MAX_LENGTH && VALID.matcher(key).matches();
    }
}
