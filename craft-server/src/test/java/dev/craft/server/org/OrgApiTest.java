package dev.craft.server.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.testing.Api;
import dev.craft.server.testing.CraftServerTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CraftServerTest
class OrgApiTest {

    @LocalServerPort
    int port;

    @Test
    void shouldBootstrapTheDefaultOrganisationWithItsAdministratorWhenTheDatabaseIsEmpty() {
        var orgs = Api.admin(port).get("/api/v1/orgs");
        assertThat(orgs.status()).as(orgs.toString()).isEqualTo(200);
        assertThat(orgs.text()).contains("\"slug\":\"default\"");
    }

    @Test
    void shouldCreateAnOrganisationAndRecordItInBothAuditChainsWhenTheInstanceAdministratorAsks() {
        String slug = Api.unique("acme");
        var created = Api.admin(port).post("/api/v1/orgs", Map.of("slug", slug, "name", "ACME"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var audit = Api.admin(port).get("/api/v1/admin/audit?limit=500");
        assertThat(audit.text()).contains("org.created");
        var again = Api.admin(port).post("/api/v1/orgs", Map.of("slug", slug, "name", "ACME"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldAnswer401AsProblemJsonWhenNobodySignedIn() {
        var r = Api.anonymous(port).get("/api/v1/orgs");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:craft:problem:unauthenticated");
        assertThat(r.header("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void shouldServeHealthAndPrometheusMetricsWithoutSigningIn() {
        assertThat(Api.anonymous(port).get("/actuator/health").text()).contains("UP");
        var metrics = Api.anonymous(port).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("hikaricp_connections");
    }
}
