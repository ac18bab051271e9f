package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.processor.alerts.TemplateProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed PostHog Hog template, as used by destination inputs such as a Slack message.
 *
 * <p>Text outside braces is literal; {@code \{} writes a literal brace and {@code \\} a backslash.
 * Each {@code {...}} contains a Hog expression, usually a field path such as
 * {@code {event.properties.plan}}. Liquid's {@code {{ }}} is rejected, as PostHog rejects it in
 * Hog-templated inputs. Inside a placeholder, every identifier that is not a function name, a
 * keyword or a string is read as a field path and checked against PostHog's destination globals
 * ({@link HogGlobals}).
 *
 * @param template the template as written
 * @param placeholders the placeholders, in order
 * @param problems the mistakes found, in order; empty when the template is valid
 */
public record HogTemplate(String template, List<Placeholder> placeholders, List<TemplateProblem> problems) {

    private static final Set<String> KEYWORDS = Set.of(
            "true", "false", "null", "and", "or", "not", "in", "like", "ilike", "is", "if",
            "then", "else", "end", "case", "when");

    public HogTemplate {
        Objects.requireNonNull(template, "template");
        placeholders = List.copyOf(placeholders);
        problems = List.copyOf(problems);
    }

    /** Parses {@code template}, returning each mistake as a {@link TemplateProblem} rather than throwing. */
    public static HogTemplate parse(String template) {
        List<Placeholder> placeholders = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length() && isEscapable(template.charAt(i + 1))) {
                i += 2;
            } else if (c == '{' && isLiquidAt(template, i)) {
                problems.add(liquid(template, i));
                i = afterLiquid(template, i);
            } else if (c == '{') {
                int close = findClose(template, i);
                if (close < 0) {
                    problems.add(new TemplateProblem(Kind.SYNTAX, i,
                            "'{' is not closed; write \\{ for a literal brace"));
                    break;
                }
                placeholders.add(placeholder(template, i, close, problems));
                i = close + 1;
            } else {
                i++;
            }
        }
        return new HogTemplate(template, placeholders, problems);
    }

    /** Returns {@code text} with backslashes and opening braces escaped, so it renders as written. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{");
    }

    private static boolean isEscapable(char c) {
        return c == '{' || c == '\\';
    }

    private static boolean isLiquidAt(String template, int i) {
        return i + 1 < template.length() && (template.charAt(i + 1) == '{' || template.charAt(i + 1) == '%');
    }

    private static TemplateProblem liquid(String template, int i) {
        int close = template.indexOf(template.charAt(i + 1) == '{' ? "}}" : "%}", i + 2);
        String inner = close < 0 ? "" : template.substring(i + 2, close).trim();
        String suggestion = inner.isEmpty() || inner.contains(" ") ? "{event.event}" : "{" + inner + "}";
        return new TemplateProblem(Kind.LIQUID, i, "'" + template.substring(i, i + 2)
                + "' is Liquid syntax, but PostHog reads this message as a Hog template;"
                + " write single braces, such as " + suggestion);
    }

    private static int afterLiquid(String template, int i) {
        int close = template.indexOf(template.charAt(i + 1) == '{' ? "}}" : "%}", i + 2);
        return close < 0 ? template.length() : close + 2;
    }

    /** Returns the index of the brace that closes the one at {@code open}, or -1. */
    private static int findClose(String template, int open) {
        int depth = 0;
        int i = open;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(template, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Returns the index after the string literal that starts at {@code quote}, or -1. */
    static int skipString(String text, int quote) {
        char delimiter = text.charAt(quote);
        int i = quote + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == delimiter) {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static Placeholder placeholder(String template, int open, int close, List<TemplateProblem> problems) {
        String expression = template.substring(open + 1, close);
        if (expression.isBlank()) {
            problems.add(new TemplateProblem(Kind.SYNTAX, open,
                    "the placeholder {} is empty; write a field such as {event.event}, or \\{ for a literal brace"));
            return new Placeholder(expression, open, close + 1, List.of());
        }
        List<FieldPaths.Found> found = FieldPaths.scan(expression);
        for (FieldPaths.Found path : found) {
            check(path, open + 1, problems);
        }
        return new Placeholder(expression, open, close + 1, found.stream().map(FieldPaths.Found::segments).toList());
    }

    private static void check(FieldPaths.Found path, int offset, List<TemplateProblem> problems) {
        String root = path.segments().get(0);
        int position = offset + path.position();
        if (path.segments().size() == 1 && KEYWORDS.contains(root.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (!HogGlobals.isRoot(root)) {
            problems.add(new TemplateProblem(Kind.UNKNOWN_ROOT, position, "'" + root
                    + "' is not a global of PostHog destinations; use one of " + HogGlobals.roots()));
            return;
        }
        Optional<String> fieldProblem = HogGlobals.checkPath(path.segments());
        fieldProblem.ifPresent(detail -> problems.add(new TemplateProblem(Kind.UNKNOWN_FIELD, position, detail)));
    }
}
