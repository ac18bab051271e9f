package io.github.posthogcatalog.processor.actions;

import java.util.ArrayList;
import java.util.List;

/** Turns a type's Javadoc into a description for the catalog. */
public final class Javadoc {

    private Javadoc() {}

    /**
     * Returns the main description of {@code docComment}: the text before the first block tag
     * ({@code @param}, {@code @see} ...), with lines stripped and joined by single spaces within a
     * paragraph. Returns an empty string for null.
     */
    public static String summary(String docComment) {
        if (docComment == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : docComment.strip().split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith("@")) {
                break;
            }
            lines.add(stripped);
        }
        return String.join("\n", lines).strip().replaceAll("(?<!\n)\n(?!\n)", " ").replaceAll("\n{2,}", "\n\n");
    }
}
