package dev.craft.server.audit;

import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, read-only: an organisation's chain, and the instance chain for instance administrators. */
@RestController
@RequestMapping("/api/v1")
class AuditController {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    AuditController(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The result of verifying one chain; {@code firstBadSeq} names the first entry that fails. */
    record VerifyResult(long chainId, long entries, String headHash, boolean intact, Long firstBadSeq, String problem) {}

    /** An audit export: the chain heads and the entries, which {@code craft audit verify --file} checks offline. */
    record Export(List<AuditReader.Head> heads, List<AuditEntry> entries) {}

    @GetMapping("/orgs/{org}/audit")
    @RequiresPermission(Permission.AUDIT_READ)
    Page<AuditEntry> orgEntries(Tenant tenant, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId) {
        return entries(tenant.orgId(), PageRequest.of(limit, cursor), entityType, entityId);
    }

    @GetMapping("/orgs/{org}/audit/verify")
    @RequiresPermission(Permission.AUDIT_READ)
    VerifyResult verifyOrg(Tenant tenant) throws SQLException {
        return verify(tenant.orgId());
    }

    @GetMapping("/orgs/{org}/audit/export")
    @RequiresPermission(Permission.AUDIT_READ)
    Export exportOrg(Tenant tenant) throws SQLException {
        return export(tenant.orgId());
    }

    @GetMapping("/admin/audit")
    @RequiresPermission(Permission.INSTANCE_ADMIN)
    Page<AuditEntry> instanceEntries(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return entries(AuditLog.INSTANCE_CHAIN, PageRequest.of(limit, cursor), null, null);
    }

    @GetMapping("/admin/audit/verify")
    @RequiresPermission(Permission.INSTANCE_ADMIN)
    VerifyResult verifyInstance() throws SQLException {
        return verify(AuditLog.INSTANCE_CHAIN);
    }

    @GetMapping("/admin/audit/export")
    @RequiresPermission(Permission.INSTANCE_ADMIN)
    Export exportInstance() throws SQLException {
        return export(AuditLog.INSTANCE_CHAIN);
    }

    private Page<AuditEntry> entries(long chainId, PageRequest page, String entityType, String entityId) {
        List<AuditEntry> rows = jdbc.sql("""
                        select seq, chain_id, chain_seq, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash
                        from audit_entry
                        where chain_id = :chain and seq > :after
                          and (cast(:type as text) is null or entity_type = :type)
                          and (cast(:id as text) is null or entity_id = :id)
                        order by seq limit :limit""")
                .param("chain", chainId).param("after", page.after()).param("type", entityType).param("id", entityId)
                .param("limit", page.fetchSize())
                .query((rs, n) -> AuditReader.entry(rs)).list();
        return Page.of(rows, page, AuditEntry::seq);
    }

    private VerifyResult verify(long chainId) throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var results = AuditReader.verify(connection, chainId).results();
            if (results.isEmpty()) return new VerifyResult(chainId, 0, AuditEntry.GENESIS_HASH, true, null, null);
            var r = results.get(0);
            return new VerifyResult(chainId, r.entries(), r.headHash(), r.intact(), r.firstBadSeq(), r.problem());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Export export(long chainId) throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var entries = new java.util.ArrayList<AuditEntry>();
            var heads = AuditReader.read(connection, chainId, entries::add);
            return new Export(heads, entries);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
