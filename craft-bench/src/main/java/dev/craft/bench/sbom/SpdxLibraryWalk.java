package dev.craft.bench.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.Checksum;
import org.spdx.library.model.v2.ExternalRef;
import org.spdx.library.model.v2.SpdxConstantsCompatV2;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v3_0_1.SpdxConstantsV3;
import org.spdx.library.model.v3_0_1.core.Element;
import org.spdx.library.model.v3_0_1.core.Hash;
import org.spdx.library.model.v3_0_1.core.IntegrityMethod;
import org.spdx.library.model.v3_0_1.core.PackageVerificationCode;
import org.spdx.library.model.v3_0_1.core.Relationship;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.storage.IModelStore;
import org.spdx.storage.ISerializableModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.tagvaluestore.TagValueStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * The SPDX Java library's side, used the way spdx/tools-java uses it: a fresh in-memory store per
 * document, the store for the serialization (Jackson JSON, tag-value, v3 JSON-LD) deserializes it, then
 * every package is inflated and its name, version, purl external references, checksums and licences read.
 * Licence expressions are parsed into objects by the library while reading (craft keeps them as strings).
 */
final class SpdxLibraryWalk {

    static {
        // Listed licences from the jar, never from spdx.org: a benchmark must not depend on the network.
        System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        SpdxModelFactory.init();
    }

    private SpdxLibraryWalk() {}

    static PackageWalk read(Path file) throws IOException, InvalidSPDXAnalysisException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (name.endsWith(".spdx")) return spdx2(new TagValueStore(new InMemSpdxStore()), in);
            if (name.endsWith(".spdx3.json") || name.endsWith("JsonLDExample-v3.0.1.json")) return spdx3(in);
            return spdx2(new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON), in);
        }
    }

    private static PackageWalk spdx2(ISerializableModelStore store, InputStream in) throws IOException, InvalidSPDXAnalysisException {
        var document = (SpdxDocument) store.deSerialize(in, false);
        var walk = new PackageWalk.Builder();
        for (var p : objects(store, SpdxConstantsCompatV2.CLASS_SPDX_PACKAGE, document.getIdPrefix(), SpdxPackage.class)) {
            walk.pkg(p.getName().orElse(null), p.getVersionInfo().orElse(null));
            for (ExternalRef ref : p.getExternalRefs()) {
                if (ref.getReferenceType().getIndividualURI().endsWith("/purl")) walk.purl(ref.getReferenceLocator());
            }
            for (Checksum c : p.getChecksums()) walk.checksum(c.getAlgorithm().name(), c.getValue());
            licence(walk, p.getLicenseDeclared());
            licence(walk, p.getLicenseConcluded());
        }
        return walk.build();
    }

    private static void licence(PackageWalk.Builder walk, AnyLicenseInfo licence) {
        if (licence != null) walk.licence(licence.toString());
    }

    private static PackageWalk spdx3(InputStream in) throws IOException, InvalidSPDXAnalysisException {
        var store = new JsonLDStore(new InMemSpdxStore());
        store.deSerialize(in, false);
        var walk = new PackageWalk.Builder();
        for (var p : objects(store, SpdxConstantsV3.SOFTWARE_SPDX_PACKAGE, null, org.spdx.library.model.v3_0_1.software.SpdxPackage.class)) {
            walk.pkg(p.getName().orElse(null), p.getPackageVersion().orElse(null));
            p.getPackageUrl().ifPresent(walk::purl);
            for (IntegrityMethod m : p.getVerifiedUsings()) {
                // craft reads both integrity methods with a hash value as checksums
                if (m instanceof Hash h) walk.checksum(h.getAlgorithm().name(), h.getHashValue());
                if (m instanceof PackageVerificationCode v) walk.checksum(v.getAlgorithm().name(), v.getHashValue());
            }
        }
        // SPDX 3 attaches licences by relationship; craft reads those of packages.
        for (var r : objects(store, SpdxConstantsV3.CORE_RELATIONSHIP, null, Relationship.class)) {
            RelationshipType type = r.getRelationshipType();
            if (type != RelationshipType.HAS_DECLARED_LICENSE && type != RelationshipType.HAS_CONCLUDED_LICENSE) continue;
            if (!(r.getFrom() instanceof org.spdx.library.model.v3_0_1.software.SpdxPackage)) continue;
            for (Element to : r.getTos()) walk.licence(to.getObjectUri());
        }
        return walk.build();
    }

    /** Every object of one type in the store, inflated into the library's model classes. */
    private static <T> List<T> objects(IModelStore store, String type, String idPrefix, Class<T> modelClass)
            throws InvalidSPDXAnalysisException {
        try (Stream<?> s = SpdxModelFactory.getSpdxObjects(store, null, type, null, idPrefix)) {
            return s.map(modelClass::cast).toList();
        }
    }
}
