package dev.craft.server.testing;

import dev.craft.server.security.Permission;
import dev.craft.server.security.PublicEndpoint;
import dev.craft.server.security.RequiresPermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API's endpoints as the running server registered them: the source of the generated tests. */
public final class Endpoints {

    /** One (method, path pattern) of the API and what it declares; {@code permission} is null for public endpoints. */
    public record Endpoint(String method, String path, Permission permission, boolean isPublic, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Endpoints() {}

    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        var out = new ArrayList<Endpoint>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            var patterns = info.getPathPatternsCondition() == null ? java.util.Set.<String>of() : info.getPathPatternsCondition().getPatternValues();
            for (String path : patterns) {
                if (!path.startsWith("/api/")) continue;
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) throw new IllegalStateException(path + " accepts every HTTP method: name one");
                for (RequestMethod m : methods) {
                    RequiresPermission p = handler.getMethodAnnotation(RequiresPermission.class);
                    out.add(new Endpoint(m.name(), path, p == null ? null : p.value(),
                            handler.hasMethodAnnotation(PublicEndpoint.class), handler));
                }
            }
        });
        out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return out;
    }
}
