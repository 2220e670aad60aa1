package dev.craft.server.product;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Products: what the organisation places on the market, each with its {@code craft assess} profile. */
@RestController
@RequestMapping("/api/v1/orgs/{org}/products")
class ProductController {

    private final Products products;
    private final AuditLog audit;
    private final Assessments assessments;

    ProductController(Products products, AuditLog audit, Assessments assessments) {
        this.products = products;
        this.audit = audit;
        this.assessments = assessments;
    }

    record NewProduct(String key, String name, String description, JsonNode profile) {}

    /** Absent fields stay as they are; {@code "profile": null} is not distinguishable and also leaves it. */
    record ProductChange(String name, String description, JsonNode profile) {}

    @GetMapping
    @RequiresPermission(Permission.PRODUCT_READ)
    Page<Products.Product> list(Tenant tenant, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return products.list(tenant.orgId(), PageRequest.of(limit, cursor));
    }

    @PostMapping
    @RequiresPermission(Permission.PRODUCT_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Products.Product create(Tenant tenant, @RequestBody NewProduct body) {
        if (body == null || body.key() == null || !body.key().matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw ApiException.invalid("key must be 1-64 characters a-z, 0-9, '.', '_', '-', starting with a letter or digit (e.g. 'cam-x1')");
        }
        if (products.find(tenant.orgId(), body.key()).isPresent()) throw ApiException.conflict("product '" + body.key() + "' exists already");
        String name = blankToNull(body.name()) == null ? body.key() : body.name().strip();
        String profile = profileJson(body.profile());
        long id = products.insert(tenant.orgId(), body.key(), name, blankToNull(body.description()), profile, profileSha256(body.key(), profile));
        var created = products.get(tenant.orgId(), id);
        audit.record(tenant.orgId(), tenant.actor(), "product.created", "product", body.key(), null, created);
        if (profile != null) assessments.scheduleReassessment(id);
        return created;
    }

    @GetMapping("/{product}")
    @RequiresPermission(Permission.PRODUCT_READ)
    Products.Product get(Tenant tenant, @PathVariable String product) {
        return products.require(tenant.orgId(), product);
    }

    @PatchMapping("/{product}")
    @RequiresPermission(Permission.PRODUCT_WRITE)
    @Transactional
    Products.Product update(Tenant tenant, @PathVariable String product, @RequestBody ProductChange body) {
        var before = products.require(tenant.orgId(), product);
        if (body == null) throw ApiException.invalid("give the fields to change: name, description, profile");
        String name = blankToNull(body.name()) == null ? before.name() : body.name().strip();
        String description = body.description() == null ? before.description() : blankToNull(body.description());
        String profile = body.profile() == null ? profileJson(before.profile()) : profileJson(body.profile());
        String sha = profileSha256(product, profile);
        products.update(tenant.orgId(), before.id(), name, description, profile, sha);
        var after = products.get(tenant.orgId(), before.id());
        audit.record(tenant.orgId(), tenant.actor(), "product.updated", "product", product, before, after);
        if (sha != null && !sha.equals(before.profileSha256())) assessments.scheduleReassessment(before.id());
        return after;
    }

    private static String profileJson(JsonNode profile) {
        if (profile == null || profile.isNull()) return null;
        if (!profile.isObject()) throw ApiException.invalid("profile must be a JSON object (a craft assess profile)");
        return profile.toString();
    }

    /** Validates the profile as craft assess reads it (422 with JSON paths when it does not) and returns its hash. */
    private String profileSha256(String key, String profile) {
        return profile == null ? null : assessments.validate(key + ".profile", profile).sha256();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
