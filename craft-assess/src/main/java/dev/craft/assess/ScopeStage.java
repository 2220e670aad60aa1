package dev.craft.assess;

import dev.craft.assess.Assessment.Holds;
import dev.craft.assess.Assessment.Reason;
import dev.craft.assess.Assessment.ScopeVerdict;
import dev.craft.kb.Gate;
import dev.craft.kb.Note;
import dev.craft.kb.rules.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Art 2 scope: every gate of scope.yaml must hold and no exclusion may apply. A true exclusion or a false
 * gate decides OUT_OF_SCOPE by itself (unknown facts elsewhere no longer matter); otherwise any unknown
 * gate or exclusion makes the verdict UNDECIDED and its missing facts become blocking questions.
 */
final class ScopeStage {

    private ScopeStage() {}

    static Assessment.ScopeResult run(Session s) {
        var decisive = new ArrayList<Reason>();
        var undecided = new ArrayList<Reason>();
        var satisfied = new ArrayList<Reason>();
        var pendingQuestions = new ArrayList<Runnable>();

        for (Note exclusion : s.kb.exclusions()) {
            Outcome o = s.eval(exclusion.when());
            var reason = new Reason(exclusion.title(), Session.holds(o.truth()), exclusion.text(), s.trace(exclusion.id(), exclusion.cite(), o));
            switch (o.truth()) {
                case TRUE -> decisive.add(reason);
                case UNKNOWN -> {
                    undecided.add(new Reason(exclusion.title(), Holds.UNKNOWN,
                            "Whether this exclusion applies depends on facts the profile does not give.", reason.trace()));
                    pendingQuestions.add(() -> s.ask(o, "scope: exclusion " + exclusion.title() + " (" + String.join(", ", Session.cites(exclusion.cite())) + ")", true));
                }
                case FALSE -> { }
            }
        }
        for (Gate gate : s.kb.gates()) {
            Outcome o = s.eval(gate.when());
            switch (o.truth()) {
                case TRUE -> satisfied.add(new Reason(gate.title(), Holds.TRUE, gate.ifTrue(), s.trace(gate.id(), gate.cite(), o)));
                case FALSE -> decisive.add(new Reason(gate.title(), Holds.FALSE, gate.ifFalse(), s.trace(gate.id(), gate.cite(), o)));
                case UNKNOWN -> {
                    undecided.add(new Reason(gate.title(), Holds.UNKNOWN, "Not settled by the profile. It holds when: " + gate.ifTrue(), s.trace(gate.id(), gate.cite(), o)));
                    pendingQuestions.add(() -> s.ask(o, "scope: " + gate.title() + " (" + String.join(", ", Session.cites(gate.cite())) + ")", true));
                }
            }
        }
        var notes = new ArrayList<Reason>();
        for (Note note : s.kb.scopeNotes()) {
            Outcome o = s.eval(note.when());
            if (o.isTrue()) notes.add(new Reason(note.title(), Holds.TRUE, note.text(), s.trace(note.id(), note.cite(), o)));
        }

        ScopeVerdict verdict;
        List<Reason> reasons;
        String summary;
        if (!decisive.isEmpty()) {
            verdict = ScopeVerdict.OUT_OF_SCOPE;
            reasons = decisive;
            summary = "The CRA does not apply: " + String.join("; ", decisive.stream().map(ScopeStage::decisiveText).toList()) + ".";
        } else if (!undecided.isEmpty()) {
            verdict = ScopeVerdict.UNDECIDED;
            pendingQuestions.forEach(Runnable::run);
            reasons = new ArrayList<>(undecided);
            reasons.addAll(satisfied);
            summary = "The profile does not settle: " + titles(undecided) + ". See the open questions.";
        } else {
            verdict = ScopeVerdict.IN_SCOPE;
            reasons = satisfied;
            summary = "The CRA applies: " + titles(satisfied) + " hold, and no exclusion applies.";
        }
        return new Assessment.ScopeResult(verdict, summary, reasons, notes);
    }

    private static String decisiveText(Reason r) {
        String cites = "(" + String.join(", ", r.trace().cite()) + ")";
        return r.holds() == Holds.TRUE ? "excluded: " + r.title() + " " + cites : "condition not met: " + r.title() + " " + cites;
    }

    private static String titles(List<Reason> reasons) {
        var out = new ArrayList<String>();
        for (Reason r : reasons) {
            out.add(r.title() == null ? r.trace().rule() : r.title());
        }
        return String.join("; ", out);
    }
}
