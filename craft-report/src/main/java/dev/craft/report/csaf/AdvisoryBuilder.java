package dev.craft.report.csaf;

import dev.craft.assess.reporting.ReportKind;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.CorrectiveMeasure;
import dev.craft.report.cases.Evidence;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.cases.ReportingCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the CSAF 2.0 document of a case's user notice: a {@code csaf_security_advisory} for a vulnerability, a
 * {@code csaf_security_incident_response} for an incident. Products are the affected releases (known_affected) and
 * their fixed releases (fixed), each with its purl; remediations come from the recorded measures.
 */
public final class AdvisoryBuilder {

    /** What the notice revision is. */
    public record Revision(int number, boolean issued, Instant date, NoticeRecord.Audience audience, String summary) {}

    private final String craftVersion;

    public AdvisoryBuilder(String craftVersion) {
        this.craftVersion = craftVersion;
    }

    /** The advisory, or empty with the reason when a field CSAF requires is not recorded (the publisher's website). */
    public Result build(ReportingCase c, Revision rev, String summaryText) {
        String website = c.operator().website();
        if (website == null || !website.matches("https?://\\S+")) {
            return new Result(Optional.empty(), List.of("Record the manufacturer's website (an https URL): CSAF needs it as the publisher namespace."));
        }
        var products = new Products(c);
        var vulns = c.kind() == ReportKind.VULNERABILITY ? vulnerabilities(c, products) : List.<Csaf.Vulnerability>of();
        var notes = new ArrayList<Csaf.Note>();
        notes.add(new Csaf.Note("summary", summaryText, "Summary"));
        notes.add(new Csaf.Note("general", "Information to users under Article 14(8) of Regulation (EU) 2024/2847 (Cyber Resilience Act).", "Why you receive this"));
        if (c.kind() == ReportKind.INCIDENT && c.content().incidentNature() != null) {
            notes.add(new Csaf.Note("description", c.content().incidentNature(), "The incident"));
        }
        var refs = List.of(new Csaf.Reference("external", "Security information of " + c.operator().name(), website));
        String tlp = tlp(c.content().tlp(), rev.audience());
        var distribution = new Csaf.Distribution(rev.audience() == NoticeRecord.Audience.IMPACTED_USERS
                ? "Intended for the impacted users of the listed products." : null, new Csaf.Tlp(tlp, "https://www.first.org/tlp/"));
        var history = new ArrayList<Csaf.Revision>();
        for (NoticeRecord n : c.notices()) {
            if (n.revision() <= rev.number()) history.add(new Csaf.Revision(n.issuedAt().toString(), String.valueOf(n.revision()), n.summary()));
        }
        if (!rev.issued()) history.add(new Csaf.Revision(rev.date().toString(), String.valueOf(rev.number()), rev.summary()));
        String initial = history.get(0).date();
        String current = history.get(history.size() - 1).date();
        var tracking = new Csaf.Tracking(current, new Csaf.Generator(current, new Csaf.Engine("craft", craftVersion)), c.id(), initial,
                history, rev.issued() ? "final" : "draft", String.valueOf(rev.number()));
        var publisher = new Csaf.Publisher("vendor", c.operator().securityContact(), c.operator().name(), website);
        String category = c.kind() == ReportKind.VULNERABILITY ? "csaf_security_advisory" : "csaf_security_incident_response";
        var doc = new Csaf.Document(category, "2.0", distribution, "en", notes, publisher, refs,
                c.operator().name() + ": " + c.title(), tracking);
        var csaf = new Csaf(doc, products.tree(), vulns);
        var violations = CsafChecks.check(CsafWriter.tree(csaf));
        if (!violations.isEmpty()) throw new IllegalStateException("craft built an invalid CSAF document: " + violations);
        return new Result(Optional.of(csaf), List.of());
    }

    /** The document, or why there is none. */
    public record Result(Optional<Csaf> csaf, List<String> missing) {}

