package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the catalog as one self-contained HTML page with the style sheet and script inlined. Its
 * Content-Security-Policy allows only those two inline blocks, by SHA-256 hash. So the page sends no
 * request to any host, and no catalog text can run as script.
 */
public final class HtmlPage {

    private static final String RESOURCES = "/io/github/posthogcatalog/maven/docs/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)}}");

    private HtmlPage() {}

    /** Renders the page of an indexed catalog. */
    public static String render(CatalogIndex index) {
        Catalog catalog = index.catalog();
        HtmlCards cards = new HtmlCards(index);
        String style = resource("docs.css");
        String script = resource("docs.js");

        String main = section("events", "Events", catalog.events(), cards::event)
                + section("actions", "Actions", catalog.actions(), cards::action)
                + section("alerts", "Slack alerts", catalog.destinations(), cards::alert);
        Map<String, String> values = Map.of(
                "csp", Html.escape(contentSecurityPolicy(style, script)),
                "title", Html.escape(catalog.name() + " · analytics catalog"),
                "name", Html.escape(catalog.name()),
                "counts", Html.escape(DocsSummary.of(catalog).countsInWords()),
                "style", style,
                "script", script,
                "nav", navigation(catalog),
                "main", main);
        return fill(resource("page.html"), values);
    }

    /**
     * Returns a policy that blocks every fetch (scripts, styles, images, fonts, frames, connections)
     * except the page's own inline style and script, identified by hash.
     */
    static String contentSecurityPolicy(String style, String script) {
        return "default-src 'none'; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static <T> String section(String kind, String title, List<T> items, Function<T, String> card) {
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"").append(kind).append("\" data-kind=\"").append(kind).append("\">\n")
                .append("<h2 class=\"section-title\">").append(title)
                .append(" <span class=\"section-count\">").append(items.size()).append("</span></h2>\n");
        if (items.isEmpty()) {
            out.append("<p class=\"empty-section\">None in this catalog.</p>\n");
        }
        items.forEach(item -> out.append(card.apply(item)));
        out.append("</section>\n");
        return out.toString();
    }

    private static String navigation(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        navGroup(out, "Events", catalog.events(), event -> Anchors.event(event.name()), EventDefinition::name, true);
        navGroup(out, "Actions", catalog.actions(), action -> Anchors.action(action.key()), ActionDefinition::name,
                false);
        navGroup(out, "Slack alerts", catalog.destinations(), alert -> Anchors.alert(alert.key()),
                DestinationDefinition::name, false);
        return out.toString();
    }

    private static <T> void navGroup(StringBuilder out, String title, List<T> items,
            Function<T, String> anchor, Function<T, String> label, boolean code) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<h2>").append(title).append(" <span class=\"nav-count\">").append(items.size())
                .append("</span></h2>\n<ul>\n");
        for (T item : items) {
            // The title shows names that the narrow sidebar cuts off.
            String text = Html.escape(label.apply(item));
            out.append("<li><a href=\"#").append(Html.escape(anchor.apply(item))).append("\" title=\"").append(text)
                    .append("\">").append(code ? "<code>" + text + "</code>" : text).append("</a></li>\n");
        }
        out.append("</ul>\n");
    }

    /**
     * Replaces each {@code {{name}}} of the template in one pass, so that text inserted for one
     * placeholder is never scanned for another.
     */
    static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 4);
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for template placeholder " + placeholder.group());
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCES + name + " in the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + RESOURCES + name, e);
        }
    }
}
