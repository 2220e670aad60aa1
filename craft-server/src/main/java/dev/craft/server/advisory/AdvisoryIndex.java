package dev.craft.server.advisory;

import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.Scanner;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The matching index of this node: craft-vuln's {@link MatchIndex}, built from the advisory store in
 * PostgreSQL at start and rebuilt whenever an import (on any node) changed the store. Readers take the
 * current index and keep it for their whole request; a rebuild swaps in a new one.
 */
@Component
public class AdvisoryIndex {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryIndex.class);

    /** An index and the store version it was built from. */
    public record Loaded(MatchIndex index, Scanner scanner, long version, Instant builtAt) {}

    private final AdvisorySources sources;
    private final Clock clock;
    private volatile Loaded current;

    AdvisoryIndex(AdvisorySources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
        MatchIndex empty = MatchIndex.build(AdvisoryStore.empty());
        this.current = new Loaded(empty, new Scanner(empty, clock), -1, clock.instant());
    }

    /** The index to use now; never null (empty before the first build or when no advisory was imported). */
    public Loaded current() {
        return current;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStart() {
        refreshIfStale();
    }

    /** Rebuilds when another node (or an import on this one) changed the store; cheap when nothing changed. */
    @Scheduled(fixedDelayString = "${craft.advisories.refresh-check-ms:30000}")
    public synchronized Loaded refreshIfStale() {
        long version;
        try {
            version = sources.version();
        } catch (RuntimeException e) {
            LOG.warn("cannot check the advisory store: {}", e.getMessage());
            return current;
        }
        if (version == current.version()) return current;
        long started = System.nanoTime();
        MatchIndex index = MatchIndex.build(AdvisoryStore.of(sources.loadAll()));
        current = new Loaded(index, new Scanner(index, clock), version, clock.instant());
        LOG.info("advisory index built: {} advisories for {} packages in {} ms", index.advisories(), index.packages(),
                (System.nanoTime() - started) / 1_000_000);
        return current;
    }
}
