import io.github.posthogcatalog.maven.it.StandInProcess

// The stand-in accepts only the key held (encrypted) by server posthog-ci; no -Dposthog.apiKey is set.
String config = '''{"apiKeys":[{"key":"phx_test_settings_key_not_real"}],
    "revokedKeys":["phx_test_not_a_real_key"], "projects":[{"id":1}]}'''
String security = new File(basedir, 'settings-security.xml').absolutePath
StandInProcess.start(basedir, config, ["-Dsettings.security=${security}".toString()])
return true
