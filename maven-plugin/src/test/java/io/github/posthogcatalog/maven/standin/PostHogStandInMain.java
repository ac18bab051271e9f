package io.github.posthogcatalog.maven.standin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.JsonNode;

/**
 * Runs the stand-in as a process of its own, for benchmarks and Maven invoker builds:
 *
 * <pre>
 * java -cp &lt;test classpath&gt; io.github.posthogcatalog.maven.standin.PostHogStandInMain \
 *     [--port N] [--port-file PATH] [--config PATH]
 * </pre>
 *
 * <ul>
 *   <li>{@code --port}: the port to bind on 127.0.0.1; default 0, a free one.
 *   <li>{@code --port-file}: a file that receives the port (written atomically, no newline) once the
 *       server accepts requests.
 *   <li>{@code --config}: a JSON file in the {@link StandInConfig} format.
 * </ul>
 *
 * It prints {@code PostHog stand-in listening on http://127.0.0.1:<port>} and runs until the process
 * is stopped.
 */
public final class PostHogStandInMain {

    private PostHogStandInMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 0;
        Path portFile = null;
        JsonNode config = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--port-file" -> portFile = Path.of(required(args[i], value));
                case "--config" -> config = Json.MAPPER.readTree(Files.readString(Path.of(required(args[i], value))));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; expected --port N, --port-file PATH or --config PATH");
            }
            i++;
        }

        PostHogStandIn standIn = PostHogStandIn.start(port, config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIn.close();
            stopped.countDown();
        }));
        if (portFile != null) {
            Path temporary = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(temporary, String.valueOf(standIn.port()), StandardCharsets.UTF_8);
            Files.move(temporary, portFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("PostHog stand-in listening on " + standIn.baseUri());
        System.out.flush();
        stopped.await();
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
