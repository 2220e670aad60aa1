package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An OSV range: its type ({@code SEMVER}, {@code ECOSYSTEM}, {@code GIT}, or another string as written) and its
 * events in record order.
 *
 * @param repo the repository of a {@code GIT} range; null otherwise
 */
public record AffectedRange(String type, String repo, List<Event> events) {

    public AffectedRange {
        requireNonNull(type, "type must not be null");
        events = List.copyOf(events);
    }

    /** An OSV event: one of introduced, fixed, last_affected, limit, with its version (or commit). */
    public record Event(Kind kind, String version) {
        public Event {
            requireNonNull(kind, "kind must not be null");
            requireNonNull(version, "version must not be null");
        }
    }

    /** The OSV event kinds. */
    public enum Kind {
        INTRODUCED("introduced"), FIXED("fixed"), LAST_AFFECTED("last_affected"), LIMIT("limit");

        private final String osvName;

        Kind(String osvName) {
            this.osvName = osvName;
        }

        public String osvName() {
            return osvName;
        }
    }
}
