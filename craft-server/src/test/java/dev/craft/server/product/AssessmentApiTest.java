package dev.craft.server.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.testing.Api;
import dev.craft.server.testing.CraftServerTest;
import dev.craft.server.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Products carry their craft assess profile; the server validates it, assesses it, and re-assesses on change. */
@CraftServerTest
class AssessmentApiTest {

    @LocalServerPort
    int port;

    static JsonNode exampleProfile(String name) {
        return Fixtures.exampleProfile(name);
    }

    private JsonNode awaitAssessments(Api api, String path, int count) throws InterruptedException {
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(30)); Instant.now().isBefore(deadline); Thread.sleep(100)) {
            JsonNode list = api.get(path).json();
            if (list.size() >= count) return list;
        }
        throw new AssertionError("no assessment within 30 s at " + path);
    }

    @Test
    void shouldAssessAProductWhenItGetsAProfileAndAgainWhenTheProfileChanges() throws Exception {
        String org = Api.newOrg(port);
        var officer = Api.withKey(port, org, "COMPLIANCE_OFFICER");
        JsonNode profile = exampleProfile("smart-home-camera.yaml");
        var created = officer.post("/api/v1/orgs/" + org + "/products", Map.of("key", "cam", "name", "Camera", "profile", profile));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/orgs/" + org + "/products/cam/assessments";
        JsonNode first = awaitAssessments(officer, path, 1).get(0);
        assertThat(first.get("trigger").asString()).isEqualTo("profile-changed");
        assertThat(first.get("current").asBoolean()).isTrue();
        assertThat(first.get("scope").asString()).isEqualTo("IN_SCOPE");
        assertThat(first.get("profileSha256").asString()).isEqualTo(created.json().get("profileSha256").asString());

        var full = officer.get(path + "/" + first.get("id").asLong()).json();
        assertThat(full.get("result").get("knowledge_base").get("version").asString()).isEqualTo(first.get("knowledgeBase").asString());

        var changed = ((tools.jackson.databind.node.ObjectNode) profile.deepCopy());
        ((tools.jackson.databind.node.ObjectNode) changed.get("product")).put("version", "3.1");
        assertThat(officer.patch("/api/v1/orgs/" + org + "/products/cam", Map.of("profile", changed)).status()).isEqualTo(200);
        JsonNode after = awaitAssessments(officer, path, 2);
        assertThat(after.get(0).get("current").asBoolean()).isTrue();
        assertThat(after.get(1).get("current").asBoolean()).isFalse();

        var requested = officer.post(path, Map.of());
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().get("trigger").asString()).isEqualTo("requested");
    }

    @Test
    void shouldRejectAProfileThatCraftAssessCannotReadWithItsJsonPath() {
        String org = Api.newOrg(port);
        var officer = Api.withKey(port, org, "COMPLIANCE_OFFICER");
        var bad = ((tools.jackson.databind.node.ObjectNode) exampleProfile("smart-home-camera.yaml").deepCopy());
        ((tools.jackson.databind.node.ObjectNode) bad.get("company")).put("size", "gigantic");
        var r = officer.post("/api/v1/orgs/" + org + "/products", Map.of("key", "cam", "profile", bad));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("location").asString()).contains("company.size");
        assertThat(officer.get("/api/v1/orgs/" + org + "/products/cam").status()).isEqualTo(404);
    }
}
