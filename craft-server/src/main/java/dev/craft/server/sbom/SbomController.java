package dev.craft.server.sbom;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.db.Sql;
import dev.craft.server.finding.Gate;
import dev.craft.server.product.Products;
import dev.craft.server.release.Releases;
import dev.craft.server.security.Caller;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** SBOMs of releases: the CI push, and reading back what was stored. */
@RestController
@RequestMapping("/api/v1/orgs/{org}")
class SbomController {

    private static final String RELEASE = "/products/{product}/releases/{version}";

    private final UploadService uploads;
    private final UploadSettings settings;
    private final UploadAdmission admission;
    private final Products products;
    private final Releases releases;
    private final JdbcClient jdbc;

    SbomController(UploadService uploads, UploadSettings settings, UploadAdmission admission, Products products, Releases releases, JdbcClient jdbc) {
        this.uploads = uploads;
        this.settings = settings;
        this.admission = admission;
        this.products = products;
        this.releases = releases;
        this.jdbc = jdbc;
    }

    /**
     * Uploads the SBOM of a release (created when new) and answers with its findings and the gate's
     * verdict: 201 when stored, 200 when these exact bytes were stored for this release before.
     */
    @PutMapping(RELEASE + "/sbom")
    @RequiresPermission(Permission.SBOM_UPLOAD)
    ResponseEntity<UploadResult> push(Tenant tenant, HttpServletRequest request, @PathVariable String product, @PathVariable String version,
            @RequestParam(required = false) String failOn, @RequestParam(required = false) String filename) {
        var threshold = Gate.FailOn.parse(failOn);
        byte[] body = BoundedBody.read(request, settings.maxBytes(), "SBOM");
        var pushed = admission.run(() -> uploads.push(tenant, product, version, body, filename, request.getContentType(), threshold));
        return ResponseEntity.status(pushed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(pushed.result());
    }

    record SbomView(long id, String sha256, long sizeBytes, String mediaType, String format, String specVersion, int components,
            JsonNode warnings, String uploadedBy, Instant uploadedAt, boolean current) {}

    /** The release's SBOMs, the one in force first. */
    @GetMapping(RELEASE + "/sbom")
    @RequiresPermission(Permission.SBOM_READ)
    List<SbomView> sboms(Tenant tenant, @PathVariable String product, @PathVariable String version) {
        var r = release(tenant, product, version);
        return jdbc.sql("""
                        select id, sha256, size_bytes, media_type, format, spec_version, component_count, warnings::text, uploaded_by, uploaded_at
                        from sbom where org_id = :org and release_id = :r order by (id = :current) desc, id desc""")
                .param("org", tenant.orgId()).param("r", r.id()).param("current", r.currentSbomId() == null ? -1 : r.currentSbomId())
                .query((rs, n) -> new SbomView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7), SbomStore.JSON.readTree(rs.getString(8)), rs.getString(9),
                        Sql.instant(rs.getObject(10, OffsetDateTime.class)), r.currentSbomId() != null && rs.getLong(1) == r.currentSbomId()))
                .list();
    }

    /** The SBOM in force, byte for byte as uploaded; its SHA-256 in {@code Repr-Digest} (RFC 9530). */
    @GetMapping(RELEASE + "/sbom/original")
    @RequiresPermission(Permission.SBOM_READ)
    ResponseEntity<byte[]> original(Tenant tenant, @PathVariable String product, @PathVariable String version) {
        var r = release(tenant, product, version);
        if (r.currentSbomId() == null) throw ApiException.notFound("an SBOM of release '" + version + "'");
        record Original(byte[] bytes, String mediaType, String sha256) {}
        var o = jdbc.sql("select original, media_type, sha256 from sbom where org_id = :org and id = :id")
                .param("org", tenant.orgId()).param("id", r.currentSbomId())
                .query((rs, n) -> new Original(rs.getBytes(1), rs.getString(2), rs.getString(3))).single();
        MediaType type;
        try {
            type = o.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(o.mediaType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(o.sha256())) + ":")
                .body(o.bytes());
    }

    record ComponentView(long id, String ref, String name, String group, String version, String purl, String supplier) {}

    @GetMapping(RELEASE + "/components")
    @RequiresPermission(Permission.SBOM_READ)
    Page<ComponentView> components(Tenant tenant, @PathVariable String product, @PathVariable String version,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        var r = release(tenant, product, version);
        var page = PageRequest.of(limit, cursor);
        var rows = jdbc.sql("""
                        select id, ref, name, grp, version, purl, supplier_name from component
                        where org_id = :org and sbom_id = :sbom and id > :after order by id limit :limit""")
                .param("org", tenant.orgId()).param("sbom", r.currentSbomId() == null ? -1 : r.currentSbomId())
                .param("after", page.after()).param("limit", page.fetchSize())
                .query((rs, n) -> new ComponentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)))
                .list();
        return Page.of(rows, page, ComponentView::id);
    }

    /** A push's answer, again. A CI uploader reads only its own pushes (others are 404 to it). */
    @GetMapping("/uploads/{uploadId}")
    @RequiresPermission(Permission.UPLOAD_READ)
    ResponseEntity<String> upload(Tenant tenant, Caller caller, @PathVariable long uploadId) {
        String json = jdbc.sql("""
                        select result::text from upload where org_id = :org and id = :id
                          and (not :own or uploaded_by = :actor)""")
                .param("org", tenant.orgId()).param("id", uploadId).param("own", tenant.ownUploadsOnly()).param("actor", caller.actor())
                .query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("upload " + uploadId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private Releases.Release release(Tenant tenant, String product, String version) {
        var p = products.require(tenant.orgId(), product);
        return releases.require(tenant.orgId(), p.id(), version);
    }
}
