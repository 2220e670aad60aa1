package dev.craft.server.release;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.server.product.Products;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.time.LocalDate;
import java.util.List;
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

/** Releases of a product: versions with their market facts (placing on the market, support end, member states). */
@RestController
@RequestMapping("/api/v1/orgs/{org}/products/{product}/releases")
class ReleaseController {

    private final Products products;
    private final Releases releases;
    private final AuditLog audit;
    private final Monitoring monitoring;

    ReleaseController(Products products, Releases releases, AuditLog audit, Monitoring monitoring) {
        this.products = products;
        this.releases = releases;
        this.audit = audit;
        this.monitoring = monitoring;
    }

    record NewRelease(String version, LocalDate placedOnMarket, LocalDate supportEnd, List<String> memberStates) {}

    /** Absent fields stay as they are. */
    record ReleaseChange(LocalDate placedOnMarket, LocalDate supportEnd, List<String> memberStates) {}

    @GetMapping
    @RequiresPermission(Permission.RELEASE_READ)
    Page<Releases.Release> list(Tenant tenant, @PathVariable String product, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var p = products.require(tenant.orgId(), product);
        return releases.list(tenant.orgId(), p.id(), PageRequest.of(limit, cursor));
    }

    @PostMapping
    @RequiresPermission(Permission.RELEASE_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Releases.Release create(Tenant tenant, @PathVariable String product, @RequestBody NewRelease body) {
        var p = products.require(tenant.orgId(), product);
        if (body == null) throw ApiException.invalid("give at least the version");
        Releases.requireValidVersion(body.version());
        if (releases.find(tenant.orgId(), p.id(), body.version()).isPresent()) {
            throw ApiException.conflict("release '" + body.version() + "' of '" + product + "' exists already");
        }
        requireOrder(body.placedOnMarket(), body.supportEnd());
        long id = releases.insert(tenant.orgId(), p.id(), body.version(), body.placedOnMarket(), body.supportEnd(),
                MemberStates.normalize(body.memberStates()));
        var created = releases.get(tenant.orgId(), id);
        audit.record(tenant.orgId(), tenant.actor(), "release.created", "release", product + "@" + body.version(), null, created);
        return created;
    }

    @GetMapping("/{version}")
    @RequiresPermission(Permission.RELEASE_READ)
    Releases.Release get(Tenant tenant, @PathVariable String product, @PathVariable String version) {
        var p = products.require(tenant.orgId(), product);
        return releases.require(tenant.orgId(), p.id(), version);
    }

    @PatchMapping("/{version}")
    @RequiresPermission(Permission.RELEASE_WRITE)
    @Transactional
    Releases.Release update(Tenant tenant, @PathVariable String product, @PathVariable String version, @RequestBody ReleaseChange body) {
        var p = products.require(tenant.orgId(), product);
        var before = releases.require(tenant.orgId(), p.id(), version);
        if (body == null) throw ApiException.invalid("give the fields to change: placedOnMarket, supportEnd, memberStates");
        LocalDate placed = body.placedOnMarket() == null ? before.placedOnMarket() : body.placedOnMarket();
        LocalDate end = body.supportEnd() == null ? before.supportEnd() : body.supportEnd();
        List<String> states = body.memberStates() == null ? before.memberStates() : MemberStates.normalize(body.memberStates());
        requireOrder(placed, end);
        releases.update(tenant.orgId(), before.id(), placed, end, states);
        var after = releases.get(tenant.orgId(), before.id());
        audit.record(tenant.orgId(), tenant.actor(), "release.updated", "release", product + "@" + version, before, after);
        // Placed on the market (or in more member states): exploited findings it has may now call for alerts.
        if (!java.util.Objects.equals(before.placedOnMarket(), after.placedOnMarket()) || !before.memberStates().equals(after.memberStates())) {
            monitoring.marketChanged(tenant.orgId(), after.id(), tenant.actor());
        }
        return after;
    }

    private static void requireOrder(LocalDate placed, LocalDate supportEnd) {
        if (placed != null && supportEnd != null && supportEnd.isBefore(placed)) {
            throw ApiException.invalid("supportEnd (" + supportEnd + ") is before placedOnMarket (" + placed + ")");
        }
    }
}
