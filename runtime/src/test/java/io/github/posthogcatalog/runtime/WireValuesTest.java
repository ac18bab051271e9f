package io.github.posthogcatalog.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Checks the JSON that the real PostHog client sends for each kind of property value. */
class WireValuesTest {

    private static final long BEYOND_DOUBLE = 9_007_199_254_740_993L;

    private LoopbackPostHog posthog;

    @BeforeEach
    void startPostHog() throws IOException {
        posthog = new LoopbackPostHog();
    }

    @AfterEach
    void stopPostHog() {
        posthog.close();
    }

    @Test
    void longBeyondDoublePrecisionStaysExact() {
        send(Map.of("big", BEYOND_DOUBLE));

        // 2^53 + 1 has no double; a client that went through double would send ...992.
        assertThat(rawBody()).contains("\"big\":9007199254740993");
        assertThat(sentProperties().get("big").asLong()).isEqualTo(BEYOND_DOUBLE);
    }

    @Test
    void decimalsKeepScaleAsPlainStrings() {
        send(Map.of(
                "price", PropertyValues.decimal(new BigDecimal("1.50")),
                "tiny", PropertyValues.decimal(new BigDecimal("0.000001")),
                "huge", PropertyValues.integer(new BigInteger("123456789012345678901234567890"))));

        JsonNode properties = sentProperties();
        assertThat(properties.get("price").isString()).isTrue();
        assertThat(properties.get("price").asString()).isEqualTo("1.50");
        assertThat(properties.get("tiny").asString()).isEqualTo("0.000001");
        assertThat(properties.get("huge").asString()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void dateTimesGoOutAsIsoStrings() {
        OffsetDateTime offset = OffsetDateTime.of(2026, 12, 4, 10, 15, 30, 0, ZoneOffset.ofHours(1));
        ZonedDateTime zoned = ZonedDateTime.of(2026, 7, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris"));
        UUID id = UUID.fromString("0b5e1b8a-4c1f-4f0e-9d1a-2b3c4d5e6f70");

        send(Map.of(
                "at", PropertyValues.iso(Instant.parse("2026-12-04T09:15:30.250Z")),
                "offset", PropertyValues.iso(offset),
                "zoned", PropertyValues.iso(zoned),
                "day", PropertyValues.iso(LocalDate.of(2026, 2, 28)),
                "took", PropertyValues.iso(Duration.ofSeconds(90)),
                "id", PropertyValues.uuid(id)));

        JsonNode properties = sentProperties();
        assertThat(properties.get("at").asString()).isEqualTo("2026-12-04T09:15:30.250Z");
        assertThat(properties.get("offset").asString()).isEqualTo("2026-12-04T10:15:30+01:00");
        assertThat(properties.get("zoned").asString()).isEqualTo("2026-07-01T09:00:00+02:00");
        assertThat(properties.get("day").asString()).isEqualTo("2026-02-28");
        assertThat(properties.get("took").asString()).isEqualTo("PT1M30S");
        assertThat(properties.get("id").asString()).isEqualTo(id.toString());
    }

    @Test
    void nestedValuesKeepTheirTypes() {
        send(Map.of(
                "flag", true,
                "ratio", PropertyValues.finite("ratio", 0.25),
                "count", 42,
                "tags", List.of("a", "b"),
                "model", Map.of("name", "m-1", "tokens", BEYOND_DOUBLE)));

        JsonNode properties = sentProperties();
        assertThat(properties.get("flag").asBoolean()).isTrue();
        assertThat(properties.get("ratio").asDouble()).isEqualTo(0.25);
        assertThat(properties.get("count").asInt()).isEqualTo(42);
        assertThat(properties.get("tags").get(1).asString()).isEqualTo("b");
        assertThat(properties.get("model").get("tokens").asLong()).isEqualTo(BEYOND_DOUBLE);
    }

    @Test
    void declaredTimestampIsTheEventTimestamp() {
        Instant declared = Instant.parse("2026-12-04T10:15:30.123Z");

        sendEvent(new CapturedEvent("timed", "user-1", Map.of(), Map.of(), declared));

        JsonNode event = posthog.batchedEvents().get(0);
        assertThat(Instant.parse(event.get("timestamp").asString())).isEqualTo(declared);
    }

    @Test
    void groupsArriveAsDollarGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("company", "acme");
        groups.put("project", "p-42");

        sendEvent(new CapturedEvent("grouped", "user-1", Map.of(), groups, null));

        JsonNode sentGroups = sentProperties().get("$groups");
        assertThat(sentGroups.get("company").asString()).isEqualTo("acme");
        assertThat(sentGroups.get("project").asString()).isEqualTo("p-42");
    }

    @Test
    void nonFiniteNumbersAreRejectedByName() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> PropertyValues.finite("latency_ms", bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("property 'latency_ms' is " + bad)
                    .hasMessageContaining("JSON");
        }
        assertThatThrownBy(() -> PropertyValues.finite("score", Float.valueOf(Float.NaN)))
                .hasMessageStartingWith("property 'score' is NaN");
        assertThat(PropertyValues.finite("score", Float.valueOf(1.5f))).isEqualTo(1.5d);
    }

    @Test
    void missingDistinctIdIsRejectedBeforeSending() {
        try (PostHogSink sink = PostHogSink.create("phc_test_not_a_real_key", posthog.host())) {
            assertThatThrownBy(() -> sink.send(new CapturedEvent("e", null, Map.of(), Map.of(),
                    null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("distinct id is null")
                    .hasMessageContaining("random anonymous person");
            assertThatThrownBy(() -> sink.send(new CapturedEvent("e", "  ", Map.of(), Map.of(),
                    null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("distinct id is blank");
        }

        assertThat(posthog.requests()).isEmpty();
    }

    private void send(Map<String, Object> properties) {
        sendEvent(new CapturedEvent("values", "user-1", properties, Map.of(), null));
    }

    private void sendEvent(CapturedEvent event) {
        try (PostHogSink sink = PostHogSink.create("phc_test_not_a_real_key", posthog.host())) {
            sink.send(event);
        }
    }

    private JsonNode sentProperties() {
        return posthog.batchedEvents().get(0).get("properties");
    }

    private String rawBody() {
        return posthog.requests().get(0).body();
    }
}
