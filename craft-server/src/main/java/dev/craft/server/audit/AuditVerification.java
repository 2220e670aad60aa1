package dev.craft.server.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks audit chains: every entry's hash matches its content (else it was edited), every entry links to
 * the previous one and chain positions run 1, 2, 3, ... (else entries were deleted, inserted or
 * reordered), and the last entry is the recorded chain head (else entries were cut off the end).
 * Feed entries in {@code seq} order; several chains may be interleaved.
 */
public final class AuditVerification {

    /** The outcome for one chain. */
    public record ChainResult(long chainId, long entries, String headHash, Long firstBadSeq, String problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    private final java.util.Map<Long, State> chains = new java.util.TreeMap<>();

    private static final class State {
        long entries;
        long expectedChainSeq = 1;
        String lastHash = AuditEntry.GENESIS_HASH;
        long lastSeq = Long.MIN_VALUE;
        Long firstBadSeq;
        String problem;
    }

    public void add(AuditEntry e) {
        State s = chains.computeIfAbsent(e.chainId(), id -> new State());
        s.entries++;
        if (s.problem != null) return;
        if (e.seq() <= s.lastSeq) {
            fail(s, e, "entry " + e.seq() + " comes after entry " + s.lastSeq + ": the entries were reordered");
        } else if (!e.computeHash().equals(e.hash())) {
            fail(s, e, "entry " + e.seq() + " (" + e.action() + ") does not match its hash: it was edited after it was written");
        } else if (e.chainSeq() != s.expectedChainSeq) {
            fail(s, e, "entry " + e.seq() + " is at chain position " + e.chainSeq() + " where " + s.expectedChainSeq
                    + " was expected: " + (e.chainSeq() > s.expectedChainSeq ? "entries before it were deleted" : "entries were inserted or reordered"));
        } else if (!e.prevHash().equals(s.lastHash)) {
            fail(s, e, "entry " + e.seq() + " does not link to the entry before it: entries were deleted, inserted or reordered");
        }
        s.lastHash = e.hash();
        s.lastSeq = e.seq();
        s.expectedChainSeq = e.chainSeq() + 1;
    }

    /** Compares a chain's last entry with the head recorded when it was written (or earlier, by an auditor). */
    public void expectHead(long chainId, long entries, String headHash) {
        State s = chains.computeIfAbsent(chainId, id -> new State());
        if (s.problem != null) return;
        if (s.entries < entries) {
            s.problem = "the chain has " + s.entries + " entries but " + entries + " were recorded: the last "
                    + (entries - s.entries) + " were deleted";
            s.firstBadSeq = s.lastSeq == Long.MIN_VALUE ? null : s.lastSeq;
        } else if (s.entries == entries && !s.lastHash.equals(headHash)) {
            s.problem = "the last entry's hash differs from the recorded chain head";
            s.firstBadSeq = s.lastSeq;
        }
    }

    public List<ChainResult> results() {
        var out = new ArrayList<ChainResult>();
        chains.forEach((id, s) -> out.add(new ChainResult(id, s.entries, s.lastHash, s.firstBadSeq, s.problem)));
        return out;
    }

    public boolean intact() {
        return results().stream().allMatch(ChainResult::intact);
    }

    private static void fail(State s, AuditEntry e, String problem) {
        s.firstBadSeq = e.seq();
        s.problem = problem;
    }
}