    private static List<Csaf.Vulnerability> vulnerabilities(ReportingCase c, Products products) {
        var byVuln = new LinkedHashMap<String, List<FindingSnapshot>>();
        for (FindingSnapshot f : c.findings()) byVuln.computeIfAbsent(f.cve() != null ? f.cve() : f.advisoryId(), k -> new ArrayList<>()).add(f);
        var out = new ArrayList<Csaf.Vulnerability>();
        byVuln.forEach((key, findings) -> {
            FindingSnapshot first = findings.get(0);
            var affected = new ArrayList<String>();
            for (FindingSnapshot f : findings) affected.addAll(products.affectedIds(f));
            var affectedIds = affected.stream().distinct().toList();
            var fixedIds = products.fixedIdsFor(affectedIds);
            var ids = new ArrayList<Csaf.Id>();
            var seen = new java.util.LinkedHashSet<String>();
            seen.add(first.advisoryId());
            seen.addAll(first.aliases());
            for (String id : seen) if (!id.equals(first.cve())) ids.add(new Csaf.Id(system(id), id));
            var notes = List.of(new Csaf.Note("description", first.description() != null ? first.description() : first.summary(), "Vulnerability description"));
            var refs = first.references().stream().filter(u -> u.matches("https?://\\S+"))
                    .map(u -> new Csaf.Reference("external", "Advisory", u)).toList();
            var threats = new ArrayList<Csaf.Threat>();
            for (Evidence e : c.exploitation().evidence()) {
                threats.add(new Csaf.Threat("exploit_status", e.observedAt() == null ? null : e.observedAt().toString(),
                        "Exploited: " + e.description(), affectedIds));
            }
            out.add(new Csaf.Vulnerability(first.cve(), ids, notes, new Csaf.ProductStatus(fixedIds, affectedIds), refs,
                    remediations(c, products, affectedIds), scores(first, affectedIds), threats, first.summary()));
        });
        return out;
    }

    private static List<Csaf.Remediation> remediations(ReportingCase c, Products products, List<String> affectedIds) {
        var out = new ArrayList<Csaf.Remediation>();
        for (AffectedRelease r : c.releases()) {
            String id = products.affectedId(r);
            if (r.fixedVersion() == null || !affectedIds.contains(id)) continue;
            Optional<CorrectiveMeasure> m = c.correctiveMeasures().stream()
                    .filter(x -> x.kind() == CorrectiveMeasure.Kind.SECURITY_UPDATE && r.fixedVersion().equals(x.fixedVersion())).findFirst();
            out.add(new Csaf.Remediation("vendor_fix", m.map(x -> x.availableAt().toString()).orElse(null),
                    "Update " + r.productName() + " to " + r.fixedVersion() + " or later." + m.map(x -> " " + x.description()).orElse(""),
                    List.of(id), m.map(CorrectiveMeasure::reference).filter(u -> u != null && u.matches("https?://\\S+")).orElse(null)));
        }
        for (CorrectiveMeasure m : c.correctiveMeasures()) {
            if (m.kind() == CorrectiveMeasure.Kind.SECURITY_UPDATE) continue;
            out.add(new Csaf.Remediation(m.kind().csafCategory(), m.availableAt().toString(), m.description(), affectedIds,
                    m.reference() != null && m.reference().matches("https?://\\S+") ? m.reference() : null));
        }
        if (c.content().userMeasures() != null && out.stream().noneMatch(r -> !r.category().equals("vendor_fix"))) {
            out.add(new Csaf.Remediation("mitigation", null, c.content().userMeasures(), affectedIds, null));
        }
        if (out.isEmpty() && !affectedIds.isEmpty()) {
            out.add(new Csaf.Remediation("none_available", null, "No fix or mitigation is available yet; this advisory will be updated.",
                    affectedIds, null));
        }
        return out;
    }

    private static List<Csaf.Score> scores(FindingSnapshot f, List<String> affectedIds) {
        String v = f.cvssVector();
        if (v == null || f.cvssScore() == null || affectedIds.isEmpty() || !v.matches("CVSS:3\\.[01]/.+")) return List.of();
        String severity = f.severity() != null && f.severity().matches("(?i)none|low|medium|high|critical")
                ? f.severity().toUpperCase(Locale.ROOT) : severityOf(f.cvssScore());
        return List.of(new Csaf.Score(new Csaf.Cvss3(v.substring(5, 8), v, f.cvssScore(), severity), affectedIds));
    }

    /** CVSS v3 qualitative severity rating scale. */
    static String severityOf(double score) {
        if (score == 0.0) return "NONE";
        if (score < 4.0) return "LOW";
        if (score < 7.0) return "MEDIUM";
        if (score < 9.0) return "HIGH";
        return "CRITICAL";
    }

    private static String system(String id) {
        if (id.startsWith("GHSA-")) return "GitHub Security Advisory";
        if (id.startsWith("EUVD-")) return "EU Vulnerability Database (EUVD)";
        if (id.startsWith("CVE-")) return "CVE";
        return "OSV";
    }

