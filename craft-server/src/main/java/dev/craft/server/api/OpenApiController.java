package dev.craft.server.api;

import dev.craft.server.security.PublicEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Serves the API's OpenAPI 3.1 document. The document is written by hand (spec-first) in
 * {@code src/main/resources/openapi/craft-api.yaml}; a test keeps it and the controllers in step.
 */
@RestController
class OpenApiController {

    static final String RESOURCE = "/openapi/craft-api.yaml";

    private final byte[] yaml;
    private final byte[] json;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode tree = YAMLMapper.builder().build().readTree(yaml);
        json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    }

    @GetMapping(value = "/api/v1/openapi.yaml", produces = "application/yaml")
    @PublicEndpoint("the API description is public, like the source code it describes")
    ResponseEntity<byte[]> yaml() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(yaml);
    }

    @GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PublicEndpoint("the API description is public, like the source code it describes")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
