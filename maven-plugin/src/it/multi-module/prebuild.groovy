import io.github.posthogcatalog.maven.it.StandInProcess

StandInProcess.start(basedir, '{"projects":[{"id":1},{"id":2},{"id":3}]}', ['-Dposthog.apiKey=phx_test_not_a_real_key'])
return true
