package dev.craft.sbom.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.Text;
import java.io.IOException;

/**
 * SPDX 2 JSON. Read as one tree: SPDX JSON documents from real generators are a few MB (the largest in
 * the shared corpus is 1.3 MB), and the JSON schema validator needs the tree anyway (ADR 0022).
 */
final class Spdx2JsonReader {

    private Spdx2JsonReader() {}

    static SpdxReader.Read read(ReadContext context, ObjectMapper mapper) {
        JsonNode root;
        try (var p = Json.open(mapper, context.input())) {
            root = mapper.readTree(p);
            if (p.nextToken() != null) throw new InputException(Problem.at(context.source(), "", "unexpected content after the end of the JSON document"));
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw Json.problem(context.source(), e);
        }
        var doc = new Spdx2Document(context);
        doc.rawVersion = text(root, "spdxVersion");
        doc.versionLocation = "$.spdxVersion";
        String version = doc.specVersion();
        SpdxSchemas.validate(context, root, version.equals("2.2") || version.equals("2.3") ? version : null);
        if (text(root, "SPDXID") != null) doc.documentId = text(root, "SPDXID");
        doc.name = text(root, "name");
        doc.namespace = text(root, "documentNamespace");
        doc.dataLicense = text(root, "dataLicense");
        JsonNode ci = root.path("creationInfo");
        doc.created = text(ci, "created");
        doc.createdLocation = "$.creationInfo.created";
        JsonNode creators = ci.path("creators");
        if (creators.isTextual()) doc.creators.add(creators.asText());
        for (JsonNode c : creators) if (c.isTextual()) doc.creators.add(c.asText());
        for (JsonNode d : root.path("documentDescribes")) if (d.isTextual()) doc.describes.add(d.asText());
        JsonNode extracted = root.path("hasExtractedLicensingInfos");
        for (int i = 0; i < extracted.size(); i++) doc.extractedLicense(text(extracted.get(i), "licenseId"), "$.hasExtractedLicensingInfos[" + i + "]");
        JsonNode packages = root.path("packages");
        for (int i = 0; i < packages.size(); i++) {
            String location = "$.packages[" + i + "]";
            JsonNode p = packages.get(i);
            var pkg = new Spdx2Package(location);
            pkg.spdxId = text(p, "SPDXID");
            pkg.name = text(p, "name");
            if (pkg.name == null) context.warn(location, "package has no name", "a \"name\"");
            pkg.version = text(p, "versionInfo");
            pkg.supplier = text(p, "supplier");
            pkg.originator = text(p, "originator");
            pkg.downloadLocation = text(p, "downloadLocation");
            pkg.homepage = text(p, "homepage");
            pkg.fileName = text(p, "packageFileName");
            pkg.purpose = text(p, "primaryPackagePurpose");
            pkg.licenseConcluded = text(p, "licenseConcluded");
            pkg.licenseDeclared = text(p, "licenseDeclared");
            for (JsonNode c : p.path("checksums")) pkg.checksum(text(c, "algorithm"), text(c, "checksumValue"));
            for (JsonNode r : p.path("externalRefs")) pkg.externalRef(text(r, "referenceCategory"), text(r, "referenceType"), text(r, "referenceLocator"));
            doc.packages.add(pkg.toComponent(doc.assembler.claimRef(pkg.spdxId, location), null));
        }
        doc.files = root.path("files").size();
        JsonNode rels = root.path("relationships");
        for (int i = 0; i < rels.size(); i++) {
            JsonNode r = rels.get(i);
            String from = text(r, "spdxElementId");
            String type = text(r, "relationshipType");
            String to = text(r, "relatedSpdxElement");
            if (from != null && type != null && to != null) doc.relationships.add(new Spdx2Document.Relationship(from, type, to, "$.relationships[" + i + "]"));
        }
        return new SpdxReader.Read(doc.build(SbomFormat.SPDX_JSON, version), doc.facts());
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : Text.blankToNull(v.asText());
    }
}
