package dev.craft.server.supplier;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * Suppliers of components (Art 13(5) due diligence). A supplier's components are the components of
 * the organisation's current SBOMs whose supplier name equals the supplier's name (case-insensitive).
 */
@RestController
@RequestMapping("/api/v1/orgs/{org}/suppliers")
class SupplierController {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SupplierController(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Supplier(long id, String name, String url, String contactEmail, String notes, Instant createdAt) {}

    record SupplierInput(String name, String url, String contactEmail, String notes) {}

    /** A component supplied by the supplier, in a release whose current SBOM contains it. */
    record SuppliedComponent(long id, String product, String release, String name, String group, String version, String purl) {}

    @GetMapping
    @RequiresPermission(Permission.SUPPLIER_READ)
    Page<Supplier> list(Tenant tenant, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        var page = PageRequest.of(limit, cursor);
        var rows = jdbc.sql("select id, name, url, contact_email, notes, created_at from supplier where org_id = :org and id > :after order by id limit :limit")
                .param("org", tenant.orgId()).param("after", page.after()).param("limit", page.fetchSize())
                .query(SupplierController::row).list();
        return Page.of(rows, page, Supplier::id);
    }

    @PostMapping
    @RequiresPermission(Permission.SUPPLIER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Supplier create(Tenant tenant, @RequestBody SupplierInput body) {
        if (body == null || body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            throw ApiException.invalid("name must be 1-200 characters, as the supplier appears in SBOMs (e.g. 'Acme GmbH')");
        }
        boolean exists = jdbc.sql("select count(*) from supplier where org_id = :org and lower(name) = lower(:name)")
                .param("org", tenant.orgId()).param("name", body.name().strip()).query(Long.class).single() > 0;
        if (exists) throw ApiException.conflict("supplier '" + body.name().strip() + "' exists already");
        long id = jdbc.sql("""
                        insert into supplier (org_id, name, url, contact_email, notes) values (:org, :name, :url, :email, :notes)
                        returning id""")
                .param("org", tenant.orgId()).param("name", body.name().strip()).param("url", body.url())
                .param("email", body.contactEmail()).param("notes", body.notes())
                .query(Long.class).single();
        var created = get(tenant, id);
        audit.record(tenant.orgId(), tenant.actor(), "supplier.created", "supplier", id, null, created);
        return created;
    }

    @GetMapping("/{supplierId}")
    @RequiresPermission(Permission.SUPPLIER_READ)
    Supplier get(Tenant tenant, @PathVariable long supplierId) {
        return jdbc.sql("select id, name, url, contact_email, notes, created_at from supplier where org_id = :org and id = :id")
                .param("org", tenant.orgId()).param("id", supplierId).query(SupplierController::row).optional()
                .orElseThrow(() -> ApiException.notFound("supplier " + supplierId));
    }

    @PatchMapping("/{supplierId}")
    @RequiresPermission(Permission.SUPPLIER_WRITE)
    @Transactional
    Supplier update(Tenant tenant, @PathVariable long supplierId, @RequestBody SupplierInput body) {
        var before = get(tenant, supplierId);
        if (body == null) throw ApiException.invalid("give the fields to change: name, url, contactEmail, notes");
        jdbc.sql("""
                        update supplier set name = :name, url = :url, contact_email = :email, notes = :notes
                        where org_id = :org and id = :id""")
                .param("org", tenant.orgId()).param("id", supplierId)
                .param("name", body.name() == null || body.name().isBlank() ? before.name() : body.name().strip())
                .param("url", body.url() == null ? before.url() : body.url())
                .param("email", body.contactEmail() == null ? before.contactEmail() : body.contactEmail())
                .param("notes", body.notes() == null ? before.notes() : body.notes())
                .update();
        var after = get(tenant, supplierId);
        audit.record(tenant.orgId(), tenant.actor(), "supplier.updated", "supplier", supplierId, before, after);
        return after;
    }

    @GetMapping("/{supplierId}/components")
    @RequiresPermission(Permission.SUPPLIER_READ)
    Page<SuppliedComponent> components(Tenant tenant, @PathVariable long supplierId, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var supplier = get(tenant, supplierId);
        var page = PageRequest.of(limit, cursor);
        var rows = jdbc.sql("""
                        select c.id, p.key as product, r.version as release, c.name, c.grp as "group", c.version, c.purl
                        from component c
                        join release r on r.id = c.release_id and r.current_sbom_id = c.sbom_id
                        join product p on p.id = r.product_id
                        where c.org_id = :org and lower(c.supplier_name) = lower(:name) and c.id > :after
                        order by c.id limit :limit""")
                .param("org", tenant.orgId()).param("name", supplier.name()).param("after", page.after()).param("limit", page.fetchSize())
                .query(SuppliedComponent.class).list();
        return Page.of(rows, page, SuppliedComponent::id);
    }

    private static Supplier row(ResultSet rs, int n) throws SQLException {
        return new Supplier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.instant(rs.getObject(6, OffsetDateTime.class)));
    }
}
