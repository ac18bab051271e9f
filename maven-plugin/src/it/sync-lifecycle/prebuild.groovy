import io.github.posthogcatalog.maven.it.StandInProcess

StandInProcess.start(basedir, '''{"projects":[{"id":1,"integrations":[{"id":7,"kind":"slack","display_name":"IT","channels":[{"id":"C0000OPS","name":"ops","is_private":false,"is_member":true}]}]}]}''', ['-Dposthog.apiKey=phx_test_not_a_real_key'])
return true
