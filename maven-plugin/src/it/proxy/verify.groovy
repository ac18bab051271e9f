import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    List<String> proxied = StandInProcess.proxyLog(basedir)
    def requests = StandInProcess.requests(basedir).collect { it }
    def via = { request -> request.get('headers').has('via') }

    assert log.contains('posthog:sync: applied 1 changes (1 created')
    assert log.contains('posthog:check: PostHog matches the catalog')

    // The proxy, which answers 407 to requests without its credentials, forwarded every request of the
    // sync: the plugin sends Proxy-Authorization with each one, as Maven's own transports do.
    assert proxied.any { it ==~ /201 POST http:\/\/127\.0\.0\.1:\d+\/api\/projects\/1\/actions\/ auth=yes/ }
    assert proxied.every { !it.startsWith('407 ') && it.endsWith('auth=yes') }

    // The stand-in saw the sync's requests through the proxy, without the proxy's credentials, and the
    // check's requests directly, because nonProxyHosts names 127.0.0.*.
    def throughProxy = requests.findAll(via)
    def direct = requests.findAll { !via(it) }
    assert throughProxy.any { it.get('method').asString() == 'POST' }
    assert throughProxy.size() == proxied.size()
    assert !direct.isEmpty()
    assert direct.every { it.get('method').asString() == 'GET' }
    assert requests.every { !it.get('headers').has('proxy-authorization') }

    assert !log.contains('it-proxy-password-not-secret')
} finally {
    StandInProcess.stopProxy(basedir)
    StandInProcess.stop(basedir)
}
return true
