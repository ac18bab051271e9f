package io.github.posthogcatalog.processor.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads descriptions from Javadoc. javac keeps doc comments of source files only, so types that
 * come from a jar have no Javadoc description.
 */
public final class Javadocs {

    /** Inline tags such as {@code {@code x}} or {@code {@link Foo label}}, replaced by their text. */
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s+([^}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

    /** A doc comment split into its main description and its block tags, before cleaning. */
    private record Parsed(String main, Map<String, String> tags) {}

    private final Elements elements;
    /**
     * The last element read and its parsed comment. A record's components are read one after the
     * other from the record's comment, so this reads and splits that comment once per record.
     */
    private Element lastElement;
    private Parsed lastParsed;

    public Javadocs(Elements elements) {
        this.elements = elements;
    }

    /** Returns the main description of an element's Javadoc, or an empty string. */
    public String description(Element element) {
        return clean(parsed(element).main());
    }

    /**
     * Returns the description of an accessor method: its main description, or else the text of its
     * {@code @return} tag.
     */
    public String accessorDescription(Element method) {
        String main = description(method);
        return main.isEmpty() ? clean(parsed(method).tags().getOrDefault("return", "")) : main;
    }

    /** Returns the text of the record's {@code @param} tag for one component, or an empty string. */
    public String paramDescription(Element record, String componentName) {
        return clean(parsed(record).tags().getOrDefault("param " + componentName, ""));
    }

    private Parsed parsed(Element element) {
        if (element != lastElement) {
            String doc = elements.getDocComment(element);
            lastParsed = doc == null ? new Parsed("", Map.of()) : parse(doc);
            lastElement = element;
        }
        return lastParsed;
    }

    /**
     * Splits a comment at its block tags: a line whose first non-blank character is {@code @}
     * followed by a letter starts a tag, which runs to the next tag. {@code @param} tags are keyed
     * by their parameter name, and the first of two equal tags wins.
     */
    private static Parsed parse(String doc) {
        String main = null;
        Map<String, String> tags = new HashMap<>();
        String key = null;
        StringBuilder text = new StringBuilder();
        for (String line : doc.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.length() < 2 || trimmed.charAt(0) != '@' || !Character.isLetter(trimmed.charAt(1))) {
                text.append(line).append('\n');
                continue;
            }
            if (key == null) {
                main = main == null ? text.toString() : main;
            } else {
                tags.putIfAbsent(key, text.toString());
            }
            int end = 1;
            while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
                end++;
            }
            String rest = trimmed.substring(end).strip();
            key = trimmed.substring(1, end);
            if (key.equals("param")) {
                int space = 0;
                while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
                    space++;
                }
                key = "param " + rest.substring(0, space);
                rest = rest.substring(space).strip();
            }
            text = new StringBuilder(rest).append('\n');
        }
        if (key == null) {
            return new Parsed(text.toString(), tags);
        }
        tags.putIfAbsent(key, text.toString());
        return new Parsed(main, tags);
    }

    private static String clean(String text) {
        // Most descriptions are plain text; the expressions run only where there is markup.
        String withoutTags = text.contains("{@")
                ? INLINE_TAG.matcher(text).replaceAll(match -> Matcher.quoteReplacement(inlineText(match)))
                : text;
        String withoutHtml = withoutTags.indexOf('<') >= 0 ? HTML_TAG.matcher(withoutTags).replaceAll("") : withoutTags;
        return collapseWhitespace(withoutHtml);
    }

    /** Trims the text and turns every run of whitespace into one space. */
    private static String collapseWhitespace(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = result.length() > 0;
            } else {
                if (pendingSpace) {
                    result.append(' ');
                    pendingSpace = false;
                }
                result.append(c);
            }
        }
        return result.toString();
    }

    private static String inlineText(java.util.regex.MatchResult match) {
        String body = match.group(1).trim();
        int space = body.indexOf(' ');
        boolean isLink = match.group().startsWith("{@link");
        return isLink && space > 0 ? body.substring(space + 1).trim() : body;
    }
}
