package dev.craft.sbom.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** SPDX licence ids CycloneDX accepts in {@code license.id}: the enum of the spdx.schema.json cyclonedx-core-java bundles. */
final class SpdxLicenseIds {

    private static final Set<String> IDS = load();

    private SpdxLicenseIds() {}

    static boolean isListed(String id) {
        return IDS.contains(id);
    }

    private static Set<String> load() {
        try (InputStream in = SpdxLicenseIds.class.getClassLoader().getResourceAsStream("spdx.schema.json")) {
            if (in == null) return Set.of();
            JsonNode root = new ObjectMapper().readTree(in);
            var out = new HashSet<String>();
            for (JsonNode id : root.path("enum")) out.add(id.asText());
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
