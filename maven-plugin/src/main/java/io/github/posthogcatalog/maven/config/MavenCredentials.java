package io.github.posthogcatalog.maven.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads the secrets a goal needs from the Maven session: the API key (see {@link ApiKeyResolver})
 * and the active proxy of settings.xml, with passwords decrypted by Maven's {@link SettingsDecrypter}.
 */
public final class MavenCredentials {

    private final MavenSession session;
    private final SettingsDecrypter decrypter;

    /**
     * @param session the current session
     * @param decrypter Maven's decrypter, for passwords encrypted with {@code mvn --encrypt-password}
     */
    public MavenCredentials(MavenSession session, SettingsDecrypter decrypter) {
        this.session = session;
        this.decrypter = decrypter;
    }

    /** Returns the API key from the first place that has one, or empty. */
    public Optional<ResolvedKey> apiKey(String serverId) {
        return new ApiKeyResolver(session.getUserProperties(), session.getSystemProperties(), System.getenv(),
                this::serverPassword).resolve(serverId);
    }

    /**
     * Returns the active settings.xml proxy for the host's protocol, or null. A proxy declared for
     * {@code http} also serves an {@code https} host when no {@code https} proxy is declared, which
     * is how most settings.xml files declare a single corporate proxy.
     */
    public ProxySettings proxyFor(String host) {
        String scheme = schemeOf(host);
        List<Proxy> active = session.getSettings().getProxies().stream().filter(Proxy::isActive).toList();
        Optional<Proxy> proxy = active.stream()
                .filter(candidate -> scheme.equalsIgnoreCase(candidate.getProtocol()))
                .findFirst()
                .or(() -> active.stream()
                        .filter(candidate -> candidate.getProtocol() == null || "http".equalsIgnoreCase(candidate.getProtocol()))
                        .findFirst());
        if (proxy.isEmpty()) {
            return null;
        }
        Proxy decrypted = decrypt(proxy.get());
        return new ProxySettings(decrypted.getHost(), decrypted.getPort(), decrypted.getNonProxyHosts(),
                decrypted.getUsername(), decrypted.getPassword());
    }

    private Optional<String> serverPassword(String serverId) {
        Server server = session.getSettings().getServer(serverId);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        failOnProblems(result.getProblems(), "the password of server '" + serverId + "'");
        return Optional.ofNullable(result.getServer().getPassword());
    }

    private Proxy decrypt(Proxy proxy) {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
        failOnProblems(result.getProblems(), "the password of proxy '" + proxy.getId() + "'");
        return result.getProxy();
    }

    private static void failOnProblems(List<SettingsProblem> problems, String what) {
        for (SettingsProblem problem : problems) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                // The problem message names the failure (such as a missing settings-security.xml), never the secret.
                throw new ConfigurationException("Cannot decrypt " + what + " in settings.xml: " + problem.getMessage()
                        + ". Check the master password in ~/.m2/settings-security.xml (or the file that"
                        + " -Dsettings.security names), and re-encrypt the password with mvn --encrypt-password.");
            }
        }
    }

    private static String schemeOf(String host) {
        try {
            String scheme = URI.create(host.strip()).getScheme();
            return scheme == null ? "https" : scheme.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // An invalid host is reported by SettingsValidator with the fix.
            return "https";
        }
    }
}