    /** CSAF 2.0 knows WHITE, GREEN, AMBER, RED; TLP 2.0's CLEAR maps to WHITE and AMBER+STRICT to AMBER. */
    static String tlp(String label, NoticeRecord.Audience audience) {
        if (label == null) return audience == NoticeRecord.Audience.ALL_USERS ? "WHITE" : "AMBER";
        return switch (label.toUpperCase(Locale.ROOT).replace("TLP:", "")) {
            case "CLEAR", "WHITE" -> "WHITE";
            case "GREEN" -> "GREEN";
            case "RED" -> "RED";
            default -> "AMBER";
        };
    }

    /** Product ids and the product tree: vendor, then product name, then versions. */
    private static final class Products {
        private final Map<String, String> affected = new LinkedHashMap<>();
        private final Map<String, String> fixed = new LinkedHashMap<>();
        private final Map<String, String> fixedOfAffected = new LinkedHashMap<>();
        private final ReportingCase c;

        Products(ReportingCase c) {
            this.c = c;
            int n = 1;
            for (AffectedRelease r : c.releases()) affected.putIfAbsent(key(r.productId(), r.version()), String.format("CSAFPID-%04d", n++));
            for (AffectedRelease r : c.releases()) {
                if (r.fixedVersion() == null) continue;
                String k = key(r.productId(), r.fixedVersion());
                if (!fixed.containsKey(k) && !affected.containsKey(k)) fixed.put(k, String.format("CSAFPID-%04d", n++));
                fixedOfAffected.put(affected.get(key(r.productId(), r.version())), fixed.getOrDefault(k, affected.get(k)));
            }
        }

        String affectedId(AffectedRelease r) {
            return affected.get(key(r.productId(), r.version()));
        }

        List<String> affectedIds(FindingSnapshot f) {
            String id = f.productId() == null ? null : affected.get(key(f.productId(), f.releaseVersion()));
            return id != null ? List.of(id) : List.copyOf(affected.values());
        }

        List<String> fixedIdsFor(List<String> affectedIds) {
            return affectedIds.stream().map(fixedOfAffected::get).filter(x -> x != null && fixed.containsValue(x)).distinct().toList();
        }

        Csaf.ProductTree tree() {
            var byProduct = new LinkedHashMap<String, List<Csaf.Branch>>();
            var names = new LinkedHashMap<String, String>();
            for (AffectedRelease r : c.releases()) {
                names.putIfAbsent(r.productId(), r.productName());
                var versions = byProduct.computeIfAbsent(r.productId(), k -> new ArrayList<>());
                addVersion(versions, r.productName(), r.version(), affected.get(key(r.productId(), r.version())), r.purl());
                if (r.fixedVersion() != null && fixed.containsKey(key(r.productId(), r.fixedVersion()))) {
                    addVersion(versions, r.productName(), r.fixedVersion(), fixed.get(key(r.productId(), r.fixedVersion())), fixedPurl(r));
                }
            }
            var productBranches = new ArrayList<Csaf.Branch>();
            byProduct.forEach((pid, versions) -> productBranches.add(new Csaf.Branch("product_name", names.get(pid), versions, null)));
            String vendor = c.operator().onBehalfOf() != null ? c.operator().onBehalfOf() : c.operator().name();
            return new Csaf.ProductTree(List.of(new Csaf.Branch("vendor", vendor, productBranches, null)));
        }

        private static void addVersion(List<Csaf.Branch> versions, String product, String version, String id, String purl) {
            if (versions.stream().anyMatch(b -> b.product().productId().equals(id))) return;
            versions.add(new Csaf.Branch("product_version", version, null, new Csaf.FullProductName(product + " " + version, id,
                    purl == null ? null : new Csaf.ProductIdentificationHelper(purl))));
        }

        /** The fixed release's purl: the affected release's purl with the version replaced, when it has one. */
        private static String fixedPurl(AffectedRelease r) {
            if (r.purl() == null) return null;
            try {
                var p = new com.github.packageurl.PackageURL(r.purl());
                return new com.github.packageurl.PackageURL(p.getType(), p.getNamespace(), p.getName(), r.fixedVersion(),
                        p.getQualifiers() == null ? null : new java.util.TreeMap<>(p.getQualifiers()), p.getSubpath()).canonicalize();
            } catch (com.github.packageurl.MalformedPackageURLException e) {
                return null;
            }
        }

        private static String key(String productId, String version) {
            return productId + "@" + version;
        }
    }
}
