package io.github.posthogcatalog.maven.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The active proxy of settings.xml for the PostHog host's protocol, turned into the
 * {@link ProxySelector} that {@code java.net.http.HttpClient} takes, and the {@code Proxy-Authorization}
 * header for its credentials.
 *
 * @param host the proxy host
 * @param port the proxy port
 * @param nonProxyHosts Maven's {@code nonProxyHosts}: host patterns separated by {@code |} (or
 *     {@code ,}), where {@code *} matches any characters; null or empty when every host goes through
 *     the proxy
 * @param username the proxy user, or null
 * @param password the decrypted proxy password, or null; never shown by {@link #toString()}
 */
public record ProxySettings(String host, int port, String nonProxyHosts, String username, String password) {

    public ProxySettings {
        Objects.requireNonNull(host, "host");
    }

    /** Returns whether a host is exempt from the proxy by {@code nonProxyHosts}. */
    public boolean bypasses(String targetHost) {
        if (nonProxyHosts == null || nonProxyHosts.isBlank() || targetHost == null) {
            return false;
        }
        String candidate = targetHost.toLowerCase(Locale.ROOT);
        for (String pattern : nonProxyHosts.split("[|,]")) {
            String trimmed = pattern.strip().toLowerCase(Locale.ROOT);
            if (!trimmed.isEmpty() && globMatches(trimmed, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Returns a selector that sends every request through the proxy, except to non-proxy hosts. */
    public ProxySelector selector() {
        Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                List<Proxy> proxies = new ArrayList<>();
                proxies.add(bypasses(uri.getHost()) ? Proxy.NO_PROXY : proxy);
                return proxies;
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // The HTTP client reports the failure itself; there is no other proxy to fall back to.
            }
        };
    }

    /**
     * Returns the {@code Proxy-Authorization} value (Basic) for a request to {@code target}, sent with
     * every request instead of after a {@code 407} challenge, as Maven's own transports do. Returns null
     * without a user, and for a non-proxy host, so the credentials never reach the origin server.
     */
    // NOTE: the invoker build covers plain-HTTP proxying only. For https the JDK client should pass
    // this header to the tunnel's CONNECT request, but no test here exercises that.
    public String proxyAuthorization(URI target) {
        if (username == null || username.isEmpty() || bypasses(target.getHost())) {
            return null;
        }
        String credentials = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean globMatches(String glob, String host) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return host.matches(regex.toString());
    }

    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + (username == null ? "" : ", user " + username) + "]";
    }
}
