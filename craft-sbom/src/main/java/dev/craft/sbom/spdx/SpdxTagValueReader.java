package dev.craft.sbom.spdx;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.read.ReadContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * SPDX 2 tag-value ({@code Tag: value} lines, {@code <text>...</text>} for multi-line values), streamed line
 * by line. A tag applies to the element last opened by {@code PackageName}, {@code FileName},
 * {@code SnippetSPDXID} or {@code LicenseID}; before any of them, to the document.
 */
final class SpdxTagValueReader {

    private enum Section { DOCUMENT, PACKAGE, FILE, SNIPPET, LICENSE }

    private SpdxTagValueReader() {}

    static SpdxReader.Read read(ReadContext context) {
        var doc = new Spdx2Document(context);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Section section = Section.DOCUMENT;
        Spdx2Package pkg = null;
        int lineNo = 0;
        try (var in = new BufferedReader(new InputStreamReader(context.input().openUtf8(), decoder))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int start = lineNo;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    context.warn("line " + lineNo, "not a 'Tag: value' line; ignored", "Tag: value");
                    continue;
                }
                String tag = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (value.startsWith("<text>")) {
                    var text = new StringBuilder(value.substring(6));
                    while (text.indexOf("</text>") < 0) {
                        String next = in.readLine();
                        if (next == null) throw new InputException(new Problem(context.source(), "line " + start, "<text> is never closed", "</text>"));
                        lineNo++;
                        text.append('\n').append(next);
                    }
                    value = text.substring(0, text.indexOf("</text>")).strip();
                }
                String location = "line " + start;
                if (tag.startsWith("License") || tag.startsWith("PackageLicense") || tag.startsWith("SnippetLicense")) {
                    for (String id : SpdxLicenses.deprecatedIn(value)) {
                        context.warn(location, tag + " uses the deprecated SPDX licence id '" + id + "'", SpdxLicenses.replacementHint(id));
                    }
                }
                switch (tag) {
                    case "SPDXVersion" -> { doc.rawVersion = value; doc.versionLocation = location; }
                    case "DataLicense" -> doc.dataLicense = value;
                    case "DocumentName" -> doc.name = value;
                    case "DocumentNamespace" -> doc.namespace = value;
                    case "Creator" -> doc.creators.add(value);
                    case "Created" -> { doc.created = value; doc.createdLocation = location; }
                    case "Relationship" -> {
                        String[] parts = value.split("\\s+");
                        if (parts.length >= 3) doc.relationships.add(new Spdx2Document.Relationship(parts[0], parts[1].toUpperCase(Locale.ROOT), parts[2], location));
                        else context.warn(location, "relationship '" + value + "' has not three parts; ignored", "SPDXRef-A DEPENDS_ON SPDXRef-B");
                    }
                    case "PackageName" -> {
                        pkg = finish(doc, pkg);
                        pkg = new Spdx2Package(location);
                        pkg.name = value;
                        section = Section.PACKAGE;
                    }
                    case "FileName" -> { pkg = finish(doc, pkg); section = Section.FILE; doc.files++; }
                    case "SnippetSPDXID" -> { pkg = finish(doc, pkg); section = Section.SNIPPET; }
                    case "LicenseID" -> { pkg = finish(doc, pkg); section = Section.LICENSE; doc.extractedLicense(value, location); }
                    case "SPDXID" -> {
                        if (section == Section.PACKAGE && pkg != null) pkg.spdxId = value;
                        else if (section == Section.DOCUMENT) doc.documentId = value;
                    }
                    default -> { if (section == Section.PACKAGE && pkg != null) packageTag(pkg, tag, value); }
                }
            }
            finish(doc, pkg);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(new Problem(context.source(), "line " + (lineNo + 1), "invalid UTF-8", "UTF-8 encoded text"), e);
        } catch (IOException e) {
            throw new InputException(Problem.at(context.source(), "", "cannot read: " + e.getMessage()), e);
        }
        String version = doc.specVersion();
        return new SpdxReader.Read(doc.build(SbomFormat.SPDX_TAG_VALUE, version), doc.facts());
    }

    private static Spdx2Package finish(Spdx2Document doc, Spdx2Package pkg) {
        if (pkg != null) doc.packages.add(pkg.toComponent(doc.assembler.claimRef(pkg.spdxId, pkg.location), null));
        return null;
    }

    private static void packageTag(Spdx2Package pkg, String tag, String value) {
        switch (tag) {
            case "PackageVersion" -> pkg.version = value;
            case "PackageFileName" -> pkg.fileName = value;
            case "PackageSupplier" -> pkg.supplier = value;
            case "PackageOriginator" -> pkg.originator = value;
            case "PackageDownloadLocation" -> pkg.downloadLocation = value;
            case "PackageHomePage" -> pkg.homepage = value;
            case "PackageLicenseConcluded" -> pkg.licenseConcluded = value;
            case "PackageLicenseDeclared" -> pkg.licenseDeclared = value;
            case "PrimaryPackagePurpose" -> pkg.purpose = value;
            case "PackageChecksum" -> {
                int c = value.indexOf(':');
                if (c > 0) pkg.checksum(value.substring(0, c), value.substring(c + 1));
            }
            case "ExternalRef" -> {
                String[] parts = value.split("\\s+", 3);
                if (parts.length == 3) pkg.externalRef(parts[0], parts[1], parts[2]);
            }
            default -> { }
        }
    }
}
