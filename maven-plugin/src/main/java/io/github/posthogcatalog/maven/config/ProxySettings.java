package io.github.posthogcatalog.maven.config;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The active proxy of settings.xml for the PostHog host's protocol, turned into the
 * {@link ProxySelector} and {@link Authenticator} that {@code java.net.http.HttpClient} takes.
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

    /** Returns an authenticator that answers the proxy's challenge only, or null without a user. */
    public Authenticator authenticator() {
        if (username == null || username.isEmpty()) {
            return null;
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                // Never hand the proxy credentials to the origin server.
                if (getRequestorType() != RequestorType.PROXY) {
                    return null;
                }
                return new PasswordAuthentication(username, secret.clone());
            }
        };
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
