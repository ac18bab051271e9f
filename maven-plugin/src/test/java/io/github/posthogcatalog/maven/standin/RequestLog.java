package io.github.posthogcatalog.maven.standin;

import java.util.ArrayList;
import java.util.List;

/** The requests the stand-in answered, in the order their answers were written. Thread-safe. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
