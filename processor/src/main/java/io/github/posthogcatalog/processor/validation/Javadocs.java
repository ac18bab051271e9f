package io.github.posthogcatalog.processor.validation;

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

    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+");

    private final Elements elements;

    public Javadocs(Elements elements) {
        this.elements = elements;
    }

    /** Returns the main description of an element's Javadoc, or an empty string. */
    public String description(Element element) {
        String doc = elements.getDocComment(element);
        if (doc == null) {
            return "";
        }
        Matcher tag = BLOCK_TAG.matcher(doc);
        return clean(tag.find() ? doc.substring(0, tag.start()) : doc);
    }

    /**
     * Returns the description of an accessor method: its main description, or else the text of its
     * {@code @return} tag.
     */
    public String accessorDescription(Element method) {
        String main = description(method);
        return main.isEmpty() ? blockTag(method, "return", "") : main;
    }

    /** Returns the text of the record's {@code @param} tag for one component, or an empty string. */
    public String paramDescription(Element record, String componentName) {
        return blockTag(record, "param", componentName);
    }

    private String blockTag(Element element, String tagName, String argument) {
        String doc = elements.getDocComment(element);
        if (doc == null) {
            return "";
        }
        String head = "@" + tagName + (argument.isEmpty() ? "" : "\\s+" + Pattern.quote(argument));
        Pattern pattern = Pattern.compile("(?ms)^\\s*" + head + "\\s(.*?)(?=^\\s*@\\w+|\\z)");
        Matcher matcher = pattern.matcher(doc);
        return matcher.find() ? clean(matcher.group(1)) : "";
    }

    private static String clean(String text) {
        String withoutTags = INLINE_TAG.matcher(text).replaceAll(match -> Matcher.quoteReplacement(inlineText(match)));
        return withoutTags.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
    }

    private static String inlineText(java.util.regex.MatchResult match) {
        String body = match.group(1).trim();
        int space = body.indexOf(' ');
        boolean isLink = match.group().startsWith("{@link");
        return isLink && space > 0 ? body.substring(space + 1).trim() : body;
    }
}
