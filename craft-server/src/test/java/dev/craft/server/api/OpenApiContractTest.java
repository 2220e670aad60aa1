package dev.craft.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.testing.Api;
import dev.craft.server.testing.CraftServerTest;
import dev.craft.server.testing.Endpoints;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The API is spec-first: the hand-written OpenAPI document and the controllers must describe the same
 * endpoints, each with the same permission. A new endpoint without its spec entry (or the reverse) fails here.
 */
@CraftServerTest
class OpenApiContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void shouldDocumentExactlyTheRegisteredEndpointsWithTheirPermissions() {
        JsonNode spec = Api.anonymous(port).get("/api/v1/openapi.json").json();
        Map<String, String> documented = new TreeMap<>();
        for (var path : spec.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(op.getKey())) continue;
                JsonNode permission = op.getValue().get("x-craft-permission");
                documented.put(op.getKey().toUpperCase() + " " + path.getKey(), permission == null ? "(none)" : permission.asString());
            }
        }
        Map<String, String> registered = new TreeMap<>();
        for (var e : Endpoints.of(mapping)) {
            registered.put(e.method() + " " + e.path(), e.isPublic() ? "PUBLIC" : String.valueOf(e.permission()));
        }
        assertThat(documented).as("OpenAPI paths (left) vs controllers (right)").isEqualTo(registered);
    }

    @Test
    void shouldGiveEveryOperationAnIdAndEveryRequestBodyAnExample() {
        JsonNode spec = Api.anonymous(port).get("/api/v1/openapi.json").json();
        var missing = new TreeSet<String>();
        var ids = new TreeSet<String>();
        for (var path : spec.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(op.getKey())) continue;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode id = op.getValue().get("operationId");
                if (id == null || !ids.add(id.asString())) missing.add(where + ": operationId missing or duplicated");
                JsonNode body = op.getValue().get("requestBody");
                if (body != null && body.get("content").properties().stream()
                        .noneMatch(c -> c.getValue().has("example") || c.getKey().startsWith("application/vnd") || c.getKey().equals("application/octet-stream"))) {
                    missing.add(where + ": request body without example");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldServeTheSameDocumentAsYamlAndDeclareOpenApi31() {
        var yaml = Api.anonymous(port).get("/api/v1/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.text()).startsWith("openapi: 3.1.0");
        assertThat(Api.anonymous(port).get("/api/v1/openapi.json").json().get("openapi").asString()).isEqualTo("3.1.0");
    }
}
