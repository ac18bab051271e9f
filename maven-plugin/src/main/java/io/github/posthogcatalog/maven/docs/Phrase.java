package io.github.posthogcatalog.maven.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A short piece of plain-words text with inline code and links, rendered the same way into HTML and
 * Markdown. Parts hold raw text; each renderer escapes it for its own format.
 *
 * @param parts the pieces in reading order
 */
public record Phrase(List<Part> parts) {

    public Phrase {
        parts = List.copyOf(parts);
    }

    /** One piece of a phrase. */
    public sealed interface Part permits Text, Code, Link {}

    /**
     * Plain prose.
     *
     * @param text the words, unescaped
     */
    public record Text(String text) implements Part {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A name or value shown as code, such as a selector, a wire name or a filter value.
     *
     * @param code the code, unescaped
     */
    public record Code(String code) implements Part {
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A link to another item on the same page.
     *
     * @param anchor the target's fragment id, from {@link Anchors}
     * @param label the link text, unescaped
     * @param code whether the label is shown as code
     */
    public record Link(String anchor, String label, boolean code) implements Part {
        public Link {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(label, "label");
        }
    }

    /** Returns a phrase of plain text only. */
    public static Phrase text(String text) {
        return new Phrase(List.of(new Text(text)));
    }

    /** Returns the phrase as plain text, without markup: for search indexes and tests. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text text) {
                out.append(text.text());
            } else if (part instanceof Code code) {
                out.append(code.code());
            } else if (part instanceof Link link) {
                out.append(link.label());
            }
        }
        return out.toString();
    }

    /** Returns whether the phrase has no parts. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Collects the parts of a phrase in order. */
    public static final class Builder {

        private final List<Part> parts = new ArrayList<>();

        /** Appends plain text. */
        public Builder text(String text) {
            parts.add(new Text(text));
            return this;
        }

        /** Appends code. */
        public Builder code(String code) {
            parts.add(new Code(code));
            return this;
        }

        /** Appends a link. */
        public Builder link(String anchor, String label, boolean code) {
            parts.add(new Link(anchor, label, code));
            return this;
        }

        /** Appends every part of another phrase. */
        public Builder append(Phrase phrase) {
            parts.addAll(phrase.parts());
            return this;
        }

        /** Returns whether nothing was appended yet. */
        public boolean isEmpty() {
            return parts.isEmpty();
        }

        /** Returns the phrase built so far. */
        public Phrase build() {
            return new Phrase(parts);
        }
    }
}
