package io.github.posthogcatalog.maven.docs;

/** Escapes catalog text for HTML, so that descriptions show as written and never as markup. */
final class Html {

    private Html() {}

    /** Escapes text for element content and for quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Renders a phrase: text escaped, code in {@code <code>}, links to anchors on the page. */
    static String phrase(Phrase phrase) {
        StringBuilder out = new StringBuilder();
        for (Phrase.Part part : phrase.parts()) {
            if (part instanceof Phrase.Text text) {
                out.append(escape(text.text()));
            } else if (part instanceof Phrase.Code code) {
                out.append("<code>").append(escape(code.code())).append("</code>");
            } else if (part instanceof Phrase.Link link) {
                String label = escape(link.label());
                out.append("<a href=\"#").append(escape(link.anchor())).append("\">")
                        .append(link.code() ? "<code>" + label + "</code>" : label)
                        .append("</a>");
            }
        }
        return out.toString();
    }
}
