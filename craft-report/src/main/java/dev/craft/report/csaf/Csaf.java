package dev.craft.report.csaf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of CSAF 2.0 craft writes: a document with {@code document}, {@code product_tree} and
 * {@code vulnerabilities}, as records. Field names are mapped to CSAF's snake_case by {@link CsafWriter}; absent
 * values are null or empty and are left out of the JSON. No Java CSAF library exists; this is deliberately small
 * (see ADR 0053). Constraints are those of the CSAF 2.0 JSON schema and the mandatory tests of section 6.1, checked
 * on the written JSON by {@link CsafChecks}.
 */
public record Csaf(Document document, ProductTree productTree, List<Vulnerability> vulnerabilities) {

    public record Document(String category, String csafVersion, Distribution distribution, String lang, List<Note> notes,
                           Publisher publisher, List<Reference> references, String title, Tracking tracking) {}

    public record Distribution(String text, Tlp tlp) {}

    public record Tlp(String label, String url) {}

    public record Note(String category, String text, String title) {}

    public record Publisher(String category, String contactDetails, String name, String namespace) {}

    public record Reference(String category, String summary, String url) {}

    public record Tracking(String currentReleaseDate, Generator generator, String id, String initialReleaseDate,
                           List<Revision> revisionHistory, String status, String version) {}

    public record Generator(String date, Engine engine) {}

    public record Engine(String name, String version) {}

    public record Revision(String date, String number, String summary) {}

    public record ProductTree(List<Branch> branches) {}

    /** A branch: vendor, product_name or product_version; leaves carry a product. */
    public record Branch(String category, String name, List<Branch> branches, FullProductName product) {}

    public record FullProductName(String name, String productId, ProductIdentificationHelper productIdentificationHelper) {}

    public record ProductIdentificationHelper(String purl) {}

    public record Vulnerability(String cve, List<Id> ids, List<Note> notes, ProductStatus productStatus,
                                List<Reference> references, List<Remediation> remediations, List<Score> scores,
                                List<Threat> threats, String title) {}

    public record Id(String systemName, String text) {}

    public record ProductStatus(List<String> fixed, List<String> knownAffected) {}

    public record Remediation(String category, String date, String details, List<String> productIds, String url) {}

    public record Threat(String category, String date, String details, List<String> productIds) {}

    public record Score(@JsonProperty("cvss_v3") Cvss3 cvssV3, List<String> products) {}

    /** CVSS v3 as FIRST's schema names it (camelCase, unlike the rest of CSAF). */
    public record Cvss3(@JsonProperty("version") String version, @JsonProperty("vectorString") String vectorString,
                        @JsonProperty("baseScore") double baseScore, @JsonProperty("baseSeverity") String baseSeverity) {}
}
