package io.github.posthogcatalog.maven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** How a request that never got a response is described, as Maven then prints it. */
class ErrorMessagesTest {

    private final ErrorMessages errors = new ErrorMessages(URI.create("http://127.0.0.1:9"), 1);
    private final ApiRequest request =
            new ApiRequest("GET", URI.create("http://127.0.0.1:9/api/projects/1/actions/"), null, "Actions");

    @Test
    void unreachableWithoutMessageNamesClass() {
        String message = errors.unreachable(request, new ClosedChannelException(), 5).getMessage();

        // Maven appends a cause's class name unless the text contains it already.
        assertThat(message).contains("after 5 attempts: " + ClosedChannelException.class.getName() + ".");
        assertThat(message).endsWith("proxy in Maven's settings.xml.");
    }

    @Test
    void unreachableKeepsFailureMessage() {
        String message = errors.unreachable(request, new ConnectException("Connection refused"), 3).getMessage();

        assertThat(message).contains("after 3 attempts: ConnectException: Connection refused.");
    }
}
