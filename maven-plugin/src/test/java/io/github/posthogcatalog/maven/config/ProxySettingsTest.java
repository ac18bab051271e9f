package io.github.posthogcatalog.maven.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

    private final ProxySettings proxy =
            new ProxySettings("proxy.corp.test", 3128, "localhost|*.internal.test|127.0.0.1", "builder", "hunter2-fake");

    @Test
    void nonProxyHostsBypassTheProxy() {
        assertThat(proxy.bypasses("localhost")).isTrue();
        assertThat(proxy.bypasses("posthog.internal.test")).isTrue();
        assertThat(proxy.bypasses("us.posthog.com")).isFalse();
    }

    @Test
    void selectorRoutesByHost() {
        assertThat(proxy.selector().select(URI.create("https://us.posthog.com/api/")).get(0).type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(proxy.selector().select(URI.create("http://127.0.0.1:8080/api/")).get(0)).isEqualTo(Proxy.NO_PROXY);
    }

    @Test
    void toStringHidesPassword() {
        assertThat(proxy.toString()).doesNotContain("hunter2-fake").contains("proxy.corp.test:3128");
    }

    @Test
    void proxyAuthorizationOnlyThroughProxy() {
        URI posthog = URI.create("https://us.posthog.com/api/");

        assertThat(proxy.proxyAuthorization(posthog)).isEqualTo("Basic YnVpbGRlcjpodW50ZXIyLWZha2U=");
        assertThat(proxy.proxyAuthorization(URI.create("http://127.0.0.1:8080/api/"))).isNull();
        assertThat(new ProxySettings("p", 1, null, null, null).proxyAuthorization(posthog)).isNull();
    }
}
