package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Renders the Markdown with a GFM parser (CommonMark with tables and strikethrough) and checks the
 * HTML that a reader would see.
 */
class MarkdownDocumentTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());

    private static Document view(String markdown) {
        Parser parser = Parser.builder().extensions(GFM).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(GFM).build();
        return Jsoup.parse(renderer.render(parser.parse(markdown)));
    }

    private static String render(Catalog catalog) {
        return MarkdownDocument.render(new CatalogIndex(catalog));
    }

    /** Returns the section of the document that follows an item's anchor, up to the next anchor heading. */
    private static List<Element> itemBlocks(Document page, String anchor) {
        Element start = page.getElementById(anchor);
        assertThat(start).as("anchor %s", anchor).isNotNull();
        List<Element> blocks = new ArrayList<>();
        Element block = start.parent().nextElementSibling();
        while (block != null && block.selectFirst("a[id]:not(td a)") == null) {
            blocks.add(block);
            block = block.nextElementSibling();
        }
        return blocks;
    }

    @Test
    void headingAndCountsComeFirst() {
        String markdown = render(DocsFixtures.platformOps());

        assertThat(markdown).startsWith("# Platform Ops\n\n5 events, 5 Actions and 4 Slack alerts.");
        assertThat(markdown).contains("## Events\n", "## Actions\n", "## Slack alerts\n");
        assertThat(markdown).endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void eventHasFactsAndPropertyTable() {
        Document page = view(render(DocsFixtures.platformOps()));
        List<Element> blocks = itemBlocks(page, "event-espi-message");

        assertThat(blocks.get(0).text()).isEqualTo("espi-message");
        assertThat(blocks.get(1).text()).isEqualTo("A user sent a message to ESPi, the platform assistant.");
        assertThat(blocks.get(2).select("li").eachText()).contains("Owner: espi", "Actions: ESPi: New Message",
                "Slack alerts: ESPi: New Message (through the Action ESPi: New Message)");
        Element table = blocks.get(3);
        assertThat(table.select("th").eachText())
                .containsExactly("Property", "Type", "Required", "Allowed values", "Description");
        assertThat(table.select("tbody tr").get(3).select("td").stream().map(Element::text)).containsExactly(
                "token_count", "whole number", "required", "", "Tokens in the prompt and the answer together.");
    }

    @Test
    void nestedRowsAndAllowedValues() {
        String markdown = render(DocsFixtures.platformOps());

        assertThat(markdown).contains(
                "| <a id=\"property-esp-capability-mapping-requested.capabilities.~5B~~5D~.confidence\"></a>"
                        + "`capabilities[].confidence` | decimal number | optional |  | How sure the matcher is, from 0 to 1. |");
        assertThat(markdown).contains("| one of manual, import, suggestion | required | `manual`, `import`, `suggestion` |");
    }

    @Test
    void actionStepsAndLinks() {
        Document page = view(render(DocsFixtures.platformOps()));
        List<Element> blocks = itemBlocks(page, "action-auth-platform-login");

        Element steps = blocks.stream().filter(block -> block.is("ol")).findFirst().orElseThrow();

        assertThat(blocks.get(0).text()).isEqualTo("Auth: Platform Login");
        assertThat(steps.select("li").eachText()).containsExactly(
                "an autocaptured click on an element matching button[data-attr=login] on a URL containing /login",
                "the event platform-login");
        assertThat(steps.select("a[href=#event-platform-login]")).hasSize(1);
    }

    @Test
    void alertWithTriggerAndMessage() {
        String markdown = render(DocsFixtures.platformOps());

        assertThat(markdown).contains("- **Channel:** `#ops-production`\n"
                + "- **Posts as:** `:speech_balloon:` PostHog: Platform Ops\n"
                + "- **Fires:** once per person per 24 hours\n"
                + "- **On Actions:** [ESPi: New Message](#action-espi-new-message)\n");
        assertThat(markdown).contains("Message:\n\n```\n*{person.name}* sent ESPi a long message "
                + "({event.properties.token_count} tokens)\n```\n");
    }

    @Test
    void everyLinkTargetExists() {
        Document page = view(render(DocsFixtures.platformOps()));

        List<String> missing = new ArrayList<>();
        for (Element link : page.select("a[href^=#]")) {
            if (page.getElementById(link.attr("href").substring(1)) == null) {
                missing.add(link.attr("href"));
            }
        }
        assertThat(missing).isEmpty();
        assertThat(page.select("a[href^=#]").size()).isGreaterThan(25);
    }

    @Test
    void nastyTextKeepsTablesIntact() {
        Document page = view(render(DocsFixtures.nasty()));
        Element table = page.selectFirst("table");

        assertThat(page.select("script, b, i, del, h1 ~ ul ~ h1")).isEmpty();
        assertThat(table.select("tbody tr")).hasSize(6).allSatisfy(row -> assertThat(row.select("td")).hasSize(5));
        assertThat(table.select("tbody tr td:eq(4)").stream().map(Element::wholeText).toList()).containsExactly(
                "a | b", "<script>alert(1)</script>", "line1\nline2", "`code`", "&amp;", "# not a heading\n- not a list");
        assertThat(table.select("tbody tr td:eq(4)").get(2).select("br")).hasSize(1);
        assertThat(table.select("tbody tr td:eq(0)").eachText()).contains("a|b");
        assertThat(table.select("tbody tr td:eq(3)").get(3).select("code").eachText())
                .containsExactly("a|b", "<i>", "`tick`");
    }

    @Test
    void nastyNamesAndMessagesRenderAsWritten() {
        Document page = view(render(DocsFixtures.nasty()));
        String eventAnchor = Anchors.event(DocsFixtures.NASTY_EVENT);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Odd & <catalog>");
        assertThat(itemBlocks(page, eventAnchor).get(0).text()).isEqualTo(DocsFixtures.NASTY_EVENT);
        assertThat(itemBlocks(page, eventAnchor).get(1).wholeText())
                .isEqualTo("a | b <script>alert(1)</script> line1\nline2 `code` &amp;");
        assertThat(itemBlocks(page, "action-odd-action").get(0).text()).isEqualTo("Odd <b>action</b> | `x`");
        assertThat(page.select("a[href=#" + eventAnchor + "]")).isNotEmpty();
        assertThat(page.select("pre code").last().wholeText()).isEqualTo("```\n{event.properties.pipe} | <b>&amp;\n```\n");
    }

    @Test
    void blockMarkersAtStartAreEscaped() {
        assertThat(Markdown.escape("# title")).isEqualTo("\\# title");
        assertThat(Markdown.escape("1. first")).isEqualTo("1\\. first");
        assertThat(Markdown.escape("- item\n- item")).isEqualTo("\\- item<br>- item");
        assertThat(Markdown.escape("  > quote")).isEqualTo("\\> quote");
        assertThat(Markdown.escape("a_b*c*")).isEqualTo("a\\_b\\*c\\*");
    }

    @Test
    void codeSpansFenceAroundBackticks() {
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
        assertThat(Markdown.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(Markdown.cellCode("a|b")).isEqualTo("`a\\|b`");
        assertThat(Markdown.code("a|b")).isEqualTo("`a|b`");
    }
}
