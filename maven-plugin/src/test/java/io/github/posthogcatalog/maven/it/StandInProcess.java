package io.github.posthogcatalog.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts and stops the PostHog stand-in as a separate process for the invoker builds under
 * {@code src/it}, and reads its control endpoint. The prebuild script of each project calls
 * {@link #start}, which writes {@code .mvn/maven.config} so that every build of the project talks
 * to the stand-in; the verify script calls {@link #stop} in a {@code finally} block.
 *
 * <p>Files in the project folder: {@code standin.port}, {@code standin.pid}, {@code standin.log}.
 */
public final class StandInProcess {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MAIN = "io.github.posthogcatalog.maven.standin.PostHogStandInMain";

    private StandInProcess() {}

    /**
     * Starts the stand-in and points the project's builds at it.
     *
     * @param basedir the invoker project's folder
     * @param config the stand-in configuration as JSON text, or null
     * @param mavenConfig extra lines for {@code .mvn/maven.config}, such as {@code -Dposthog.apiKey=...}
     * @return the port
     */
    public static int start(File basedir, String config, List<String> mavenConfig) throws IOException, InterruptedException {
        Path dir = basedir.toPath();
        Path portFile = dir.resolve("standin.port");
        Files.deleteIfExists(portFile);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), MAIN, "--port-file", portFile.toString()));
        if (config != null) {
            Path configFile = dir.resolve("standin-config.json");
            Files.writeString(configFile, config, StandardCharsets.UTF_8);
            command.add("--config");
            command.add(configFile.toString());
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("standin.log").toFile())
                .start();
        Files.writeString(dir.resolve("standin.pid"), Long.toString(process.pid()));

        int port = awaitPort(process, portFile);
        List<String> lines = new ArrayList<>(List.of(
                "-Dposthog.host=http://127.0.0.1:" + port,
                "-Dposthog.projectId=1",
                "-Dposthog.slack.workspace=7"));
        lines.addAll(mavenConfig);
        Files.createDirectories(dir.resolve(".mvn"));
        Files.write(dir.resolve(".mvn").resolve("maven.config"), lines, StandardCharsets.UTF_8);
        return port;
    }

    /**
     * Starts a {@link ForwardProxy} for the project; it logs each request to {@code proxy.log}.
     *
     * @param user the user the proxy requires, or null for a proxy without authentication
     * @param password the password the proxy requires with the user
     * @return the port
     */
    public static int startProxy(File basedir, String user, String password) throws IOException, InterruptedException {
        Path dir = basedir.toPath();
        Path portFile = dir.resolve("proxy.port");
        Files.deleteIfExists(portFile);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), ForwardProxy.class.getName(),
                "--port-file", portFile.toString(), "--log", dir.resolve("proxy.log").toString()));
        if (user != null) {
            command.addAll(List.of("--user", user, "--password", password));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("proxy.out").toFile())
                .start();
        Files.writeString(dir.resolve("proxy.pid"), Long.toString(process.pid()));
        return awaitPort(process, portFile);
    }

    /** Stops the proxy that {@link #startProxy} started for this project, by its process id. */
    public static void stopProxy(File basedir) throws IOException {
        stopProcess(basedir.toPath().resolve("proxy.pid"));
    }

    /** Returns the lines of the proxy's request log, or none when it received no request. */
    public static List<String> proxyLog(File basedir) throws IOException {
        Path log = basedir.toPath().resolve("proxy.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** Stops the stand-in process that {@link #start} started for this project, by its process id. */
    public static void stop(File basedir) throws IOException {
        stopProcess(basedir.toPath().resolve("standin.pid"));
    }

    private static void stopProcess(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(handle -> {
            handle.destroy();
            handle.onExit().join();
        });
        Files.delete(pidFile);
    }

    /** Returns {@code GET /_standin/state}: every project's objects, soft-deleted ones included. */
    public static JsonNode state(File basedir) throws IOException, InterruptedException {
        return get(basedir, "/_standin/state");
    }

    /** Returns {@code GET /_standin/requests}: every API request the stand-in received. */
    public static JsonNode requests(File basedir) throws IOException, InterruptedException {
        return get(basedir, "/_standin/requests");
    }

    /** Returns how many recorded requests were writes (POST, PATCH or PUT) to the API. */
    public static int writes(File basedir) throws IOException, InterruptedException {
        int writes = 0;
        for (JsonNode request : requests(basedir)) {
            String method = request.get("method").asString();
            if (method.equals("POST") || method.equals("PATCH") || method.equals("PUT")) {
                writes++;
            }
        }
        return writes;
    }

    /** Returns the build log of the project as text. */
    public static String buildLog(File basedir) throws IOException {
        return Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8);
    }

    private static JsonNode get(File basedir, String path) throws IOException, InterruptedException {
        String port = Files.readString(basedir.toPath().resolve("standin.port")).strip();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static int awaitPort(Process process, Path portFile) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                return Integer.parseInt(Files.readString(portFile).strip());
            }
            if (!process.isAlive()) {
                throw new IOException("The process writing " + portFile.getFileName() + " exited with "
                        + process.exitValue() + "; see its log in " + portFile.getParent());
            }
            Thread.sleep(50);
        }
        process.destroy();
        throw new IOException("The process did not write " + portFile + " within 30 s; see its log in " + portFile.getParent());
    }

    /**
     * Returns the class path of the loader that loaded this class: the invoker gives scripts the
     * test classes and test dependencies through it.
     */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        ClassLoader loader = StandInProcess.class.getClassLoader();
        while (loader != null) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(toPath(url));
                }
            }
            loader = loader.getParent();
        }
        String javaClassPath = System.getProperty("java.class.path");
        if (javaClassPath != null && !javaClassPath.isBlank()) {
            entries.add(javaClassPath);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("Unusable class path entry " + url, e));
        }
    }
}
