package dev.craft.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The craft server application. Started by {@code craft serve} (or {@code java -cp ... dev.craft.server.CraftServer}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CraftServer {

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the server and returns its context; closing the context stops it (and the embedded database). */
    public static ConfigurableApplicationContext start(String... args) {
        var app = new SpringApplication(CraftServer.class);
        app.setRegisterShutdownHook(true);
        return app.run(args);
    }
}
