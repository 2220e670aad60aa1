package dev.craft.cli.report;

import dev.craft.cli.server.ServerClient;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --server} and {@code --org}, shared by the report commands that talk to a craft server. */
final class ServerOptions {

    @Option(names = "--server", paramLabel = "URL", description = "The craft server (default: $CRAFT_SERVER), e.g. http://localhost:8080.")
    String server;

    @Option(names = "--org", paramLabel = "ORG", description = "The organisation (default: the only one the credentials belong to).")
    String org;

    /** The client, from the options and the environment (CRAFT_SERVER, CRAFT_API_KEY or CRAFT_USER/CRAFT_PASSWORD). */
    Connection connect(Map<String, String> env) {
        String url = server != null ? server : env.get("CRAFT_SERVER");
        if (url == null || url.isBlank()) {
            throw new InputException(new Problem("--server", "", "no craft server given",
                    "--server URL or CRAFT_SERVER=URL (or --case FILE to work offline, where the command offers it)"));
        }
        var client = ServerClient.fromEnvironment(url, env);
        String slug = org != null ? org : defaultOrg(client);
        return new Connection(client, "/api/v1/orgs/" + enc(slug) + "/reporting");
    }

    /** A client and the reporting base path of the organisation. */
    record Connection(ServerClient client, String base) {
        String cases() {
            return base + "/cases";
        }

        String caseUrl(String caseId) {
            return base + "/cases/" + enc(caseId);
        }
    }

    private static String defaultOrg(ServerClient client) {
        var reply = client.get("/api/v1/orgs");
        if (!reply.ok()) throw new InputException(Problem.at(client.base().toString(), "", reply.problem()));
        if (reply.body().size() != 1) {
            throw new InputException(new Problem("--org", "", "these credentials belong to " + reply.body().size() + " organisations",
                    "--org ORG"));
        }
        return reply.body().get(0).path("slug").asString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
