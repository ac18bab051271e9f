package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    private static Document render(Catalog catalog) {
        return Jsoup.parse(HtmlPage.render(new CatalogIndex(catalog)));
    }

    private static Element byId(Document page, String id) {
        Element element = page.getElementById(id);
        assertThat(element).as("element #%s", id).isNotNull();
        return element;
    }

    @Test
    void listsEveryEventActionAndAlert() {
        Document page = render(DocsFixtures.platformOps());

        assertThat(page.select("article.event")).hasSize(5);
        assertThat(page.select("article.action")).hasSize(5);
        assertThat(page.select("article.alert")).hasSize(4);
        assertThat(page.title()).isEqualTo("Platform Ops · analytics catalog");
        assertThat(page.selectFirst(".counts").text()).isEqualTo("5 events, 5 Actions and 4 Slack alerts");
    }

    @Test
    void eventShowsFactsAndPropertyTable() {
        Element event = byId(render(DocsFixtures.platformOps()), "event-espi-message");

        assertThat(event.selectFirst("h3").text()).isEqualTo("espi-message");
        assertThat(event.selectFirst(".description").text()).isEqualTo("A user sent a message to ESPi, the platform assistant.");
        assertThat(event.select(".facts").text()).contains("Owner espi", "assistant",
                "com.example.platformops.events.EspiMessage");

        Element tokenCount = event.getElementById("property-espi-message.token_count");
        assertThat(tokenCount).isNotNull();
        assertThat(tokenCount.select("td").stream().map(Element::text)).containsExactly(
                "token_count", "whole numberint", "required", "", "Tokens in the prompt and the answer together.");
        assertThat(tokenCount.selectFirst(".java-type").text()).isEqualTo("int");
        Element model = event.getElementById("property-espi-message.model");
        assertThat(model.select("td").get(2).text()).isEqualTo("optional");
    }

    @Test
    void nestedAndEnumPropertiesGetRows() {
        Document page = render(DocsFixtures.platformOps());

        Element confidence = byId(page, "property-esp-capability-mapping-requested.capabilities.~5B~~5D~.confidence");
        assertThat(confidence.selectFirst("td").text()).isEqualTo("capabilities[].confidence");
        Element source = byId(page, "property-esp-capability-mapping-requested.source");
        assertThat(source.select("td").get(1).text()).startsWith("one of manual, import, suggestion");
        assertThat(source.select("td").get(3).select("code").eachText()).containsExactly("manual", "import", "suggestion");
        Element labels = byId(page, "property-esp-capability-mapping-requested.labels");
        assertThat(labels.select("td").get(1).ownText()).isEqualTo("map of text to text");
    }

    @Test
    void eventsLinkToActionsAndAlerts() {
        Document page = render(DocsFixtures.platformOps());

        Element login = byId(page, "event-platform-login");
        assertThat(login.select(".facts a[href=#action-auth-platform-login]")).hasSize(1);
        assertThat(login.select(".facts a[href=#alert-platform-login-slack]")).hasSize(1);

        // The alert on the ESPi Action fires for the event through that Action.
        Element message = byId(page, "event-espi-message");
        assertThat(message.select(".facts a[href=#alert-espi-new-message-slack]")).hasSize(1);
        assertThat(message.select(".facts dd").last().text()).isEqualTo("ESPi: New Message (through the Action ESPi: New Message)");
    }

    @Test
    void actionsLinkToEventsAndAlerts() {
        Document page = render(DocsFixtures.platformOps());

        Element login = byId(page, "action-auth-platform-login");
        assertThat(login.select("ol.steps li").eachText()).containsExactly(
                "an autocaptured click on an element matching button[data-attr=login] on a URL containing /login",
                "the event platform-login");
        assertThat(login.select("ol.steps a[href=#event-platform-login]")).hasSize(1);
        // $autocapture is a PostHog built-in, not a catalog event, so it gets no link.
        assertThat(login.select(".facts a[href^=#event-]").eachText()).containsExactly("platform-login");

        Element espi = byId(page, "action-espi-new-message");
        assertThat(espi.selectFirst("ol.steps li").text())
                .isEqualTo("the event espi-message where token_count is greater than 100");
        assertThat(espi.select(".facts a[href=#alert-espi-new-message-slack]")).hasSize(1);
    }

    @Test
    void alertsShowChannelTriggerAndMessage() {
        Document page = render(DocsFixtures.platformOps());

        Element alert = byId(page, "alert-espi-new-message-slack");
        assertThat(alert.select(".facts").text()).contains("#ops-production", ":speech_balloon: PostHog: Platform Ops",
                "once per person per 24 hours");
        assertThat(alert.select(".facts a[href=#action-espi-new-message]")).hasSize(1);
        assertThat(alert.selectFirst("pre.message").text())
                .isEqualTo("*{person.name}* sent ESPi a long message ({event.properties.token_count} tokens)");
        assertThat(byId(page, "alert-platform-login-slack").select(".facts").text()).contains("every time");
    }

    @Test
    void everyLinkTargetExists() {
        Document page = render(DocsFixtures.platformOps());

        List<String> missing = new ArrayList<>();
        for (Element link : page.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (page.getElementById(id) == null) {
                missing.add(id);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(page.select("a[href^=#]").size()).isGreaterThan(30);
    }

    @Test
    void anchorsAreUnique() {
        Document page = render(DocsFixtures.platformOps());

        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element element : page.select("[id]")) {
            if (!seen.add(element.id())) {
                duplicates.add(element.id());
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(seen).contains("event-espi-message", "action-auth-platform-login", "alert-platform-login-slack");
    }

    @Test
    void pageRequestsNothingFromOutside() {
        String html = HtmlPage.render(new CatalogIndex(DocsFixtures.platformOps()));
        Document page = Jsoup.parse(html);

        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("link[rel=stylesheet], link[rel=preload], iframe, img, object")).isEmpty();
        assertThat(page.select("link[href]").eachAttr("href")).containsOnly("data:,");
        assertThat(html).doesNotContain("http://", "https://", "@import", "url(");
    }

    @Test
    void policyAllowsOnlyInlineBlocks() throws Exception {
        Document page = render(DocsFixtures.platformOps());
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String style = page.selectFirst("style").data();
        String script = page.selectFirst("script").data();

        assertThat(policy).startsWith("default-src 'none';");
        assertThat(policy).contains("style-src '" + sha256(style) + "'", "script-src '" + sha256(script) + "'");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }

    @Test
    void nastyTextIsShownAsWritten() {
        Document page = render(DocsFixtures.nasty());
        Element event = byId(page, Anchors.event(DocsFixtures.NASTY_EVENT));

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("b, i")).isEmpty();
        assertThat(event.selectFirst("h3").text()).isEqualTo(DocsFixtures.NASTY_EVENT);
        assertThat(event.selectFirst(".description").wholeText()).isEqualTo(String.join(" ", DocsFixtures.NASTY_TEXTS));
        List<String> descriptions = event.select("td.description").stream().map(Element::text).toList();
        assertThat(descriptions.subList(0, 5)).containsExactly(
                "a | b", "<script>alert(1)</script>", "line1 line2", "`code`", "&amp;");
        assertThat(event.select("td.description").get(2).wholeText()).isEqualTo("line1\nline2");
        assertThat(event.select("tbody tr")).allSatisfy(row -> assertThat(row.select("td")).hasSize(5));
        assertThat(byId(page, "alert-odd-alert").selectFirst("pre.message").wholeText())
                .isEqualTo("```\n{event.properties.pipe} | <b>&amp;\n```");
        assertThat(page.title()).isEqualTo("Odd & <catalog> · analytics catalog");
    }

    @Test
    void nastyNamesStillLinkBothWays() {
        Document page = render(DocsFixtures.nasty());
        String eventAnchor = Anchors.event(DocsFixtures.NASTY_EVENT);

        assertThat(byId(page, "action-odd-action").select("a[href=#" + eventAnchor + "]")).hasSize(2);
        assertThat(byId(page, eventAnchor).select("a[href=#action-odd-action]").text())
                .isEqualTo("Odd <b>action</b> | `x`");
        assertThat(byId(page, eventAnchor).select("a[href=#alert-odd-alert]")).hasSize(1);
    }

    @Test
    void emptyCatalogRendersEmptySections() {
        Document page = render(new Catalog(Catalog.FORMAT_VERSION, "Empty", List.of(), List.of(), List.of()));

        assertThat(page.select("article")).isEmpty();
        assertThat(page.select(".empty-section")).hasSize(3);
        assertThat(page.selectFirst(".counts").text()).isEqualTo("0 events, 0 Actions and 0 Slack alerts");
    }

    @Test
    void searchTextCoversNamesPropertiesAndSteps() {
        Document page = render(DocsFixtures.platformOps());

        assertThat(byId(page, "event-espi-message").attr("data-search")).contains("espi-message", "espi");
        assertThat(byId(page, "property-espi-message.token_count").attr("data-search")).contains("token_count", "tokens");
        assertThat(byId(page, "action-auth-platform-login").attr("data-search"))
                .contains("auth: platform login", "button[data-attr=login]");
        assertThat(byId(page, "alert-espi-new-message-slack").attr("data-search")).contains("#ops-production");
    }
}
