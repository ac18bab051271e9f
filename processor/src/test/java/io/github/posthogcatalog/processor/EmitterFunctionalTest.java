package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.runtime.CapturedEvent;
import io.github.posthogcatalog.runtime.EventSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles a catalog with a driver that uses the generated API, runs it and checks what was sent. */
class EmitterFunctionalTest {

    private static final JavaFileObject CATALOG = Compilations.source("com.acme.ops.package-info",
            "@io.github.posthogcatalog.annotations.Catalog(name = \"platform-ops\")",
            "package com.acme.ops;");

    private static final JavaFileObject EVENT = Compilations.source("com.acme.ops.EspiMessage",
            "package com.acme.ops;",
            "import io.github.posthogcatalog.annotations.*;",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "import java.util.*;",
            "import org.jspecify.annotations.Nullable;",
            "/** A user sent a message to ESPi. */",
            "@Event(name = \"espi-message\")",
            "public record EspiMessage(String conversationId, int tokenCount, Optional<String> model,",
            "    List<Item> items, Map<String, Double> scores, Plan plan, @Group(\"company\") String company,",
            "    @Timestamp @Nullable Instant sentAt, @Nullable BigDecimal price, OptionalInt retries, short shard,",
            "    Set<UUID> tags, float ratio) {",
            "  public record Item(String sku, Optional<Integer> count) {}",
            "  public enum Plan { FREE, @WireValue(\"pro-plan\") PRO }",
            "}");

    private static final JavaFileObject SIGNUP = Compilations.source("com.acme.ops.UserSignedUp",
            "package com.acme.ops;",
            "import io.github.posthogcatalog.annotations.*;",
            "@Event(name = \"user-signed-up\")",
            "public interface UserSignedUp {",
            "  String email();",
            "  default String ignored() { return \"x\"; }",
            "  static UserSignedUp of(String email) { return () -> email; }",
            "}");

    private static final JavaFileObject SHIPPED = Compilations.source("com.acme.ops.OrderShipped",
            "package com.acme.ops;",
            "import java.util.*;",
            "@io.github.posthogcatalog.annotations.Event(name = \"order-shipped\")",
            "public record OrderShipped(Address address, Map<String, List<Address.City>> stops) {",
            "  public record Address(City city, Optional<City> fallback) {",
            "    public record City(String name) {}",
            "  }",
            "}");

    /** One driver with a method per scenario, compiled once for the whole class. */
    private static final JavaFileObject DRIVER = Compilations.source("com.acme.app.Driver",
            "package com.acme.app;",
            "import com.acme.ops.*;",
            "import io.github.posthogcatalog.runtime.EventSink;",
            "import java.time.Instant;",
            "import java.util.*;",
            "public final class Driver {",
            "  public static void staged(EventSink sink) {",
            "    new PlatformOpsEvents(sink).espiMessage(\"user-1\").conversationId(\"c-1\").tokenCount(42)",
            "        .items(List.of(new EspiMessage.Item(\"sku-1\", Optional.of(2)),",
            "            new EspiMessage.Item(\"sku-2\", Optional.empty())))",
            "        .scores(Map.of(\"a\", 0.5)).plan(EspiMessage.Plan.PRO).shard((short) 3)",
            "        .tags(Set.of(UUID.fromString(\"00000000-0000-0000-0000-00000000000a\"))).ratio(0.25f)",
            "        .company(\"acme\").model(\"gpt\").retries(2)",
            "        .sentAt(Instant.parse(\"2026-12-04T10:15:30Z\")).send();",
            "  }",
            "  public static void instance(EventSink sink) {",
            "    new PlatformOpsEvents(sink).send(\"user-2\", new EspiMessage(\"c-2\", 7, Optional.empty(), List.of(),",
            "        Map.of(), EspiMessage.Plan.FREE, \"acme\", null, new java.math.BigDecimal(\"1.50\"),",
            "        OptionalInt.empty(), (short) 1, Set.of(), 1.5f));",
            "  }",
            "  public static void interfaces(EventSink sink) {",
            "    PlatformOpsEvents events = new PlatformOpsEvents(sink);",
            "    events.send(\"user-3\", UserSignedUp.of(\"a@example.com\"));",
            "    events.userSignedUp(\"user-4\").email(\"b@example.com\").send();",
            "  }",
            "  public static void blankDistinctId(EventSink sink) {",
            "    new PlatformOpsEvents(sink).userSignedUp(\" \");",
            "  }",
            "  public static void notANumber(EventSink sink) {",
            "    new PlatformOpsEvents(sink).espiMessage(\"u\").conversationId(\"c\").tokenCount(1).items(List.of())",
            "        .scores(Map.of()).plan(EspiMessage.Plan.FREE).shard((short) 0).tags(Set.of())",
            "        .ratio(Float.NaN).company(\"acme\").send();",
            "  }",
            "  public static void nested(EventSink sink) {",
            "    OrderShipped.Address.City oslo = new OrderShipped.Address.City(\"Oslo\");",
            "    new PlatformOpsEvents(sink).orderShipped(\"u\")",
            "        .address(new OrderShipped.Address(oslo, Optional.empty()))",
            "        .stops(Map.of(\"day-1\", List.of(oslo))).send();",
            "  }",
            "  public static void nullRequired(EventSink sink) {",
            "    new PlatformOpsEvents(sink).userSignedUp(\"u\").email(null);",
            "  }",
            "}");

