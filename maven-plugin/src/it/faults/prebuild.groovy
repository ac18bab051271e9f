import io.github.posthogcatalog.maven.it.StandInProcess

// Three 429s answer the first requests (PostHog sends no Retry-After; the client backs off), and
// the first create of an Action is rejected with a validation error, which is not retried.
String config = '''{"projects":[{"id":1,"integrations":[{"id":7,"kind":"slack","display_name":"IT",
    "channels":[{"id":"C0000OPS","name":"ops","is_private":false,"is_member":true}]}]}],
  "faults":{"throttle":3,
    "responses":[{"method":"POST","path":"/api/projects/1/actions/","status":400,"times":1,
      "body":{"type":"validation_error","code":"invalid_input","detail":"Rejected by the stand-in.","attr":"steps"}}]}}'''
StandInProcess.start(basedir, config, ['-Dposthog.apiKey=phx_test_not_a_real_key'])
return true
