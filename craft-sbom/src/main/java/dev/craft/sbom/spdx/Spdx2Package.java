package dev.craft.sbom.spdx;

import dev.craft.sbom.Component;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Property;
import dev.craft.sbom.read.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fields of one SPDX 2 package as read (from JSON or tag-value), turned into a {@link Component}. */
final class Spdx2Package {

    String spdxId;
    String name;
    String version;
    String supplier;
    String originator;
    String downloadLocation;
    String homepage;
    String fileName;
    String purpose;
    String licenseConcluded;
    String licenseDeclared;
    final List<String> purls = new ArrayList<>();
    final List<String> cpes = new ArrayList<>();
    String swid;
    final List<Hash> hashes = new ArrayList<>();
    final List<ExternalReference> references = new ArrayList<>();
    final String location;

    Spdx2Package(String location) {
        this.location = location;
    }

    void checksum(String algorithm, String value) {
        if (algorithm != null && value != null) hashes.add(new Hash(Text.hashAlgorithm(algorithm), value.strip().toLowerCase(Locale.ROOT)));
    }

    /** An externalRef: category PACKAGE-MANAGER/SECURITY/PERSISTENT-ID/OTHER, type, locator. */
    void externalRef(String category, String type, String locator) {
        if (type == null || locator == null) return;
        String t = type.strip();
        String cat = category == null ? "" : category.strip().replace('_', '-').toUpperCase(Locale.ROOT);
        switch (t) {
            case "purl" -> purls.add(locator.strip());
            case "cpe22Type", "cpe23Type" -> cpes.add(locator.strip());
            case "swid" -> swid = locator.strip();
            default -> references.add(new ExternalReference(cat.equals("SECURITY") ? "advisories" : "other", locator.strip(), List.of()));
        }
    }

    Component toComponent(String ref, String parentRef) {
        var refs = new ArrayList<ExternalReference>();
        if (isAssertion(downloadLocation)) refs.add(new ExternalReference("distribution", downloadLocation.strip(), List.of()));
        if (isAssertion(homepage)) refs.add(new ExternalReference("website", homepage.strip(), List.of()));
        refs.addAll(references);
        var licenses = new ArrayList<License>();
        if (licenseDeclared != null) licenses.add(new License(licenseDeclared.strip(), null, License.Acknowledgement.DECLARED));
        if (licenseConcluded != null) licenses.add(new License(licenseConcluded.strip(), null, License.Acknowledgement.CONCLUDED));
        var properties = new ArrayList<Property>();
        if (fileName != null) properties.add(new Property("spdx:packageFileName", fileName.strip()));
        if (purpose != null) properties.add(new Property("spdx:primaryPackagePurpose", purpose.strip()));
        Party supplierParty = Text.spdxParty(supplier);
        Party manufacturer = Text.spdxParty(originator);
        return new Component(ref, type(purpose), null, name == null ? "" : name.strip(), Text.blankToNull(version),
                supplierParty, manufacturer, List.of(), purls, cpes, swid, hashes, licenses, refs, properties, null,
                parentRef, location);
    }

    private static boolean isAssertion(String s) {
        return s != null && !s.isBlank() && !s.strip().equals("NOASSERTION") && !s.strip().equals("NONE");
    }

    /** SPDX primaryPackagePurpose → CycloneDX component type; null where CycloneDX has no equivalent. */
    static String type(String purpose) {
        if (purpose == null) return null;
        return switch (purpose.strip().toUpperCase(Locale.ROOT).replace('_', '-')) {
            case "APPLICATION" -> "application";
            case "FRAMEWORK" -> "framework";
            case "LIBRARY" -> "library";
            case "CONTAINER" -> "container";
            case "OPERATING-SYSTEM" -> "operating-system";
            case "DEVICE" -> "device";
            case "FIRMWARE" -> "firmware";
            case "FILE", "SOURCE", "ARCHIVE" -> "file";
            default -> null;
        };
    }
}
