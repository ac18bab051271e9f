package io.github.posthogcatalog.processor.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the field paths in a Hog expression: an identifier that is not called as a function,
 * followed by {@code .field}, {@code ?.field} or {@code ['field']} accesses. String literals are
 * skipped. Lambdas ({@code x -> x.y}) are not understood, and their parameters read as paths.
 */
final class FieldPaths {

    /**
     * One path.
     *
     * @param segments the root and the fields, such as {@code [event, properties, $current_url]}
     * @param position the 0-based index of the root in the expression
     */
    record Found(List<String> segments, int position) {}

    private final String expression;
    private int position;

    private FieldPaths(String expression) {
        this.expression = expression;
    }

    /** Returns the paths of {@code expression} in order of appearance. */
    static List<Found> scan(String expression) {
        return new FieldPaths(expression).scanAll();
    }

    private List<Found> scanAll() {
        List<Found> found = new ArrayList<>();
        while (position < expression.length()) {
            char c = expression.charAt(position);
            if (c == '\'' || c == '"' || c == '`') {
                int after = HogTemplate.skipString(expression, position);
                position = after < 0 ? expression.length() : after;
            } else if (isIdentifierStart(c)) {
                readPath(found);
            } else if (Character.isDigit(c)) {
                skipWhile(FieldPaths::isIdentifierPart);
            } else {
                position++;
            }
        }
        return found;
    }

    private void readPath(List<Found> found) {
        int start = position;
        List<String> segments = new ArrayList<>();
        segments.add(readIdentifier());
        if (nextNonSpace() == '(') {
            return;
        }
        while (readAccess(segments)) {
            // Each access appends one segment.
        }
        found.add(new Found(segments, start));
    }

    private boolean readAccess(List<String> segments) {
        if (startsWith("?.") || startsWith(".")) {
            int dot = position;
            position += startsWith("?.") ? 2 : 1;
            if (position < expression.length() && isIdentifierPart(expression.charAt(position))) {
                segments.add(readIdentifier());
                return true;
            }
            position = dot;
            return false;
        }
        if (startsWith("['") || startsWith("[\"")) {
            int after = HogTemplate.skipString(expression, position + 1);
            if (after > 0 && after < expression.length() && expression.charAt(after) == ']') {
                segments.add(expression.substring(position + 2, after - 1));
                position = after + 1;
                return true;
            }
        }
        return false;
    }

    private String readIdentifier() {
        int start = position;
        skipWhile(FieldPaths::isIdentifierPart);
        return expression.substring(start, position);
    }

    private char nextNonSpace() {
        int i = position;
        while (i < expression.length() && Character.isWhitespace(expression.charAt(i))) {
            i++;
        }
        return i < expression.length() ? expression.charAt(i) : 0;
    }

    private boolean startsWith(String prefix) {
        return expression.startsWith(prefix, position);
    }

    private void skipWhile(java.util.function.IntPredicate accepted) {
        while (position < expression.length() && accepted.test(expression.charAt(position))) {
            position++;
        }
    }

    /** Hog identifiers: letters, {@code _} and {@code $}, then also digits (HogQL lexer rule). */
    private static boolean isIdentifierStart(int c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isIdentifierPart(int c) {
        return isIdentifierStart(c) || Character.isDigit(c);
    }
}
