package io.github.posthogcatalog.catalog;

import static io.github.posthogcatalog.catalog.TestCatalogs.action;
import static io.github.posthogcatalog.catalog.TestCatalogs.catalog;
import static io.github.posthogcatalog.catalog.TestCatalogs.catalogWithEvents;
import static io.github.posthogcatalog.catalog.TestCatalogs.destination;
import static io.github.posthogcatalog.catalog.TestCatalogs.event;
import static io.github.posthogcatalog.catalog.TestCatalogs.integer;
import static io.github.posthogcatalog.catalog.TestCatalogs.property;
import static io.github.posthogcatalog.catalog.TestCatalogs.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogMergerTest {

    private static final String APP = "app/target/classes/META-INF/posthog/catalog.json";
    private static final String LIB = "lib.jar!/META-INF/posthog/catalog.json";
    private static final String OTHER = "other.jar!/META-INF/posthog/catalog.json";

    @Test
    void mergesAndSortsEverything() {
        Catalog app = catalog("app",
                List.of(event("zeta"), event("alpha")),
                List.of(action("z-action", "Z Action", "zeta")),
                List.of(destination("z-alert", List.of("zeta"), List.of("a-action"))));
        Catalog lib = catalog("lib",
                List.of(event("middle")),
                List.of(action("a-action", "A Action", "middle")),
                List.of(destination("a-alert", List.of("middle"), List.of())));

        MergedCatalog merged = CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib)));

        assertThat(merged.catalog().name()).isEqualTo("app");
        assertThat(merged.catalog().events()).extracting(EventDefinition::name).containsExactly("alpha", "middle", "zeta");
        assertThat(merged.catalog().actions()).extracting(ActionDefinition::key).containsExactly("a-action", "z-action");
        assertThat(merged.catalog().destinations()).extracting(DestinationDefinition::key).containsExactly("a-alert", "z-alert");
        assertThat(merged.sourceOfEvent("middle")).contains(LIB);
        assertThat(merged.sourceOfAction("z-action")).contains(APP);
        assertThat(merged.sourceOfDestination("a-alert")).contains(LIB);
        assertThat(merged.warnings()).isEmpty();
    }

    @Test
    void identicalEventInTwoCatalogsMergesSilently() {
        EventDefinition shared = event("user-signed-up", property("plan", true, string()));
        Catalog app = catalogWithEvents("app", shared);
        Catalog lib = catalogWithEvents("lib", shared, event("other"));

        MergedCatalog merged = CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib)));

        assertThat(merged.catalog().events()).containsExactly(event("other"), shared);
        assertThat(merged.warnings()).isEmpty();
    }

    @Test
    void sameCatalogTwiceCountsOnce() {
        Catalog lib = catalog("lib", List.of(), List.of(action("a", "A", "x")), List.of());

        MergedCatalog merged = CatalogMerger.merge(List.of(new SourcedCatalog(LIB, lib), new SourcedCatalog(OTHER, lib)));

        assertThat(merged.catalog().actions()).hasSize(1);
        assertThat(merged.sources()).extracting(SourcedCatalog::source).containsExactly(LIB);
    }

    @Test
    void eventWithDifferentPropertyTypeFails() {
        Catalog app = catalogWithEvents("app", event("order-placed", property("total", true, integer())));
        Catalog lib = catalogWithEvents("lib", event("order-placed", property("total", true, string())));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .isInstanceOf(CatalogMergeException.class)
                .hasMessage("Event 'order-placed' is declared differently in " + APP + " and " + LIB
                        + ": property 'total' has JSON type integer in " + APP + " but string in " + LIB
                        + ". Declare the event in one module and depend on it, or give one of them another name.");
    }

    @Test
    void eventWithMissingPropertyFails() {
        Catalog app = catalogWithEvents("app", event("order-placed", property("total", true, integer())));
        Catalog lib = catalogWithEvents("lib", event("order-placed",
                property("currency", false, string()), property("total", true, integer())));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .isInstanceOf(CatalogMergeException.class)
                .hasMessageContaining("property 'currency' is declared in " + LIB + " but not in " + APP);
    }

    @Test
    void eventWithDifferentRequiredFlagFails() {
        Catalog app = catalogWithEvents("app", event("order-placed", property("total", true, integer())));
        Catalog lib = catalogWithEvents("lib", event("order-placed", property("total", false, integer())));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .hasMessageContaining("property 'total' is required in " + APP + " but optional in " + LIB);
    }

    @Test
    void nestedDifferenceNamesFullPropertyPath() {
        ValueType itemA = new ValueType("object", null, "Item", List.of(), null, null,
                List.of(property("sku", true, string())));
        ValueType itemB = new ValueType("object", null, "Item", List.of(), null, null,
                List.of(property("sku", true, integer())));
        ValueType listA = new ValueType("array", null, "List<Item>", List.of(), itemA, null, List.of());
        ValueType listB = new ValueType("array", null, "List<Item>", List.of(), itemB, null, List.of());
        Catalog app = catalogWithEvents("app", event("cart", property("items", true, listA)));
        Catalog lib = catalogWithEvents("lib", event("cart", property("items", true, listB)));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .hasMessageContaining("property 'items[].sku' has JSON type string in " + APP + " but integer in " + LIB);
    }

    @Test
    void enumDifferenceIsReported() {
        ValueType colorsA = new ValueType("string", null, "Color", List.of("RED", "GREEN"), null, null, List.of());
        ValueType colorsB = new ValueType("string", null, "Color", List.of("RED"), null, null, List.of());
        Catalog app = catalogWithEvents("app", event("paint", property("color", true, colorsA)));
        Catalog lib = catalogWithEvents("lib", event("paint", property("color", true, colorsB)));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .hasMessageContaining("property 'color' has enum values [RED, GREEN] in " + APP + " but [RED] in " + LIB);
    }

    @Test
    void documentationDifferenceWarnsAndKeepsFirst() {
        EventDefinition documented = event("paid", property("amount", true, integer()));
        EventDefinition otherDocs = new EventDefinition("paid", "Money arrived.", "billing", List.of(),
                "com.other.Paid", documented.properties(), documented.schema());
        Catalog app = catalogWithEvents("app", documented);
        Catalog lib = catalogWithEvents("lib", otherDocs);

        MergedCatalog merged = CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib)));

        assertThat(merged.catalog().events()).containsExactly(documented);
        assertThat(merged.warnings()).singleElement().asString()
                .contains("Event 'paid'", APP, LIB, "different documentation");
    }

    @Test
    void duplicateActionKeyFailsNamingBothSources() {
        Catalog app = catalog("app", List.of(), List.of(action("new-message", "New Message", "m")), List.of());
        Catalog lib = catalog("lib", List.of(), List.of(action("new-message", "Other Name", "m")), List.of());

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .isInstanceOf(CatalogMergeException.class)
                .hasMessageStartingWith("Action key 'new-message' is declared in both " + APP + " and " + LIB + ".");
    }

    @Test
    void duplicateActionNameFailsNamingBothSources() {
        Catalog app = catalog("app", List.of(), List.of(action("one", "ESPi: New Message", "m")), List.of());
        Catalog lib = catalog("lib", List.of(), List.of(action("two", "ESPi: New Message", "m")), List.of());

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .isInstanceOf(CatalogMergeException.class)
                .hasMessageStartingWith("Action name 'ESPi: New Message' is declared in both " + APP + " and " + LIB + ".");
    }

    @Test
    void duplicateDestinationKeyFailsNamingBothSources() {
        Catalog app = catalog("app", List.of(), List.of(), List.of(destination("alert", List.of("e"), List.of())));
        Catalog lib = catalog("lib", List.of(), List.of(), List.of(destination("alert", List.of("f"), List.of())));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app), new SourcedCatalog(LIB, lib))))
                .isInstanceOf(CatalogMergeException.class)
                .hasMessageStartingWith("Destination key 'alert' is declared in both " + APP + " and " + LIB + ".");
    }

    @Test
    void destinationWithUnknownActionFails() {
        Catalog app = catalog("app", List.of(), List.of(), List.of(destination("alert", List.of(), List.of("ghost"))));

        assertThatThrownBy(() -> CatalogMerger.merge(List.of(new SourcedCatalog(APP, app))))
                .isInstanceOf(CatalogMergeException.class)
                .hasMessageStartingWith("Destination 'alert' in " + APP + " is triggered by Action 'ghost', which no catalog declares.");
    }

    @Test
    void noCatalogsGiveEmptyView() {
        MergedCatalog merged = CatalogMerger.merge(List.of());

        assertThat(merged.catalog()).isEqualTo(catalog("", List.of(), List.of(), List.of()));
        assertThat(merged.sources()).isEmpty();
    }
}
