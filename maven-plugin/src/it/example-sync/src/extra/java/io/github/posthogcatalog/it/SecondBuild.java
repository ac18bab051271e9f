package io.github.posthogcatalog.it;

/** A source that only the second build adds, so that javac runs again over existing output. */
final class SecondBuild {

    private SecondBuild() {}
}
