package io.github.posthogcatalog.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder base of generated emitters, through a subclass written as the generator writes one. */
class EventBuilderTest {

    /** Three properties in declaration order, a required and a nullable group, and a timestamp. */
    private static final class OrderBuilder extends EventBuilder {
        private static final String[] PROPERTIES = {"order_id", "coupon", "items"};
        private Instant timestamp;

        OrderBuilder(EventSink sink, String distinctId) {
            super("order-placed", PROPERTIES, sink, distinctId);
        }

        OrderBuilder orderId(String value) {
            property(0, required("order_id", value));
            return this;
        }

        OrderBuilder coupon(String value) {
            property(1, value);
            return this;
        }

        OrderBuilder items(int value) {
            property(2, value);
            return this;
        }

        OrderBuilder company(String value) {
            group("company", value);
            return this;
        }

        OrderBuilder team(String value) {
            optionalGroup("team", value);
            return this;
        }

        OrderBuilder placedAt(Instant value) {
            timestamp = value;
            return this;
        }

        @Override
        protected Instant timestamp() {
            return timestamp;
        }
    }

    private final RecordingSink sink = new RecordingSink();

    @Test
    void propertiesKeepDeclarationOrder() {
        new OrderBuilder(sink, "user-1").items(3).coupon("WINTER").orderId("o-1").send();

        CapturedEvent event = sink.events().get(0);
        assertThat(event.event()).isEqualTo("order-placed");
        assertThat(event.distinctId()).isEqualTo("user-1");
        assertThat(event.properties()).containsExactly(
                Map.entry("order_id", "o-1"), Map.entry("coupon", "WINTER"),
                Map.entry("items", 3));
        assertThat(event.groups()).isEmpty();
        assertThat(event.timestamp()).isNull();
    }

    @Test
    void nullClearsSetOptionalProperty() {
        new OrderBuilder(sink, "user-1").orderId("o-1").coupon("WINTER").coupon(null).send();

        assertThat(sink.events().get(0).properties()).containsOnlyKeys("order_id");
    }

    @Test
    void groupsAndTimestampReachEvent() {
        Instant placed = Instant.parse("2026-12-04T10:15:30Z");
        new OrderBuilder(sink, "user-1").orderId("o-1").company("acme").team("ops").team(null).team("web")
                .placedAt(placed).send();

        CapturedEvent event = sink.events().get(0);
        assertThat(event.groups()).containsExactly(Map.entry("company", "acme"), Map.entry("team", "web"));
        assertThat(event.timestamp()).isEqualTo(placed);
    }

    @Test
    void nullGroupAddsNoGroup() {
        new OrderBuilder(sink, "user-1").orderId("o-1").team(null).send();

        assertThat(sink.events().get(0).groups()).isEmpty();
    }

    @Test
    void missingRequiredValueNamed() {
        OrderBuilder builder = new OrderBuilder(sink, "user-1");

        assertThatThrownBy(() -> builder.orderId(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("property 'order_id' is null: set it, or make it optional");
        assertThatThrownBy(() -> builder.company(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("group 'company' is null: set its key, or mark it @Nullable");
    }

    @Test
    void constructorChecksDistinctIdAndSink() {
        assertThatThrownBy(() -> new OrderBuilder(sink, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderBuilder(null, "user-1")).isInstanceOf(NullPointerException.class)
                .hasMessage("sink");
    }

    @Test
    void builderSendsOnce() {
        OrderBuilder builder = new OrderBuilder(sink, "user-1").orderId("o-1");
        builder.send();

        assertThatThrownBy(builder::send).isInstanceOf(IllegalStateException.class)
                .hasMessage("this 'order-placed' event was sent already: start a new one for the next event");
        assertThatThrownBy(() -> builder.coupon("LATE")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.team("ops")).isInstanceOf(IllegalStateException.class);
        assertThat(sink.events()).hasSize(1);
        assertThat(sink.events().get(0).properties()).containsOnlyKeys("order_id");
    }
}
