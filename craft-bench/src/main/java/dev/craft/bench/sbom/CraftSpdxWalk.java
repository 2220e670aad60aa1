package dev.craft.bench.sbom;

import dev.craft.sbom.Component;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomReader;
import java.io.IOException;
import java.nio.file.Path;

/** craft's side: {@link SbomReader} (detection, schema validation, normalization), then every package. */
final class CraftSpdxWalk {

    private CraftSpdxWalk() {}

    static PackageWalk read(Path file) throws IOException {
        Sbom sbom = SbomReader.read(file);
        var walk = new PackageWalk.Builder();
        if (sbom.subject() != null) visit(sbom.subject(), walk);
        for (Component c : sbom.components()) visit(c, walk);
        return walk.build();
    }

    private static void visit(Component c, PackageWalk.Builder walk) {
        walk.pkg(c.name(), c.version());
        for (String purl : c.purls()) walk.purl(purl);
        for (Hash h : c.hashes()) walk.checksum(h.algorithm(), h.value());
        for (License l : c.licenses()) walk.licence(l.expression() != null ? l.expression() : l.name());
    }
}
