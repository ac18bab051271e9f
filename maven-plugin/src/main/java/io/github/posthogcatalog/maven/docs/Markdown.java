package io.github.posthogcatalog.maven.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes catalog text for GitHub-flavoured Markdown, so that it shows as written: no emphasis, no
 * links, no raw HTML, and no table broken by a {@code |} or a line break.
 */
final class Markdown {

    /** Characters that start inline markup; GFM lets any ASCII punctuation be escaped by a backslash. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>|~!";

    /** A start of line that GFM would read as a heading, quote, list item or rule. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+-]|\\d+[.)])");

    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    private Markdown() {}

    /**
     * Escapes text for the start of a paragraph, list item or table cell. Line breaks become
     * {@code <br>}, the one piece of HTML this writer emits, so that a multi-line description stays
     * on one physical line and in one table cell.
     */
    static String escape(String text) {
        return escape(text, true);
    }

    /**
     * Escapes text.
     *
     * @param atBlockStart whether the text begins a block, where {@code #}, {@code >}, {@code -} or
     *     {@code 1.} would start a heading, quote or list
     */
    private static String escape(String text, boolean atBlockStart) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            // After a <br> the text is still on the same physical line, so only the first line can
            // start a block.
            out.append(escapeLine(lines[i], atBlockStart && i == 0));
        }
        return out.toString();
    }

    private static String escapeLine(String line, boolean atBlockStart) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int start = 0;
        if (atBlockStart) {
            // Leading blanks would make an indented code block inside a list item; HTML drops them
            // anyway, so nothing visible is lost.
            line = line.stripLeading();
            Matcher blockStart = BLOCK_START.matcher(line);
            if (blockStart.find()) {
                // Only the marker's last character needs a backslash: "\#", "1\.".
                String marker = blockStart.group(1);
                out.append(marker, 0, marker.length() - 1).append('\\').append(marker.charAt(marker.length() - 1));
                start = blockStart.end();
            }
        }
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Renders text as a code span outside a table. */
    static String code(String text) {
        return codeSpan(text, false);
    }

    /**
     * Renders text as a code span inside a table cell, where {@code |} must be escaped even in code;
     * GFM removes that backslash again when it splits the row into cells.
     */
    static String cellCode(String text) {
        return codeSpan(text, true);
    }

    /**
     * Renders a code span with a fence one backtick longer than any run inside, and line breaks as
     * spaces, as GFM would show them anyway.
     */
    private static String codeSpan(String text, boolean inTable) {
        String oneLine = text.replaceAll("\\R", " ");
        if (inTable) {
            oneLine = oneLine.replace("|", "\\|");
        }
        String fence = "`".repeat(longestBacktickRun(oneLine) + 1);
        boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`") || oneLine.isBlank();
        String padding = pad ? " " : "";
        return fence + padding + oneLine + padding + fence;
    }

    /** Renders text as a fenced code block, with a fence longer than any backtick run inside. */
    static String codeBlock(String text) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return fence + "\n" + text.stripTrailing() + "\n" + fence + "\n";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher run = BACKTICK_RUN.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return longest;
    }

    /**
     * Renders a phrase that begins a block: text escaped, code as code spans, links to anchors on
     * the page.
     */
    static String phrase(Phrase phrase) {
        return phrase(phrase, false);
    }

    /** Renders a phrase inside a table cell. */
    static String cellPhrase(Phrase phrase) {
        return phrase(phrase, true);
    }

    private static String phrase(Phrase phrase, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (Phrase.Part part : phrase.parts()) {
            if (part instanceof Phrase.Text text) {
                out.append(escape(text.text(), out.length() == 0));
            } else if (part instanceof Phrase.Code code) {
                out.append(codeSpan(code.code(), inTable));
            } else if (part instanceof Phrase.Link link) {
                String label = link.code() ? codeSpan(link.label(), inTable) : escape(link.label(), false);
                out.append('[').append(label).append("](#").append(link.anchor()).append(')');
            }
        }
        return out.toString();
    }
}
