package io.github.posthogcatalog.benchmarks.emitter;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The baseline of the emitter benchmark: what a developer writes without a catalog to send the same
 * events straight to PostHog's client. It builds the same properties map, with the same wire names
 * and values, and the same {@link PostHogCaptureOptions} that {@code PostHogSink} passes on.
 */
public final class HandWrittenCapture {

    private HandWrittenCapture() {}

    /** Sends {@code page-viewed} as a hand-written map. */
    public static void pageViewed(PostHogInterface client, String distinctId, String path, int durationMs,
            boolean signedIn) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("path", path);
        properties.put("duration_ms", durationMs);
        properties.put("signed_in", signedIn);
        client.capture(distinctId, "page-viewed", PostHogCaptureOptions.builder().properties(properties).build());
    }

    /**
     * Sends {@code order-placed} as a hand-written map. The order is passed as the record only to keep
     * the parameter list short: each value is read once, as the emitter's staged builder receives it.
     */
    public static void orderPlaced(PostHogInterface client, String distinctId, OrderPlaced order) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("order_id", order.orderId());
        properties.put("customer_id", order.customerId());
        properties.put("currency", order.currency());
        properties.put("total_cents", order.totalCents());
        properties.put("item_count", order.itemCount());
        properties.put("gift_wrapped", order.giftWrapped());
        properties.put("discount_rate", order.discountRate());
        properties.put("channel", order.channel().name());
        order.couponCode().ifPresent(code -> properties.put("coupon_code", code));
        properties.put("cart_id", uuid(order.cartId()));
        properties.put("placed_at", iso(order.placedAt()));
        properties.put("country", order.country());
        properties.put("region", order.region());
        properties.put("city", order.city());
        properties.put("postal_code", order.postalCode());
        properties.put("shipping_days", order.shippingDays());
        properties.put("weight_grams", order.weightGrams());
        properties.put("express_shipping", order.expressShipping());
        properties.put("payment_method", order.paymentMethod());
        properties.put("referrer", order.referrer());
        client.capture(distinctId, "order-placed", PostHogCaptureOptions.builder().properties(properties).build());
    }

    private static String uuid(UUID value) {
        return value.toString();
    }

    /** {@link Instant#toString()} is ISO-8601, the form the emitter sends. */
    private static String iso(Instant value) {
        return value.toString();
    }
}
