package dev.craft.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The craft server application. Started by {@code craft serve}. */
@SpringBootApplication
public class CraftServer {
    public static void main(String[] args) {
        SpringApplication.run(CraftServer.class, args);
    }
}
