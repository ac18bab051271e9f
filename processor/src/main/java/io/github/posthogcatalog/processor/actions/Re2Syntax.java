package io.github.posthogcatalog.processor.actions;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;

/**
 * Checks regular expressions against RE2's syntax. PostHog evaluates the {@code regex} matching of
 * Action steps and the {@code regex}/{@code not_regex} property operators with RE2, and older
 * PostHog versions store a pattern that RE2 cannot compile without complaint, so the Action then
 * never matches. RE2 has no lookaround and no backreferences.
 */
public final class Re2Syntax {

    private static final String RE2J_PREFIX = "error parsing regexp: ";

    private Re2Syntax() {}

    /**
     * Compiles {@code pattern} with RE2/J.
     *
     * @return empty when the pattern is valid, otherwise the parser's message, such as
     *     {@code "missing closing ): `(ab`"}
     */
    public static Optional<String> check(String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(withoutPrefix(e.getMessage()));
        }
    }

    private static String withoutPrefix(String message) {
        return message.startsWith(RE2J_PREFIX) ? message.substring(RE2J_PREFIX.length()) : message;
    }
}
