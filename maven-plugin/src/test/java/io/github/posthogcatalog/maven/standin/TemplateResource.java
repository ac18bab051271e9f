package io.github.posthogcatalog.maven.standin;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/projects/{id}/hog_function_templates/}: read-only, paginated, {@code type=destination}
 * by default; retrieve takes the template id, such as {@code template-slack}.
 */
final class TemplateResource {

    private final StandInState state;

    TemplateResource(StandInState state) {
        this.state = state;
    }

    Response handle(ApiCall call) {
        if (!call.method().equals("GET")) {
            throw ApiError.methodNotAllowed(call.method());
        }
        if (call.subresource() != null) {
            throw ApiError.notFound();
        }
        if (call.id() != null) {
            ObjectNode template = state.templates.get(call.id());
            if (template == null) {
                throw ApiError.notFound();
            }
            return Response.ok(template);
        }
        String type = call.params().getOrDefault("type", "destination");
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode template : state.templates.values()) {
            if (type.equals(Json.text(template, "type")) && !"deprecated".equals(Json.text(template, "status"))) {
                matching.add(template);
            }
        }
        return Response.ok(Paginator.page(matching, call, state.pageSize, state.linkStyle));
    }
}
