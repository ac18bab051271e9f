import io.github.posthogcatalog.maven.it.StandInProcess

// The example's alerts post to #ops-production, where PostHog's Slack app is a member.
String config = '''{"projects":[{"id":1,"integrations":[{"id":7,"kind":"slack","display_name":"Platform",
    "channels":[{"id":"C0GENERAL1","name":"general","is_private":false,"is_member":true},
                {"id":"C0OPSPROD1","name":"ops-production","is_private":false,"is_member":true}]}]}]}'''
StandInProcess.start(basedir, config, ['-Dposthog.apiKey=phx_test_not_a_real_key'])
return true
