package dev.craft.cli.vuln;

import java.nio.file.Path;

/** Where craft keeps its files: {@code $CRAFT_HOME}, else {@code ~/.craft}; the advisory store is {@code db} in it. */
final class CraftHome {

    private CraftHome() {}

    static Path home() {
        String env = System.getenv("CRAFT_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".craft");
    }

    /** {@code --db DIR} when given, else the store in the craft home. */
    static Path db(Path option) {
        return option != null ? option : home().resolve("db");
    }

    static String version() {
        String v = CraftHome.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
