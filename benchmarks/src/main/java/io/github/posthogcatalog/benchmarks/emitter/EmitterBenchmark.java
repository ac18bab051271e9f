package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.runtime.PostHogSink;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of one event, from the caller's values to the {@link com.posthog.server.PostHogCaptureOptions}
 * that reach PostHog's client. The generated path runs the staged builder that the generated class of emitters
 * starts, which builds a {@code CapturedEvent} and hands it to a real {@link PostHogSink}, which converts it;
 * the baseline is {@link HandWrittenCapture}. Both end in the same {@link DiscardingClient}.
 *
 * <p>The values sit in fields of the state, so the JIT cannot fold them into constants.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EmitterBenchmark {

    private final DiscardingClient client = new DiscardingClient();
    private final DiscardingSink eventSink = new DiscardingSink();
    private final BenchmarksEmitters keptEmitters = new BenchmarksEmitters(eventSink);
    private PostHogSink sink;
    private BenchmarksEmitters emitters;

    private String distinctId = "user-8f3a";
    private String path = "/settings/billing";
    private int durationMs = 184;
    private boolean signedIn = true;
    private OrderPlaced order;

    /** Opens the sink and sets up the order. */
    @Setup
    public void open() {
        sink = PostHogSink.wrap(client);
        emitters = new BenchmarksEmitters(sink);
        order = new OrderPlaced("ord-20260104-0042", "cus-7781", "EUR", 129_900L, 3, false, 0.15,
                OrderPlaced.Channel.MOBILE_APP, Optional.of("WINTER15"),
                UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), Instant.parse("2026-01-04T10:15:30Z"),
                "DE", "Bavaria", "Munich", "80331", 2, 1_450L, true, "card", "https://example.com/deals");
    }

    /** Closes the sink, which flushes and closes the discarding client. */
    @TearDown
    public void close() {
        sink.close();
    }

    /** Sends the small event through the generated emitter and {@link PostHogSink}. */
    @Benchmark
    public Object smallGenerated() {
        emitters.pageViewed(distinctId).path(path).durationMs(durationMs).signedIn(signedIn).send();
        return client.lastOptions();
    }

    /** Sends the small event through the generated emitter only, up to the {@code CapturedEvent}. */
    @Benchmark
    public Object smallEmitterOnly() {
        keptEmitters.pageViewed(distinctId).path(path).durationMs(durationMs).signedIn(signedIn).send();
        return eventSink.last();
    }

    /** Sends the small event as a hand-written map and options. */
    @Benchmark
    public Object smallHandWritten() {
        HandWrittenCapture.pageViewed(client, distinctId, path, durationMs, signedIn);
        return client.lastOptions();
    }

    /** Sends the 20-property event through the generated emitter and {@link PostHogSink}. */
    @Benchmark
    public Object wideGenerated() {
        sendWide(emitters);
        return client.lastOptions();
    }

    /** Sends the 20-property event through the generated emitter only, up to the {@code CapturedEvent}. */
    @Benchmark
    public Object wideEmitterOnly() {
        sendWide(keptEmitters);
        return eventSink.last();
    }

    /** Sends the 20-property event as a hand-written map and options. */
    @Benchmark
    public Object wideHandWritten() {
        HandWrittenCapture.orderPlaced(client, distinctId, order);
        return client.lastOptions();
    }

    private void sendWide(BenchmarksEmitters target) {
        OrderPlaced o = order;
        target.orderPlaced(distinctId)
                .orderId(o.orderId())
                .customerId(o.customerId())
                .currency(o.currency())
                .totalCents(o.totalCents())
                .itemCount(o.itemCount())
                .giftWrapped(o.giftWrapped())
                .discountRate(o.discountRate())
                .channel(o.channel())
                .cartId(o.cartId())
                .placedAt(o.placedAt())
                .country(o.country())
                .region(o.region())
                .city(o.city())
                .postalCode(o.postalCode())
                .shippingDays(o.shippingDays())
                .weightGrams(o.weightGrams())
                .expressShipping(o.expressShipping())
                .paymentMethod(o.paymentMethod())
                .referrer(o.referrer())
                .couponCode(o.couponCode().orElse(null))
                .send();
    }
}
