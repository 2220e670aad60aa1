package dev.craft.assess;

import dev.craft.assess.Assessment.RdpsVerdict;
import dev.craft.assess.profile.Profile;
import dev.craft.kb.Gate;
import dev.craft.kb.Note;
import dev.craft.kb.rules.Evaluator;
import dev.craft.kb.rules.Outcome;
import java.util.ArrayList;
import java.util.List;

/** Remote data processing (Art 3(2)), decided per back-end of product.remote_processing. */
final class RdpsStage {

    private RdpsStage() {}

    static List<Assessment.RemoteProcessingResult> run(Session s) {
        var out = new ArrayList<Assessment.RemoteProcessingResult>();
        List<Profile.RemoteProcessing> backends = s.profile.product().remoteProcessing();
        for (int i = 0; i < backends.size(); i++) {
            Profile.RemoteProcessing backend = backends.get(i);
            Evaluator ev = s.itemEvaluator(ProfileFacts.of(backend));
            Assessment.RemoteProcessingResult result = null;
            for (Note override : s.kb.rdpsOverrides()) {
                Outcome o = ev.evaluate(override.when());
                if (o.isTrue()) {
                    result = new Assessment.RemoteProcessingResult(backend.name(), RdpsVerdict.NOT_RDPS, override.text(),
                            s.trace(override.id(), override.cite(), o, i));
                    break;
                }
            }
            if (result == null) {
                Gate def = s.kb.rdpsDefinition();
                Outcome o = ev.evaluate(def.when());
                var trace = s.trace(def.id(), def.cite(), o, i);
                result = switch (o.truth()) {
                    case TRUE -> new Assessment.RemoteProcessingResult(backend.name(), RdpsVerdict.RDPS, def.ifTrue(), trace);
                    case FALSE -> new Assessment.RemoteProcessingResult(backend.name(), RdpsVerdict.NOT_RDPS, def.ifFalse(), trace);
                    case UNKNOWN -> {
                        s.ask(o, "remote data processing: " + backend.name() + " (Art 3(2))", false, i);
                        yield new Assessment.RemoteProcessingResult(backend.name(), RdpsVerdict.UNDECIDED,
                                "Undecided: both Art 3(2) conditions must be answered (designed under the manufacturer's responsibility; "
                                        + "needed for a product function).", trace);
                    }
                };
            }
            out.add(result);
        }
        return out;
    }
}
