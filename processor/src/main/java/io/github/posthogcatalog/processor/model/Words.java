package io.github.posthogcatalog.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits names into lower-case words, the common ground of every naming convention. */
public final class Words {

    private Words() {}

    /**
     * Splits a Java or wire name into lower-case words. A word ends at any character that is not a
     * letter or digit, before an upper-case letter that follows a lower-case letter or digit, and
     * before the last capital of a run of capitals followed by a lower-case letter. So
     * {@code tokenCount} gives {@code token, count}, {@code URLPath} gives {@code url, path} and
     * {@code espi-message} gives {@code espi, message}.
     */
    public static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && startsWord(name, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /** Returns the words joined in lowerCamelCase. */
    public static String lowerCamel(List<String> words) {
        String upper = upperCamel(words);
        return upper.isEmpty() ? upper : Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
    }

    /** Returns the words joined in UpperCamelCase. */
    public static String upperCamel(List<String> words) {
        StringBuilder result = new StringBuilder();
        for (String word : words) {
            result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return result.toString();
    }

    /**
     * Returns the form under which two wire names count as the same: lower-case, with spaces,
     * hyphens and underscores removed, so {@code item count} equals {@code item_count}.
     */
    public static String normalise(String wireName) {
        return wireName.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static boolean startsWord(String name, int index) {
        if (index == 0) {
            return false;
        }
        char previous = name.charAt(index - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        boolean nextIsLower = index + 1 < name.length() && Character.isLowerCase(name.charAt(index + 1));
        return Character.isUpperCase(previous) && nextIsLower;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
