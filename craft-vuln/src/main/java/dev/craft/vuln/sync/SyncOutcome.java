package dev.craft.vuln.sync;

import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceSnapshot;

/** What a sync of one source did. */
public sealed interface SyncOutcome {

    String name();

    /** The server said the feed has not changed since the last download (HTTP 304); nothing was downloaded. */
    record Unchanged(String name, SourceInfo info) implements SyncOutcome {}

    /** A new version was downloaded and read. {@code resumed} is true when an interrupted download was continued. */
    record Updated(String name, SourceSnapshot snapshot, boolean resumed) implements SyncOutcome {}

    /** The download or the import failed; the store keeps the previous version of the source. */
    record Failed(String name, String reason) implements SyncOutcome {}
}
