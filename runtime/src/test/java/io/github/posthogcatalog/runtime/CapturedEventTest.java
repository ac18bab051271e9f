package io.github.posthogcatalog.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CapturedEventTest {

    /** The two ways to make an event, which must check their input alike. */
    enum Maker {
        CONSTRUCTOR {
            @Override
            CapturedEvent make(String event, String distinctId, Map<String, Object> properties,
                    Map<String, String> groups) {
                return new CapturedEvent(event, distinctId, properties, groups, null);
            }
        },
        HAND_OVER {
            @Override
            CapturedEvent make(String event, String distinctId, Map<String, Object> properties,
                    Map<String, String> groups) {
                return CapturedEvent.handOver(event, distinctId, properties, groups, null);
            }
        };

        abstract CapturedEvent make(String event, String distinctId,
                Map<String, Object> properties, Map<String, String> groups);
    }

    @Test
    void handOverKeepsMapsWithoutCopy() {
        Map<String, Object> properties = properties();
        Map<String, String> groups = new LinkedHashMap<>(Map.of("company", "acme"));

        CapturedEvent event = CapturedEvent.handOver("order-placed", "user-1", properties, groups,
                null);

        assertThat(OwnedMapView.unwrap(event.properties())).isSameAs(properties);
        assertThat(OwnedMapView.unwrap(event.groups())).isSameAs(groups);
    }

    @Test
    void handOverKeepsOrderAndValues() {
        Instant placedAt = Instant.parse("2026-01-04T10:15:30.123Z");

        CapturedEvent event = CapturedEvent.handOver("order-placed", "user-1", properties(),
                new LinkedHashMap<>(Map.of("company", "acme")), placedAt);

        assertThat(event.properties()).containsExactly(entry("order_id", "ord-42"),
                entry("total_cents", 129_900L), entry("gift_wrapped", false));
        assertThat(event.groups()).containsExactly(entry("company", "acme"));
        assertThat(event.event()).isEqualTo("order-placed");
        assertThat(event.distinctId()).isEqualTo("user-1");
        assertThat(event.timestamp()).isEqualTo(placedAt);
    }

    @Test
    void handOverEqualsCopiedEvent() {
        CapturedEvent handedOver = CapturedEvent.handOver("order-placed", "user-1", properties(),
                new LinkedHashMap<>(), null);
        CapturedEvent copied = new CapturedEvent("order-placed", "user-1", properties(), Map.of(),
                null);

        assertThat(handedOver).isEqualTo(copied);
        assertThat(handedOver.hashCode()).isEqualTo(copied.hashCode());
        assertThat(handedOver.properties()).isEqualTo(properties());
        assertThat(handedOver.properties()).hasToString(properties().toString());
    }

    @ParameterizedTest
    @EnumSource(Maker.class)
    void emptyGroupsShareOneEmptyMap(Maker maker) {
        CapturedEvent event = maker.make("page-viewed", "user-1", properties(),
                new LinkedHashMap<>());

        assertThat(event.groups()).isEmpty();
        assertThat(event.groups()).isSameAs(Collections.emptyMap());
    }

    @ParameterizedTest
    @EnumSource(Maker.class)
    void exposedMapsAreUnmodifiable(Maker maker) {
        CapturedEvent event = maker.make("order-placed", "user-1", properties(),
                new LinkedHashMap<>(Map.of("company", "acme")));
        Map<String, Object> properties = event.properties();

        List<Consumer<Map<String, Object>>> changes = new ArrayList<>();
        changes.add(map -> map.put("order_id", "other"));
        changes.add(map -> map.remove("order_id"));
        changes.add(map -> map.putAll(Map.of("new", 1L)));
        changes.add(Map::clear);
        changes.add(map -> map.putIfAbsent("new", 1L));
        changes.add(map -> map.replace("order_id", "other"));
        changes.add(map -> map.replaceAll((name, value) -> value));
        changes.add(map -> map.merge("order_id", "x", (old, added) -> added));
        changes.add(map -> map.computeIfAbsent("new", name -> 1L));
        changes.add(map -> map.keySet().remove("order_id"));
        changes.add(map -> map.values().clear());
        changes.add(map -> map.entrySet().iterator().next().setValue("other"));
        for (Consumer<Map<String, Object>> change : changes) {
            assertThatThrownBy(() -> change.accept(properties))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> event.groups().put("project", "p-1"))
                .isInstanceOf(UnsupportedOperationException.class);

        assertThat(properties).isEqualTo(properties());
        assertThat(event.groups()).containsExactly(entry("company", "acme"));
    }

    @Test
    void constructorCopiesCallerMaps() {
        Map<String, Object> properties = properties();
        Map<String, String> groups = new LinkedHashMap<>(Map.of("company", "acme"));

        CapturedEvent event = new CapturedEvent("order-placed", "user-1", properties, groups, null);
        properties.put("order_id", "changed");
        properties.put("coupon_code", "WINTER15");
        groups.put("project", "p-1");

        assertThat(OwnedMapView.unwrap(event.properties())).isNotSameAs(properties);
        assertThat(event.properties()).containsExactly(entry("order_id", "ord-42"),
                entry("total_cents", 129_900L), entry("gift_wrapped", false));
        assertThat(event.groups()).containsExactly(entry("company", "acme"));
    }

    @Test
    void constructorSharesMapsOfAnotherEvent() {
        CapturedEvent first = new CapturedEvent("order-placed", "user-1", properties(),
                Map.of("company", "acme"), null);

        CapturedEvent second = new CapturedEvent("order-placed", "user-2", first.properties(),
                first.groups(), null);

        assertThat(OwnedMapView.unwrap(second.properties()))
                .isSameAs(OwnedMapView.unwrap(first.properties()));
        assertThat(OwnedMapView.unwrap(second.groups()))
                .isSameAs(OwnedMapView.unwrap(first.groups()));
    }

    @ParameterizedTest
    @EnumSource(Maker.class)
    void blankEventNameIsRejected(Maker maker) {
        assertThatThrownBy(() -> maker.make(" ", "user-1", properties(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event name is blank: give the event's wire name");
        assertThatThrownBy(() -> maker.make(null, "user-1", properties(), Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("event name");
    }

    @ParameterizedTest
    @EnumSource(Maker.class)
    void missingDistinctIdIsRejected(Maker maker) {
        assertThatThrownBy(() -> maker.make("page-viewed", null, properties(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("distinct id is null: pass the id of the user");
        assertThatThrownBy(() -> maker.make("page-viewed", "\t", properties(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("distinct id is blank: pass the id of the user");
    }

    @ParameterizedTest
    @EnumSource(Maker.class)
    void nullMapsAreRejected(Maker maker) {
        assertThatThrownBy(() -> maker.make("page-viewed", "user-1", null, Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("properties");
        assertThatThrownBy(() -> maker.make("page-viewed", "user-1", properties(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("groups");
    }

    @Test
    void unwrapReturnsOtherMapsAsGiven() {
        Map<String, Object> plain = properties();

        assertThat(OwnedMapView.unwrap(plain)).isSameAs(plain);
    }

    /** Returns a new map of three properties, in an order that a HashMap would not keep. */
    private static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("order_id", "ord-42");
        properties.put("total_cents", 129_900L);
        properties.put("gift_wrapped", false);
        return properties;
    }
}
