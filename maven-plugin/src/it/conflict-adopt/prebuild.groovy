import io.github.posthogcatalog.maven.it.StandInProcess

// Project 1 holds an Action named like a catalog Action, without the marker, with id 500.
String config = '''{"projects":[{"id":1,
  "actions":[{"id":500,"name":"Auth: Login","description":"Made by hand.","steps":[{"event":"login"}]}],
  "integrations":[{"id":7,"kind":"slack","display_name":"IT",
    "channels":[{"id":"C0000OPS","name":"ops","is_private":false,"is_member":true}]}]}]}'''
StandInProcess.start(basedir, config, ['-Dposthog.apiKey=phx_test_not_a_real_key'])
return true
