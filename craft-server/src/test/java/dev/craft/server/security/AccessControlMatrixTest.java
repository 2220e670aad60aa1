package dev.craft.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.finding.FindingStore;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.server.testing.Api;
import dev.craft.server.testing.CraftServerTest;
import dev.craft.server.testing.Endpoints;
import dev.craft.server.testing.Endpoints.Endpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The access-control matrix, generated: every endpoint the server registered, called by every role
 * (API keys), a member user, the instance administrator (not a member), a foreign organisation's
 * administrator, and nobody. The expected outcome of each call follows from the permission the endpoint
 * declares and the role table ({@link Role}); a new endpoint joins the matrix by itself. Bodies are the
 * examples of the OpenAPI document.
 */
@CraftServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    FindingStore findingStore;

    @Autowired
    Monitoring monitoring;

    AccessFixture fixture;
    List<Principal> principals;
    /** An upload the CI key made itself: the only kind it may read back. */
    String ciUploadId;
    JsonNode spec;

    /** Who calls: the role it has in the fixture's own organisation (null = none), and how it signs in. */
    record Principal(String name, Api api, Role role, boolean instanceAdmin, boolean anonymous) {
        @Override
        public String toString() {
            return name;
        }
    }

    enum Outcome { ALLOWED, UNAUTHENTICATED, FORBIDDEN, ORG_NOT_FOUND }

    @BeforeAll
    void setUp() {
        fixture = new AccessFixture(port, jdbc, tx, findingStore, monitoring);
        spec = Api.anonymous(port).get("/api/v1/openapi.json").json();
        principals = new ArrayList<>();
        principals.add(new Principal("anonymous", Api.anonymous(port), null, false, true));
        for (Role role : Role.values()) {
            principals.add(new Principal("api key " + role, Api.withKey(port, fixture.own, role.name()), role, false, false));
        }
        var ci = principals.stream().filter(p -> p.role() == Role.CI_UPLOADER).findFirst().orElseThrow().api();
        ciUploadId = AccessFixture.expect(ci.send("PUT", "/api/v1/orgs/" + fixture.own + "/products/fixture-product/releases/ci-1/sbom",
                "application/json", dev.craft.server.testing.Fixtures.sbomWith("fixture-lib")), 201).json().get("uploadId").asString();
        String auditor = Api.unique("auditor");
        var created = Api.admin(port).put("/api/v1/orgs/" + fixture.own + "/members/" + auditor, Map.of("role", "AUDITOR"));
        String oneTime = created.json().get("oneTimePassword").asString();
        var user = Api.anonymous(port).basic(auditor, oneTime);
        AccessFixture.expect(user.post("/api/v1/me/password", Map.of("currentPassword", oneTime, "newPassword", "auditor-password-1")), 204);
        principals.add(new Principal("user AUDITOR", Api.anonymous(port).basic(auditor, "auditor-password-1"), Role.AUDITOR, false, false));
        var instanceAdmin = Api.unique("operator");
        Api.admin(port).put("/api/v1/orgs/default/members/" + instanceAdmin, Map.of("role", "AUDITOR"));
        jdbc.sql("update app_user set instance_admin = true, must_change_password = false, password_hash = (select password_hash from app_user where username = 'admin') where username = :u")
                .param("u", instanceAdmin).update();
        principals.add(new Principal("instance admin (not a member)",
                Api.anonymous(port).basic(instanceAdmin, dev.craft.server.testing.TestDatabaseInitializer.ADMIN_PASSWORD), null, true, false));
        principals.add(new Principal("foreign org's ADMIN", Api.withKey(port, fixture.foreign, "ADMIN"), null, false, false));
    }

    static Outcome expected(Endpoint e, Principal p) {
        if (e.isPublic()) return Outcome.ALLOWED;
        if (p.anonymous()) return Outcome.UNAUTHENTICATED;
        Permission perm = e.permission();
        return switch (perm.scope()) {
            case INSTANCE -> perm != Permission.INSTANCE_ADMIN || p.instanceAdmin() ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case ORG -> {
                if (p.role() != null) yield p.role().permits(perm) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
                if (p.instanceAdmin() && Role.INSTANCE_ADMIN_IN_ANY_ORG.contains(perm)) yield Outcome.ALLOWED;
                yield Outcome.ORG_NOT_FOUND;
            }
        };
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointForEveryPrincipal() {
        return Endpoints.of(mapping).stream().map(e -> DynamicContainer.dynamicContainer(e.toString(),
                principals.stream().map(p -> DynamicTest.dynamicTest(p + " -> " + expected(e, p), () -> check(e, p)))));
    }

    private void check(Endpoint e, Principal p) {
        Outcome want = expected(e, p);
        var ids = new HashMap<>(fixture.ownIds);
        if (p.role() == Role.CI_UPLOADER) ids.put("uploadId", ciUploadId);
        Api.Response r = call(e, p.api(), ids);
        String why = e + " as " + p + ": " + r;
        switch (want) {
            case UNAUTHENTICATED -> {
                assertThat(r.status()).as(why).isEqualTo(401);
                assertThat(r.json().get("type").asString()).as(why).isEqualTo("urn:craft:problem:unauthenticated");
            }
            case FORBIDDEN -> assertThat(r.status()).as(why).isEqualTo(403);
            case ORG_NOT_FOUND -> {
                assertThat(r.status()).as(why).isEqualTo(404);
                assertThat(r.json().get("type").asString()).as(why).isEqualTo("urn:craft:problem:org-not-found");
            }
            case ALLOWED -> {
                assertThat(r.status()).as(why).isNotIn(401, 403).isLessThan(500);
                if (r.status() == 404) assertThat(r.text()).as(why).doesNotContain("org-not-found");
                if (e.method().equals("GET")) assertThat(r.status()).as(why).isEqualTo(200);
            }
        }
        if (r.status() >= 400) assertThat(r.contentType()).as(why).startsWith("application/problem+json");
    }

    /** The foreign organisation's ids under our own organisation's paths: found nowhere. */
    @TestFactory
    Stream<DynamicTest> foreignIdsStayOutOfReachUnderOurOwnOrganisation() {
        var admin = principals.stream().filter(p -> p.role() == Role.ADMIN).findFirst().orElseThrow();
        return Endpoints.of(mapping).stream()
                .filter(e -> !e.isPublic() && e.permission().scope() == Permission.Scope.ORG)
                .filter(e -> e.path().contains("Id}") || e.path().contains("{product}"))
                .map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
                    var ids = new HashMap<>(fixture.foreignIds);
                    ids.put("org", fixture.own);
                    ids.put("resourceOrg", fixture.foreign);
                    // A product key exists in both organisations: use one only the foreign one has.
                    ids.put("product", "only-in-" + fixture.foreign);
                    // Reporting case ids are numbered per organisation (RC-2026-0001 exists in both): same idea.
                    ids.put("caseId", "RC-only-in-" + fixture.foreign);
                    var r = call(e, admin.api(), ids);
                    assertThat(r.status()).as(e + ": " + r).isIn(400, 404);
                }));
    }

    @Test
    void shouldHideOtherPushesFromACiUploader() {
        var ci = principals.stream().filter(p -> p.role() == Role.CI_UPLOADER).findFirst().orElseThrow().api();
        assertThat(ci.get("/api/v1/orgs/" + fixture.own + "/uploads/" + ciUploadId).status()).isEqualTo(200);
        var other = ci.get("/api/v1/orgs/" + fixture.own + "/uploads/" + fixture.ownIds.get("uploadId"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:craft:problem:not-found");
    }

    @Test
    void shouldHaveAFixtureValueForEveryPathVariable() {
        for (Endpoint e : Endpoints.of(mapping)) {
            Matcher m = VARIABLE.matcher(e.path());
            while (m.find()) {
                String name = m.group(1);
                assertThat(fixture.ownIds.containsKey(name) || name.equals("keyId") || name.equals("username"))
                        .as("no fixture value for {" + name + "} of " + e).isTrue();
            }
        }
    }

    private Api.Response call(Endpoint e, Api api, Map<String, String> ids) {
        String org = ids.getOrDefault("resourceOrg", ids.get("org"));
        var path = new StringBuilder();
        Matcher m = VARIABLE.matcher(e.path());
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "keyId" -> freshKey(org);
                case "username" -> freshMember(org);
                default -> ids.get(m.group(1));
            };
            m.appendReplacement(path, Matcher.quoteReplacement(value == null ? "missing" : value));
        }
        m.appendTail(path);
        JsonNode body = example(e);
        return body == null ? api.send(e.method(), path.toString(), null, null)
                : api.send(e.method(), path.toString(), "application/json", Api.JSON.writeValueAsBytes(unique(body)));
    }

    private String freshKey(String org) {
        var r = Api.admin(port).post("/api/v1/orgs/" + org + "/api-keys", Map.of("name", "to revoke", "role", "AUDITOR"));
        return r.status() == 201 ? r.json().get("keyId").asString() : "000000000000";
    }

    private String freshMember(String org) {
        String name = Api.unique("member");
        Api.admin(port).put("/api/v1/orgs/" + org + "/members/" + name, Map.of("role", "AUDITOR"));
        return name;
    }

    private JsonNode example(Endpoint e) {
        JsonNode op = spec.path("paths").path(e.path()).path(e.method().toLowerCase());
        JsonNode content = op.path("requestBody").path("content");
        for (var c : content.properties()) {
            if (c.getValue().has("example")) return c.getValue().get("example");
        }
        return null;
    }

    /** Makes keys and slugs in example bodies unique, so that repeated creates are not conflicts. */
    private static JsonNode unique(JsonNode example) {
        if (!example.isObject()) return example;
        var copy = (tools.jackson.databind.node.ObjectNode) example.deepCopy();
        for (String field : List.of("key", "slug", "version")) {
            if (copy.has(field)) copy.put(field, copy.get(field).asString() + "-" + Api.unique("x").replace("x-", ""));
        }
        if (copy.has("name") && copy.has("url")) copy.put("name", copy.get("name").asString() + " " + Api.unique("n"));
        return copy;
    }
}
