/**
 * The sinks that generated event emitters send their events to.
 *
 * <p>Emitters build a {@link io.github.posthogcatalog.runtime.CapturedEvent}, with its property
 * values converted to wire form by {@link io.github.posthogcatalog.runtime.PropertyValues}, and
 * hand it to an {@link io.github.posthogcatalog.runtime.EventSink}:
 *
 * <ul>
 *   <li>{@link io.github.posthogcatalog.runtime.PostHogSink} sends events to PostHog through
 *       PostHog's Java client ({@code com.posthog:posthog-server}). Its {@code flush()} waits until
 *       the queued events are sent, and its {@code close()} flushes before closing the client.
 *   <li>{@link io.github.posthogcatalog.runtime.RecordingSink} keeps events in memory for tests
 *       and checks them with {@link io.github.posthogcatalog.runtime.RecordedEventAssert}, whose
 *       failure messages list every recorded event.
 * </ul>
 */
package io.github.posthogcatalog.runtime;
