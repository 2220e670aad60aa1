package dev.craft.cli.server;

import dev.craft.cli.CraftMain;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code craft push}: the CI path. Upload an SBOM for a release, get its findings and the gate's verdict. */
@Command(
        name = "push",
        header = "Upload an SBOM for a product release to a craft server; print findings and the gate verdict.",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Upload an SBOM for a product release to a craft server and print its findings and the gate",
            "verdict. The release is created if it does not exist; pushing the same SBOM again changes",
            "nothing and returns the same answer (safe to retry). Triage decisions made for the product's",
            "earlier releases carry over to matching findings.",
            ""
        },
        footer = {
            "",
            "The API key comes from CRAFT_API_KEY (a key with the CI_UPLOADER role is enough);",
            "CRAFT_USER and CRAFT_PASSWORD also work. A busy server (503 with Retry-After) is asked again",
            "up to 3 times, after the wait it names.",
            "",
            "Examples:",
            "  CRAFT_API_KEY=craft_... craft push target/bom.json --product cam-x1 --release 2.4.1 --server https://craft.example",
            "  craft push bom.json --product cam-x1 --release 2.4.1 --server http://localhost:8080 --fail-on high",
            "",
            "Exit codes: 0 the gate passed, 1 the gate failed (or could not check: no advisories on the server),",
            "2 bad usage, an SBOM the server rejected (its problems are printed), or no connection."
        })
public final class PushCommand implements Callable<Integer> {

    enum FailOn { exploited, critical, high, any }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SBOM", description = "The SBOM file (CycloneDX JSON/XML, SPDX JSON/tag-value/3.0 JSON-LD).")
    Path sbom;

    @Option(names = "--product", required = true, paramLabel = "KEY", description = "The product's key (it must exist on the server).")
    String product;

    @Option(names = "--release", required = true, paramLabel = "VERSION", description = "The release's version.")
    String release;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The craft server, e.g. http://localhost:8080.")
    String server;

    @Option(names = "--org", paramLabel = "ORG", description = "The organisation (default: the API key's own).")
    String org;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "exploited",
            description = "Fail the gate on: ${COMPLETION-CANDIDATES} open findings (default ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--json", description = "Print the server's full answer as JSON instead of a summary.")
    boolean json;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(sbom)) throw new NoSuchFileException(sbom.toString());
        byte[] content = Files.readAllBytes(sbom);
        var client = ServerClient.fromEnvironment(server, env);
        String orgSlug = org != null ? org : defaultOrg(client);
        String path = "/api/v1/orgs/" + enc(orgSlug) + "/products/" + enc(product) + "/releases/" + enc(release)
                + "/sbom?failOn=" + failOn.name() + "&filename=" + enc(sbom.getFileName().toString());
        var reply = client.put(path, "application/octet-stream", content);
        PrintWriter out = spec.commandLine().getOut();
        if (!reply.ok()) return rejected(reply);
        if (json) {
            out.println(ServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reply.body()));
            out.flush();
        } else {
            PushSummary.print(reply.body(), client.base() + "/api/v1/orgs/" + enc(orgSlug) + "/products/" + enc(product)
                    + "/releases/" + enc(release) + "/findings", out);
        }
        String verdict = reply.body().path("gate").path("verdict").asString("");
        return verdict.equals("pass") ? CraftMain.EXIT_OK : CraftMain.EXIT_GATE_FAILED;
    }

    private int rejected(ServerClient.Reply reply) {
        PrintWriter err = spec.commandLine().getErr();
        JsonNode errors = reply.body() == null ? null : reply.body().get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            for (JsonNode e : errors) {
                var p = new Problem(sbom.toString(), e.path("location").asString(""), e.path("message").asString(""), e.path("expected").asString(""));
                err.println("craft: " + p.render());
            }
        } else {
            err.println("craft: " + sbom + ": the server refused the upload: " + reply.problem());
        }
        err.flush();
        return CraftMain.EXIT_INPUT;
    }

    private static String defaultOrg(ServerClient client) {
        var reply = client.get("/api/v1/orgs");
        if (!reply.ok()) throw new InputException(Problem.at(client.base().toString(), "", reply.problem()));
        if (reply.body().size() != 1) {
            throw new InputException(new Problem("--org", "", "these credentials belong to " + reply.body().size()
                    + " organisations", "--org ORG"));
        }
        return reply.body().get(0).path("slug").asString();
    }

    /** One path segment or query value, percent-encoded (URLEncoder writes spaces as '+', which a path reads literally). */
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
