package dev.craft.cli.server;

import java.io.PrintWriter;
import tools.jackson.databind.JsonNode;

/** The few lines a CI log needs from a push: what was stored, what was found, and why the gate decided. */
final class PushSummary {

    private static final int SHOWN = 20;

    private PushSummary() {}

    static void print(JsonNode r, String findingsUrl, PrintWriter out) {
        JsonNode sbom = r.path("sbom");
        out.printf("craft push: %s %s <- %s (%s %s, %d components, sha256 %s)%s%n",
                r.path("product").asString(), r.path("release").asString(), sbom.path("filename").asString("SBOM"),
                sbom.path("format").asString(), sbom.path("specVersion").asString(), sbom.path("components").asInt(),
                sbom.path("sha256").asString(), r.path("sbomStored").asBoolean(true) ? "" : " (already stored: unchanged)");
        listed(out, sbom.path("schemaErrors"), "violations of its CycloneDX/SPDX schema (read anyway; see docs/sbom.md)");
        listed(out, sbom.path("warnings"), "repairs the reader made");
        JsonNode matching = r.path("matching");
        if (!"matched".equals(matching.path("status").asString())) {
            out.println("vulnerabilities: NOT CHECKED: " + matching.path("reason").asString("no reason given"));
        }
        JsonNode f = r.path("findings");
        out.printf("findings: %d open of %d (%d actively exploited; critical %d, high %d, medium %d, low %d, unknown %d)%s%n",
                f.path("open").asInt(), f.path("total").asInt(), f.path("exploited").asInt(),
                f.path("bySeverity").path("critical").asInt(), f.path("bySeverity").path("high").asInt(),
                f.path("bySeverity").path("medium").asInt(), f.path("bySeverity").path("low").asInt(),
                f.path("bySeverity").path("unknown").asInt(),
                f.path("carriedOver").asInt() > 0 ? ", " + f.path("carriedOver").asInt() + " triage decisions carried over" : "");
        JsonNode gate = r.path("gate");
        out.printf("gate (fail on %s): %s%n", gate.path("failOn").asString(), gate.path("verdict").asString().toUpperCase(java.util.Locale.ROOT));
        int shown = 0;
        for (JsonNode reason : gate.path("reasons")) {
            if (shown++ == SHOWN) {
                out.printf("  ... %d more%n", gate.path("reasons").size() - SHOWN);
                break;
            }
            out.println("  - " + reason.asString());
        }
        out.println("details: " + findingsUrl);
        out.flush();
    }

    /** A CI log must show that the SBOM is flawed, not only its findings: a count and the first few. */
    private static void listed(PrintWriter out, JsonNode messages, String what) {
        if (!messages.isArray() || messages.isEmpty()) return;
        out.printf("sbom: %d %s%n", messages.size(), what);
        int shown = 0;
        for (JsonNode m : messages) {
            if (shown++ == 5) {
                out.printf("  ... %d more (craft push --json shows them all)%n", messages.size() - 5);
                break;
            }
            out.println("  - " + m.asString());
        }
    }
}
