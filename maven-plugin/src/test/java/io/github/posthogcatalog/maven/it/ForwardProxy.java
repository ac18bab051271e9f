package io.github.posthogcatalog.maven.it;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP forward proxy on 127.0.0.1 for the invoker builds that test settings.xml proxies.
 * It forwards plain-HTTP requests in absolute form ({@code GET http://host:port/path}) and adds
 * {@code Via: 1.1 it-proxy}, so the server behind it can tell proxied requests apart. With a user and
 * password it answers {@code 407} with a Basic challenge until a request carries matching
 * {@code Proxy-Authorization}, which it never forwards. It does not tunnel ({@code CONNECT}).
 *
 * <pre>
 * java -cp &lt;test classpath&gt; io.github.posthogcatalog.maven.it.ForwardProxy \
 *     --port-file PATH --log PATH [--user NAME --password SECRET]
 * </pre>
 *
 * <p>The log receives one line per request: {@code <status> <method> <uri> auth=<yes|no>}; it
 * never contains the credentials.
 */
public final class ForwardProxy {

    /** Headers that apply to one connection only, or that the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
            "http2-settings", "via");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Path log;
    private final String expectedAuthorization;

    private ForwardProxy(Path log, String user, String password) {
        this.log = log;
        this.expectedAuthorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path portFile = Path.of(required(options, "--port-file"));
        ForwardProxy proxy = new ForwardProxy(Path.of(required(options, "--log")), options.get("--user"),
                options.get("--password"));

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", proxy::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();

        Path temporary = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(temporary, String.valueOf(server.getAddress().getPort()), StandardCharsets.UTF_8);
        Files.move(temporary, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            stopped.countDown();
        }));
        stopped.await();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = exchange.getRequestURI();
            String authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            boolean authorized = expectedAuthorization == null || expectedAuthorization.equals(authorization);
            int status;
            if (target.getScheme() == null || !"http".equalsIgnoreCase(target.getScheme())) {
                status = 400;
                send(exchange, status, "Only plain-HTTP requests in absolute form are forwarded.");
            } else if (!authorized) {
                status = 407;
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"it-proxy\"");
                send(exchange, status, "Proxy authentication required.");
            } else {
                status = forward(exchange, target);
            }
            record(status + " " + exchange.getRequestMethod() + " " + target + " auth=" + (authorization == null ? "no" : "yes"));
        }
    }

    private int forward(HttpExchange exchange, URI target) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        copyHeaders(exchange.getRequestHeaders(), request);
        request.header("Via", "1.1 it-proxy");
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            send(exchange, 502, "The proxy could not reach " + target + ": " + e);
            return 502;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 502, "Interrupted");
            return 502;
        }
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] payload = response.body();
        exchange.sendResponseHeaders(response.statusCode(), payload.length == 0 ? -1 : payload.length);
        if (payload.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        }
        return response.statusCode();
    }

    private static void copyHeaders(Headers headers, HttpRequest.Builder request) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload);
        }
    }

    private synchronized void record(String line) throws IOException {
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}
