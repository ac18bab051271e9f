package io.github.posthogcatalog.processor.actions;

import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Parses the CSS selectors that PostHog's Action matcher understands, and rejects everything else
 * with the position of the first character it cannot accept.
 *
 * <p>PostHog matches a step's selector against the autocaptured element chain by splitting it into
 * parts and reading each part with a few regular expressions (the plugin server's action matcher
 * and its Python twin). Anything those expressions do not recognise is dropped silently, so a
 * selector such as {@code a[href^="/docs"]} is stored without complaint and then matches the
 * wrong elements or none. This parser accepts exactly the subset that PostHog reads correctly:
 *
 * <ul>
 *   <li>a tag name of ASCII letters and digits, starting with a letter ({@code button});
 *   <li>{@code .class}, where a backslash escapes the next character ({@code .md\:flex});
 *   <li>{@code #id};
 *   <li>{@code [attr="value"]} or {@code [attr='value']}: equality with a quoted value only;
 *   <li>{@code :nth-child(n)} and {@code :nth-of-type(n)} with a positive integer {@code n};
 *   <li>the descendant (whitespace) and child ({@code >}) combinators.
 * </ul>
 *
 * <p>Rejected: the universal selector, selector lists ({@code ,}), the sibling combinators
 * ({@code +}, {@code ~}), attribute presence ({@code [attr]}), the operators {@code *=},
 * {@code ^=}, {@code $=}, {@code ~=} and {@code |=}, unquoted attribute values, other
 * pseudo-classes, pseudo-elements and {@code an+b} arguments.
 */
public final class SelectorSyntax {

    /**
     * The reason a selector was rejected.
     *
     * @param position the 0-based index of the offending character in the selector
     * @param message what is wrong there, and what PostHog accepts instead
     */
    public record SelectorError(int position, String message) {}

    private final String selector;
    private int position;

    private SelectorSyntax(String selector) {
        this.selector = selector;
    }

    /** Parses {@code selector}; returns empty when PostHog can match it as written. */
    public static Optional<SelectorError> check(String selector) {
        try {
            new SelectorSyntax(selector).parseSelector();
            return Optional.empty();
        } catch (InvalidSelector e) {
            return Optional.of(e.error);
        }
    }

    private void parseSelector() {
        skipWhitespace();
        if (atEnd()) {
            throw fail("the selector is empty");
        }
        parseCompound();
        while (!atEnd()) {
            parseCombinator();
            if (!atEnd()) {
                parseCompound();
            }
        }
    }

    private void parseCombinator() {
        int before = position;
        skipWhitespace();
        if (!atEnd() && peek() == '>') {
            position++;
            skipWhitespace();
            if (atEnd()) {
                throw fail("the selector ends with a combinator; add the element it should match");
            }
        } else if (position == before) {
            throw fail(unexpected());
        }
    }

    private void parseCompound() {
        int start = position;
        if (isLetter(peek())) {
            readWhile(SelectorSyntax::isTagChar);
        }
        while (!atEnd() && !Character.isWhitespace(peek()) && peek() != '>') {
            switch (peek()) {
                case '.' -> parseClass();
                case '#' -> parseId();
                case '[' -> parseAttribute();
                case ':' -> parsePseudoClass();
                default -> throw fail(unexpected());
            }
        }
        if (position == start) {
            throw fail(unexpected());
        }
    }

    private void parseClass() {
        position++;
        int start = position;
        while (!atEnd() && (isNameChar(peek()) || peek() == '\\')) {
            if (peek() == '\\') {
                position++;
                if (atEnd()) {
                    throw fail("a backslash at the end escapes nothing");
                }
            }
            position++;
        }
        if (position == start) {
            throw fail("'.' must be followed by a class name");
        }
    }

    private void parseId() {
        position++;
        if (readWhile(SelectorSyntax::isNameChar) == 0) {
            throw fail("'#' must be followed by an id");
        }
    }

    private void parseAttribute() {
        position++;
        if (readWhile(SelectorSyntax::isAttributeNameChar) == 0) {
            throw fail("'[' must be followed by an attribute name");
        }
        if (atEnd()) {
            throw fail("the attribute selector is not closed with ']'");
        }
        if (peek() == ']') {
            throw fail("PostHog cannot match attribute presence; write [attr=\"value\"]");
        }
        if (peek() != '=') {
            throw fail("PostHog compares attributes for equality only; write [attr=\"value\"]");
        }
        position++;
        parseQuotedValue();
        if (atEnd() || peek() != ']') {
            throw fail("the attribute selector is not closed with ']'");
        }
        position++;
    }

    private void parseQuotedValue() {
        if (atEnd() || (peek() != '"' && peek() != '\'')) {
            throw fail("PostHog matches only quoted attribute values; write [attr=\"value\"]");
        }
        char quote = peek();
        int open = position;
        position++;
        while (!atEnd() && peek() != quote) {
            position += peek() == '\\' ? 2 : 1;
        }
        if (atEnd()) {
            position = open;
            throw fail("the quoted value is not closed");
        }
        position++;
    }

    private void parsePseudoClass() {
        int colon = position;
        position++;
        int nameStart = position;
        readWhile(c -> isLetter(c) || c == '-');
        String name = selector.substring(nameStart, position);
        if (!name.equals("nth-child") && !name.equals("nth-of-type")) {
            position = colon;
            throw fail("PostHog supports only the pseudo-classes :nth-child(n) and :nth-of-type(n)");
        }
        if (atEnd() || peek() != '(') {
            throw fail(":" + name + " must be followed by (n)");
        }
        position++;
        int digitsStart = position;
        readWhile(Character::isDigit);
        String digits = selector.substring(digitsStart, position);
        if (digits.isEmpty() || digits.chars().allMatch(c -> c == '0')) {
            position = digitsStart;
            throw fail("PostHog accepts only a positive integer in :" + name + "(n)");
        }
        if (atEnd() || peek() != ')') {
            throw fail("PostHog accepts only a positive integer in :" + name + "(n)");
        }
        position++;
    }

    private String unexpected() {
        char c = peek();
        return switch (c) {
            case '*' -> "PostHog does not support the universal selector '*'";
            case ',' -> "PostHog does not support selector lists; use one Action step per selector";
            case '+', '~' -> "PostHog supports only the descendant (space) and child (>) combinators";
            default -> "unexpected character '" + c + "'";
        };
    }

    private int readWhile(IntPredicate accepted) {
        int start = position;
        while (!atEnd() && accepted.test(peek())) {
            position++;
        }
        return position - start;
    }

    private void skipWhitespace() {
        readWhile(Character::isWhitespace);
    }

    private boolean atEnd() {
        return position >= selector.length();
    }

    private char peek() {
        return selector.charAt(position);
    }

    private InvalidSelector fail(String message) {
        return new InvalidSelector(new SelectorError(position, message));
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isTagChar(int c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isNameChar(int c) {
        return isTagChar(c) || c == '-' || c == '_' || c > 0x7f;
    }

    private static boolean isAttributeNameChar(int c) {
        return isNameChar(c) || c == ':' || c == '.';
    }

    /** Unwinds the recursive descent to {@link #check(String)} with the first error. */
    private static final class InvalidSelector extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient SelectorError error;

        InvalidSelector(SelectorError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
