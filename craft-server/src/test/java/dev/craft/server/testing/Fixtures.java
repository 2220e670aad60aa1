package dev.craft.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Test fixtures of src/test/resources/fixtures, and the advisory imports tests need. */
public final class Fixtures {

    private Fixtures() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the repository's example profiles (examples/profiles), as the JSON an API client sends. */
    public static JsonNode exampleProfile(String name) {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("craft.repo.root", "."), "examples", "profiles", name);
        return tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(file.toFile());
    }

    /** A CycloneDX 1.6 SBOM with one npm component per name, each at version 1.0.0. */
    public static byte[] sbomWith(String... npmNames) {
        var sb = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[");
        for (int i = 0; i < npmNames.length; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"bom-ref\":\"c").append(i).append("\",\"type\":\"library\",\"name\":\"").append(npmNames[i])
                    .append("\",\"version\":\"1.0.0\",\"purl\":\"pkg:npm/").append(npmNames[i]).append("@1.0.0\"}");
        }
        return sb.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One OSV record: {@code id} (alias {@code cve}) affects npm package {@code name} below 2.0.0. */
    public static byte[] osvRecord(String id, String cve, String name) {
        return ("{\"schema_version\":\"1.6.0\",\"id\":\"" + id + "\",\"modified\":\"2026-11-01T00:00:00Z\",\"aliases\":[\"" + cve
                + "\"],\"summary\":\"test advisory\",\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\"" + name
                + "\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"2.0.0\"}]}]}]}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A KEV catalogue listing these CVEs as added on {@code dateAdded}. */
    public static byte[] kevCatalogue(String dateAdded, String... cves) {
        var sb = new StringBuilder("{\"title\":\"test\",\"catalogVersion\":\"2099.01.01\",\"dateReleased\":\"2099-01-01T00:00:00.000Z\",\"count\":")
                .append(cves.length).append(",\"vulnerabilities\":[");
        for (int i = 0; i < cves.length; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"cveID\":\"").append(cves[i]).append("\",\"vendorProject\":\"t\",\"product\":\"t\",\"vulnerabilityName\":\"t\",\"dateAdded\":\"")
                    .append(dateAdded).append("\",\"shortDescription\":\"t\",\"requiredAction\":\"t\",\"dueDate\":\"2099-02-01\",")
                    .append("\"knownRansomwareCampaignUse\":\"Unknown\",\"notes\":\"\",\"cwes\":[]}");
        }
        return sb.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Imports feed bytes as {@code source} and waits until the monitoring job is done. */
    public static JsonNode importBytes(int port, String source, String kind, String filename, byte[] content) {
        var r = Api.admin(port).send("POST", "/api/v1/admin/advisories/import?source=" + source + "&kind=" + kind + "&filename=" + filename,
                "application/octet-stream", content);
        if (r.status() != 202) throw new IllegalStateException("import failed: " + r);
        return awaitImport(port, r.json().get("id").asLong());
    }

    /** Imports a feed fixture as {@code source} and waits until the monitoring job is done; returns the import. */
    public static JsonNode importFeed(int port, String source, String kind, String fixture) {
        var r = Api.admin(port).send("POST", "/api/v1/admin/advisories/import?source=" + source + "&kind=" + kind + "&filename=" + fixture,
                "application/octet-stream", bytes(fixture));
        if (r.status() != 202) throw new IllegalStateException("import failed: " + r);
        long id = r.json().get("id").asLong();
        return awaitImport(port, id);
    }

    public static JsonNode awaitImport(int port, long id) {
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(60)); Instant.now().isBefore(deadline); ) {
            JsonNode status = Api.admin(port).get("/api/v1/admin/advisories/imports/" + id).json();
            if (!status.get("status").asString().equals("matching")) return status;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("import " + id + " did not finish within 60 s");
    }
}
