package dev.craft.server.finding;

import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.product.Products;
import dev.craft.server.release.Releases;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Findings: vulnerabilities matched to the components of a release, each with its triage in force. */
@RestController
@RequestMapping("/api/v1/orgs/{org}")
class FindingController {

    private final Products products;
    private final Releases releases;
    private final FindingQueries findings;

    FindingController(Products products, Releases releases, FindingQueries findings) {
        this.products = products;
        this.releases = releases;
        this.findings = findings;
    }

    @GetMapping("/products/{product}/releases/{version}/findings")
    @RequiresPermission(Permission.FINDING_READ)
    Page<FindingQueries.Finding> forRelease(Tenant tenant, @PathVariable String product, @PathVariable String version,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean includeRemoved) {
        var p = products.require(tenant.orgId(), product);
        var r = releases.require(tenant.orgId(), p.id(), version);
        var page = PageRequest.of(limit, cursor);
        return Page.of(findings.forRelease(tenant.orgId(), r.id(), includeRemoved, page), page, FindingQueries.Finding::id);
    }

    @GetMapping("/findings/{findingId}")
    @RequiresPermission(Permission.FINDING_READ)
    FindingQueries.Finding get(Tenant tenant, @PathVariable long findingId) {
        return findings.require(tenant.orgId(), findingId);
    }
}
