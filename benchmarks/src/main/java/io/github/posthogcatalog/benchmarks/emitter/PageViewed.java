package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.annotations.Event;

/**
 * A person viewed a page: the small event of the emitter benchmark, with three required properties.
 *
 * @param path the page's path
 * @param durationMs how long the page took to render, in milliseconds
 * @param signedIn whether the person was signed in
 */
@Event(name = "page-viewed")
public record PageViewed(String path, int durationMs, boolean signedIn) {}
