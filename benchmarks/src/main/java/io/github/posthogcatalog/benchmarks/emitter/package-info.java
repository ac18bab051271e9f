/**
 * The emitter benchmark: two events that the real processor turns into emitters when this module
 * compiles, a PostHog client that discards what it is given, and the hand-written baseline.
 */
@Catalog(name = "benchmarks", description = "Events that the emitter benchmark sends.")
package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.annotations.Catalog;
