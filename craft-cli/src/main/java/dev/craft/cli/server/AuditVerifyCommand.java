package dev.craft.cli.server;

import dev.craft.cli.CraftMain;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.server.audit.AuditEntry;
import dev.craft.server.audit.AuditReader;
import dev.craft.server.audit.AuditVerification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code craft audit verify}: recomputes every hash of the audit chains here, on the client, and names
 * the first entry that was edited, deleted or moved. It trusts neither the server's own verdict nor its
 * code: only the entries and the recorded chain heads.
 */
@Command(
        name = "verify",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Verify audit chains: every entry's SHA-256 matches its content, links to the entry before it,",
            "and the chain ends at its recorded head. Reports the first bad entry (seq) of each chain.",
            ""
        },
        footer = {
            "",
            "Where the chains come from (one of):",
            "  (nothing)            the embedded database of the running local server (craft home)",
            "  --server URL --org O an organisation's chain through the API (AUDIT_READ; credentials from",
            "                       CRAFT_API_KEY, or CRAFT_USER + CRAFT_PASSWORD); --instance for the instance chain",
            "  --db-url JDBC_URL    every chain, read directly (CRAFT_DB_USER, CRAFT_DB_PASSWORD)",
            "  --file FILE          an export (GET .../audit/export, or audit.json of an evidence export)",
            "",
            "Examples:",
            "  craft audit verify",
            "  CRAFT_API_KEY=craft_... craft audit verify --server https://craft.example --org acme",
            "  craft audit verify --file acme-audit.json",
            "",
            "Exit codes: 0 every chain intact, 1 a chain is broken, 2 bad usage, unreadable input or no connection."
        })
public final class AuditVerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--server", paramLabel = "URL", description = "A craft server.")
        String server;

        @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "A craft database.")
        String dbUrl;

        @Option(names = "--file", paramLabel = "FILE", description = "An audit export (JSON).")
        Path file;
    }

    @ArgGroup(exclusive = true)
    Source source = new Source();

    @Option(names = "--org", paramLabel = "ORG", description = "With --server: the organisation whose chain to verify.")
    String org;

    @Option(names = "--instance", description = "With --server: the instance chain (instance administrators).")
    boolean instance;

    @Option(names = "--home", paramLabel = "DIR", description = "The craft home of the local server (default $CRAFT_HOME or ~/.craft).")
    Path home;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
        Map<Long, String> names = new HashMap<>();
        AuditVerification verification;
        if (source.server != null) {
            verification = fromServer(names);
        } else if (source.file != null) {
            verification = fromExport(readFile(source.file), source.file.toString());
        } else {
            String url = source.dbUrl != null ? source.dbUrl : LocalDatabase.url(home(), env);
            String user = source.dbUrl != null ? env.getOrDefault("CRAFT_DB_USER", "craft") : "craft";
            String password = source.dbUrl != null ? env.getOrDefault("CRAFT_DB_PASSWORD", "") : LocalDatabase.password(home());
            verification = fromDatabase(url, user, password, names);
        }
        return report(verification, names, spec.commandLine().getOut());
    }

    private Path home() {
        if (home != null) return home;
        String h = env.get("CRAFT_HOME");
        return h != null ? Path.of(h) : Path.of(System.getProperty("user.home"), ".craft");
    }

    private AuditVerification fromServer(Map<Long, String> names) {
        if (instance == (org != null)) {
            throw new InputException(Problem.at("--org", "", "with --server give either --org ORG or --instance"));
        }
        var client = ServerClient.fromEnvironment(source.server, env);
        String path = instance ? "/api/v1/admin/audit/export" : "/api/v1/orgs/" + org + "/audit/export";
        var reply = client.get(path);
        if (!reply.ok()) throw new InputException(Problem.at(client.base() + path, "", reply.problem()));
        var verification = fromExport(reply.body(), client.base() + path);
        verification.results().forEach(r -> names.put(r.chainId(), instance ? "instance" : org));
        return verification;
    }

    private static JsonNode readFile(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        try {
            return ServerClient.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new InputException(Problem.at(file.toString(), "", "not JSON: " + e.getMessage()));
        }
    }

    static AuditVerification fromExport(JsonNode export, String source) {
        var verification = new AuditVerification();
        JsonNode entries = export.path("entries");
        JsonNode heads = export.path("heads");
        if (!entries.isArray() || !heads.isArray()) {
            throw new InputException(new Problem(source, "$", "not an audit export", "an object with 'heads' and 'entries' arrays"));
        }
        int i = 0;
        for (JsonNode e : entries) {
            try {
                verification.add(ServerClient.JSON.treeToValue(e, AuditEntry.class));
            } catch (RuntimeException bad) {
                throw new InputException(new Problem(source, "$.entries[" + i + "]", "not an audit entry: " + bad.getMessage(),
                        "seq, chainId, chainSeq, at, actor, action, entityType, entityId, beforeJson, afterJson, prevHash, hash"));
            }
            i++;
        }
        for (JsonNode h : heads) verification.expectHead(h.path("chainId").asLong(), h.path("entries").asLong(), h.path("lastHash").asString());
        return verification;
    }

    private static AuditVerification fromDatabase(String url, String user, String password, Map<Long, String> names) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            var verification = AuditReader.verify(c, null);
            try (var st = c.createStatement(); var rs = st.executeQuery("select id, slug from org")) {
                while (rs.next()) names.put(rs.getLong(1), rs.getString(2));
            }
            names.put(0L, "instance");
            return verification;
        } catch (SQLException e) {
            throw new InputException(Problem.at(url, "", "cannot read the database: " + e.getMessage()));
        }
    }

    static int report(AuditVerification verification, Map<Long, String> names, PrintWriter out) {
        var results = verification.results();
        if (results.isEmpty()) {
            out.println("no audit entries");
            return CraftMain.EXIT_OK;
        }
        for (var r : results) {
            String name = names.getOrDefault(r.chainId(), "chain " + r.chainId());
            if (r.intact()) {
                out.printf("%s: %d entries, intact, head %s%n", name, r.entries(), r.headHash());
            } else {
                out.printf("%s: BROKEN at seq %s: %s%n", name, r.firstBadSeq() == null ? "?" : r.firstBadSeq(), r.problem());
            }
        }
        out.flush();
        return verification.intact() ? CraftMain.EXIT_OK : CraftMain.EXIT_GATE_FAILED;
    }
}
