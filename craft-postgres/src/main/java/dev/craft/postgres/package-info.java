/**
 * A real PostgreSQL, run by craft itself from the zonky binary archives on Maven Central: the server's
 * zero-configuration database ({@code ~/.craft/pgdata}) and the test suite's database.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: PostgreSQL refuses to run as root, and CI machines
 * (and many containers) run as root. {@link dev.craft.postgres.EmbeddedPostgres} runs {@code initdb}
 * and {@code pg_ctl} as an unprivileged user inside a user namespace ({@code unshare --user
 * --map-user=...}) when it finds itself running as uid 0; see docs/adr/0040-embedded-postgresql.md.
 */
package dev.craft.postgres;
