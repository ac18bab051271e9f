package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.annotations.Event;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer placed an order: the 20-property event of the emitter benchmark. It mixes the types
 * that real events carry: strings, integral and floating numbers, booleans, an enum, an optional
 * value, a UUID and an instant.
 *
 * @param orderId the order's id
 * @param customerId the customer's id
 * @param currency the ISO 4217 currency code
 * @param totalCents the order total in cents
 * @param itemCount how many items the order contains
 * @param giftWrapped whether the order is gift-wrapped
 * @param discountRate the discount as a fraction of the total
 * @param channel where the order was placed
 * @param couponCode the coupon the customer used, if any
 * @param cartId the cart the order came from
 * @param placedAt when the order was placed
 * @param country the shipping country
 * @param region the shipping region
 * @param city the shipping city
 * @param postalCode the shipping postal code
 * @param shippingDays the promised delivery time in days
 * @param weightGrams the parcel's weight in grams
 * @param expressShipping whether express shipping was chosen
 * @param paymentMethod how the customer paid
 * @param referrer the page that sent the customer
 */
@Event(name = "order-placed")
public record OrderPlaced(
        String orderId,
        String customerId,
        String currency,
        long totalCents,
        int itemCount,
        boolean giftWrapped,
        double discountRate,
        Channel channel,
        Optional<String> couponCode,
        UUID cartId,
        Instant placedAt,
        String country,
        String region,
        String city,
        String postalCode,
        int shippingDays,
        long weightGrams,
        boolean expressShipping,
        String paymentMethod,
        String referrer) {

    /** The sales channel of an order. */
    public enum Channel {
        WEB,
        MOBILE_APP,
        PHONE
    }
}
