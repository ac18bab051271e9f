import io.github.posthogcatalog.maven.it.StandInProcess

StandInProcess.start(basedir, '{"projects":[{"id":1}]}', ['-Dposthog.apiKey=phx_test_not_a_real_key'])
int port = StandInProcess.startProxy(basedir, 'it-proxy-user', 'it-proxy-password-not-secret')

// Both settings files name the proxy, with its port known only now; the second exempts the stand-in.
def settings = { String nonProxyHosts -> """<?xml version="1.0" encoding="UTF-8"?>
<settings>
  <proxies>
    <proxy>
      <id>it-proxy</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${port}</port>
      <username>it-proxy-user</username>
      <password>it-proxy-password-not-secret</password>
      ${nonProxyHosts == null ? '' : "<nonProxyHosts>${nonProxyHosts}</nonProxyHosts>"}
    </proxy>
  </proxies>
</settings>
""" }
new File(basedir, 'settings-proxy.xml').text = settings(null)
new File(basedir, 'settings-bypass.xml').text = settings('localhost|127.0.0.*')
return true
