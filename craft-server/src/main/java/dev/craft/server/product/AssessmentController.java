package dev.craft.server.product;

import dev.craft.server.api.ApiException;
import dev.craft.server.db.Sql;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A product's stored {@code craft assess} assessments. */
@RestController
@RequestMapping("/api/v1/orgs/{org}/products/{product}/assessments")
class AssessmentController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Products products;
    private final Assessments assessments;
    private final JdbcClient jdbc;

    AssessmentController(Products products, Assessments assessments, JdbcClient jdbc) {
        this.products = products;
        this.assessments = assessments;
        this.jdbc = jdbc;
    }

    /**
     * @param current whether it was made with the product's present profile and this server's knowledge base
     * @param result  the assessment document (craft assess --format json); omitted in lists
     */
    record StoredAssessment(long id, String profileSha256, String knowledgeBase, String trigger, String createdBy, Instant createdAt,
            boolean current, String scope, JsonNode result) {}

    @PostMapping
    @RequiresPermission(Permission.ASSESSMENT_RUN)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    StoredAssessment run(Tenant tenant, @PathVariable String product) {
        var p = products.require(tenant.orgId(), product);
        long id = assessments.run(tenant.orgId(), p.id(), Assessments.Trigger.REQUESTED, tenant.actor());
        return get(tenant, product, id);
    }

    @GetMapping
    @RequiresPermission(Permission.PRODUCT_READ)
    List<StoredAssessment> list(Tenant tenant, @PathVariable String product) {
        var p = products.require(tenant.orgId(), product);
        return query(tenant.orgId(), p, null, false);
    }

    @GetMapping("/{assessmentId}")
    @RequiresPermission(Permission.PRODUCT_READ)
    StoredAssessment get(Tenant tenant, @PathVariable String product, @PathVariable long assessmentId) {
        var p = products.require(tenant.orgId(), product);
        return query(tenant.orgId(), p, assessmentId, true).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("assessment " + assessmentId));
    }

    private List<StoredAssessment> query(long orgId, Products.Product p, Long id, boolean withResult) {
        return jdbc.sql("""
                        select id, profile_sha256, kb_version, trigger, created_by, created_at, result->'scope'->>'verdict',
                               case when :full then result::text end
                        from assessment where org_id = :org and product_id = :p and (cast(:id as bigint) is null or id = :id)
                        order by id desc""")
                .param("full", withResult).param("org", orgId).param("p", p.id()).param("id", id)
                .query((rs, n) -> new StoredAssessment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Sql.instant(rs.getObject(6, OffsetDateTime.class)),
                        rs.getString(2).equals(p.profileSha256()) && rs.getString(3).equals(assessments.knowledgeBaseVersion()),
                        rs.getString(7), rs.getString(8) == null ? null : JSON.readTree(rs.getString(8))))
                .list();
    }
}
