package dev.craft.assess;

import dev.craft.assess.Assessment.ObligationResult;
import dev.craft.assess.Assessment.ObligationStatus;
import dev.craft.assess.Assessment.PenaltyRef;
import dev.craft.kb.Penalties;
import dev.craft.kb.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Art 64 tiers the listed obligations fall under, highest first, and the Art 64(10) exemptions that apply. */
final class PenaltyStage {

    private PenaltyStage() {}

    static Assessment.PenaltySummary run(Session s, List<ObligationResult> obligations) {
        Map<String, Set<Role>> exposure = new LinkedHashMap<>();
        var exemptions = new LinkedHashMap<String, Assessment.AppliedExemption>();
        for (ObligationResult o : obligations) {
            if (o.status() == ObligationStatus.NOT_APPLICABLE) continue;
            for (PenaltyRef p : o.penalties()) {
                if (!p.exempt()) exposure.computeIfAbsent(p.tier(), k -> EnumSet.noneOf(Role.class)).add(o.role());
            }
            for (Penalties.Exemption e : s.kb.penalties().exemptions()) {
                boolean byRole = e.roles().contains(o.role());
                boolean byObligation = e.obligations().contains(o.id()) && o.penalties().stream().anyMatch(PenaltyRef::exempt);
                if (byRole || byObligation) exemptions.putIfAbsent(e.id(), new Assessment.AppliedExemption(e.id(), e.cite().text(), e.text()));
            }
        }
        var tiers = new ArrayList<Assessment.TierExposure>();
        var ordered = new ArrayList<>(s.kb.penalties().tiers());
        ordered.sort(java.util.Comparator.comparingLong(Penalties.Tier::maxEur).reversed());
        for (Penalties.Tier tier : ordered) {
            Set<Role> roles = exposure.get(tier.id());
            if (roles != null) tiers.add(new Assessment.TierExposure(tier.id(), tier.cite().text(), tier.maxEur(), tier.maxTurnoverPercent(), tier.covers(), List.copyOf(roles)));
        }
        String highest = tiers.isEmpty() ? null : tiers.get(0).cite();
        String note = "Maximum administrative fines: the higher of the amount and the share of total worldwide annual turnover of the "
                + "preceding financial year. Member States set the penalty rules and weigh nature, gravity, duration, earlier fines, size "
                + "and market share (Art 64(1), Art 64(5)).";
        return new Assessment.PenaltySummary(highest, tiers, List.copyOf(exemptions.values()), note);
    }
}