    private static CompiledClasses classes;

    @BeforeAll
    static void compileOnce() {
        Compilation compilation = Compilations.compileStrict(CATALOG, EVENT, SIGNUP, SHIPPED, DRIVER);
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @Test
    void stagedBuilderSendsPropertiesInDeclarationOrder() throws Throwable {
        CapturedEvent event = run("staged").get(0);

        Assertions.assertThat(event.event()).isEqualTo("espi-message");
        Assertions.assertThat(event.distinctId()).isEqualTo("user-1");
        Assertions.assertThat(event.properties().keySet()).containsExactly("conversation_id", "token_count",
                "model", "items", "scores", "plan", "retries", "shard", "tags", "ratio");
        Assertions.assertThat(event.properties().get("items")).isEqualTo(
                List.of(Map.of("sku", "sku-1", "count", 2), Map.of("sku", "sku-2")));
        Assertions.assertThat(event.properties().get("plan")).isEqualTo("pro-plan");
        Assertions.assertThat(event.properties().get("shard")).isEqualTo(3);
        Assertions.assertThat(event.properties().get("ratio")).isEqualTo(0.25d);
        Assertions.assertThat(event.properties().get("tags")).isEqualTo(List.of("00000000-0000-0000-0000-00000000000a"));
        Assertions.assertThat(event.properties().get("retries")).isEqualTo(2);
        Assertions.assertThat(event.groups()).isEqualTo(Map.of("company", "acme"));
        Assertions.assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-12-04T10:15:30Z"));
    }

    @Test
    void recordInstanceSentAsIs() throws Throwable {
        CapturedEvent event = run("instance").get(0);

        Assertions.assertThat(event.distinctId()).isEqualTo("user-2");
        Assertions.assertThat(event.properties()).doesNotContainKeys("model", "retries");
        Assertions.assertThat(event.properties().get("price")).isEqualTo("1.50");
        Assertions.assertThat(event.properties().get("plan")).isEqualTo("FREE");
        Assertions.assertThat(event.timestamp()).isNull();
    }

    @Test
    void interfaceEventSentThroughInstance() throws Throwable {
        List<CapturedEvent> sent = run("interfaces");

        Assertions.assertThat(sent).extracting(CapturedEvent::properties)
                .containsExactly(Map.of("email", "a@example.com"), Map.of("email", "b@example.com"));
    }

    @Test
    void nestedRecordsBecomeNestedMaps() throws Throwable {
        CapturedEvent event = run("nested").get(0);

        Assertions.assertThat(event.properties().get("address")).isEqualTo(Map.of("city", Map.of("name", "Oslo")));
        Assertions.assertThat(event.properties().get("stops"))
                .isEqualTo(Map.of("day-1", List.of(Map.of("name", "Oslo"))));
    }

    @Test
    void blankDistinctIdRejectedBeforeSending() {
        List<CapturedEvent> sent = new ArrayList<>();

        assertThatThrownBy(() -> classes.runDriver("com.acme.app.Driver", "blankDistinctId", sent::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distinct id is blank");
        Assertions.assertThat(sent).isEmpty();
    }

    @Test
    void nonFiniteNumberNamesProperty() {
        assertThatThrownBy(() -> run("notANumber"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("property 'ratio' is NaN");
    }

    @Test
    void nullRequiredPropertyRejected() {
        assertThatThrownBy(() -> run("nullRequired"))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("property 'email' is null");
    }

    @Test
    void sendBeforeRequiredStepsDoesNotCompile() {
        JavaFileObject early = Compilations.source("com.acme.app.Early",
                "package com.acme.app;",
                "class Early {",
                "  void run(io.github.posthogcatalog.runtime.EventSink sink) {",
                "    new com.acme.ops.PlatformOpsEvents(sink).espiMessage(\"u\").conversationId(\"c\").send();",
                "  }",
                "}");

        Compilation compilation = Compilations.compile(CATALOG, EVENT, SIGNUP, early);

        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorContaining("send()");
    }

    private static List<CapturedEvent> run(String scenario) throws Throwable {
        List<CapturedEvent> sent = new ArrayList<>();
        EventSink sink = sent::add;
        classes.runDriver("com.acme.app.Driver", scenario, sink);
        return sent;
    }
}
