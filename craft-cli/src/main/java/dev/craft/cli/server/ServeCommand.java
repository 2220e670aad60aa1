package dev.craft.cli.server;

import dev.craft.cli.CraftMain;
import dev.craft.server.CraftServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code craft serve}: the server, on its embedded PostgreSQL unless told otherwise. */
@Command(
        name = "serve",
        header = "Start the craft server (REST API, embedded PostgreSQL by default).",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Start the craft server: REST API under /api/v1, OpenAPI at /api/v1/openapi.yaml,",
            "health at /actuator/health, Prometheus metrics at /actuator/prometheus.",
            "",
            "With no configuration craft runs its own PostgreSQL 17 under the craft home",
            "(~/.craft/pgdata, or $CRAFT_HOME), kept across restarts. On the first start it creates",
            "the organisation 'default' and the user 'admin', and prints admin's one-time password",
            "once (or uses $CRAFT_ADMIN_PASSWORD). Every setting is in docs/server.md.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft serve                                   embedded database, http://127.0.0.1:8080",
            "  craft serve --port 9000 --address 0.0.0.0     serve other machines too",
            "  CRAFT_DB_URL=jdbc:postgresql://db:5432/craft CRAFT_DB_USER=craft CRAFT_DB_PASSWORD=... craft serve",
            "",
            "Stop with Ctrl-C: the server finishes its requests and stops the embedded database.",
            "Exit codes: 0 stopped normally, 2 the server could not start (the reason is printed)."
        })
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (craft.http.port, default 8080; 0 = any free port).")
    Integer port;

    @Option(names = "--address", paramLabel = "ADDRESS", description = "Address to listen on (craft.http.address, default 127.0.0.1).")
    String address;

    @Option(names = "--home", paramLabel = "DIR", description = "The craft home (craft.home; default $CRAFT_HOME or ~/.craft).")
    Path home;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL (craft.db.url); user and password from CRAFT_DB_USER and CRAFT_DB_PASSWORD.")
    String dbUrl;

    /** The server this command started, for whoever embeds the CLI (tests stop it by closing it). */
    static volatile ConfigurableApplicationContext started;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        if (port != null) args.add("--craft.http.port=" + port);
        if (address != null) args.add("--craft.http.address=" + address);
        if (home != null) args.add("--craft.home=" + home.toAbsolutePath());
        if (dbUrl != null) args.add("--craft.db.url=" + dbUrl);
        ConfigurableApplicationContext context;
        try {
            context = CraftServer.start(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("craft: the server could not start: " + rootMessage(e));
            return CraftMain.EXIT_INPUT;
        }
        started = context;
        var stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) stopped.countDown();
        });
        String listening = context.getEnvironment().getProperty("local.server.port", "?");
        String bound = context.getEnvironment().getProperty("craft.http.address", "127.0.0.1");
        spec.commandLine().getOut().printf("craft server listening on http://%s:%s (API /api/v1, OpenAPI /api/v1/openapi.yaml); Ctrl-C stops it%n",
                bound, listening);
        spec.commandLine().getOut().flush();
        if (context.isActive()) stopped.await();
        return CraftMain.EXIT_OK;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
