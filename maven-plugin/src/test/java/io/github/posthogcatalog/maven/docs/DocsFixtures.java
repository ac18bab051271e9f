package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.DestinationFilters;
import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Catalogs for the docs tests: the Platform Ops example and one full of hostile text. */
final class DocsFixtures {

    /** Descriptions that break tables, run as script or render as markup when not escaped. */
    static final List<String> NASTY_TEXTS = List.of(
            "a | b", "<script>alert(1)</script>", "line1\nline2", "`code`", "&amp;");

    /** An event name that needs escaping in every output and in anchors. */
    static final String NASTY_EVENT = "odd event|<b>`x`&amp;";

    private DocsFixtures() {}

    /** Returns the catalog shaped like the Platform Ops example: 5 events, 5 Actions, 4 alerts. */
    static Catalog platformOps() {
        try (InputStream in = DocsFixtures.class.getResourceAsStream("/docs/platform-ops-catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /docs/platform-ops-catalog.json");
            }
            return CatalogJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "platform-ops-catalog.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a catalog that puts every nasty text into every free-text field. */
    static Catalog nasty() {
        String all = String.join(" ", NASTY_TEXTS);
        ValueType text = new ValueType("string", null, "java.lang.String", null, null, null, null);
        ValueType choice = new ValueType("string", null, "Odd", List.of("a|b", "<i>", "`tick`"), null, null, null);
        List<PropertyDefinition> properties = List.of(
                new PropertyDefinition("pipe", NASTY_TEXTS.get(0), true, text),
                new PropertyDefinition("script", NASTY_TEXTS.get(1), true, text),
                new PropertyDefinition("lines", NASTY_TEXTS.get(2), false, text),
                new PropertyDefinition("tick", NASTY_TEXTS.get(3), false, choice),
                new PropertyDefinition("entity", NASTY_TEXTS.get(4), false, text),
                new PropertyDefinition("a|b", "# not a heading\n- not a list", false, text));
        EventDefinition event = new EventDefinition(NASTY_EVENT, all, "<owner> | team", List.of("t|g", "<tag>"),
                "com.example.Odd", properties, null);
        ActionDefinition action = new ActionDefinition("odd-action", "Odd <b>action</b> | `x`", all, List.of(),
                "com.example.Odd", List.of(new ActionStep(NASTY_EVENT, List.of(), "a[href|='x']", null,
                        "<b>", "contains", null, null, null, null)));
        DestinationDefinition alert = new DestinationDefinition("odd-alert", "Odd alert & <co>", all,
                "#ops|prod", "Bot <b>", ":x:", "```\n{event.properties.pipe} | <b>&amp;\n```", null,
                new DestinationFilters(List.of(NASTY_EVENT), List.of("odd-action")), "every-time", null);
        return new Catalog(Catalog.FORMAT_VERSION, "Odd & <catalog>", List.of(event), List.of(action), List.of(alert));
    }
}
